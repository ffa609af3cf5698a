// What one story says of an event or claim that several stories annotate (NodeAttributes.perStory):
// its label and its own annotations, which the merged node would otherwise keep only for the
// first story.
import type { NodeAttributes, StoryView } from '../model/graph-attributes.js';

const VIEW_KEYS = ['factuality', 'factualityBySource', 'attribution', 'time', 'condition', 'cameo', 'note'] as const;

/** Entities carry no factuality or time of their own; events and claims do. */
export const keepsStoryViews = (type: NodeAttributes['type']): boolean => type === 'event' || type === 'claim';

export function storyViewOf(story: string, a: NodeAttributes): StoryView {
  const view: StoryView = { story, label: a.label };
  for (const k of VIEW_KEYS) if (a[k] !== undefined) (view as Record<string, unknown>)[k] = a[k];
  return view;
}

/** The story's own view of a node: from perStory when several stories annotate it, else the node. */
export function viewIn(a: NodeAttributes, story: string): StoryView | undefined {
  if (a.perStory) return a.perStory.find((v) => v.story === story);
  return a.stories.includes(story) ? storyViewOf(story, a) : undefined;
}

/**
 * The node as one story annotates it: that story's evidence, and its label, factuality, time...
 * (from perStory) in place of the merged node's, which are the first story's.
 */
export function nodeInStory(a: NodeAttributes, story: string): NodeAttributes {
  const own: NodeAttributes = { ...a, evidence: a.evidence.filter((e) => e.story === story) };
  const view = a.perStory ? viewIn(a, story) : undefined;
  if (view) {
    own.label = view.label;
    for (const k of VIEW_KEYS) {
      if (view[k] === undefined) delete own[k];
      else (own as Record<string, unknown>)[k] = view[k];
    }
  }
  return own;
}
