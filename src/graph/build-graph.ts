// Builds one graphology MultiDirectedGraph of all stories. Ids are global: an entity that two
// stories share becomes one node carrying the evidence of both.
import Graph from 'graphology';
import type { LoadedStory } from '../load/load-story.js';
import { DataError, type Problem } from '../load/problem.js';
import { join } from 'node:path';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';
import { keepsStoryViews, storyViewOf } from './story-view.js';

export type StoryGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Seen aliases and stories of a node while building, so that merging stays linear. */
interface Seen {
  aliases: Set<string>;
  stories: Set<string>;
}

// Appends b to a in place: an entity shared by k stories is merged k times, and copying its
// arrays each time (as a spread would) made building quadratic in k (10 s at 10,000 stories).
function mergeInto(a: NodeAttributes, b: NodeAttributes, seen: Seen): void {
  // A node one story curates and another only drafted is curated: the draft mark stays only
  // when every story drafted it (the mentions keep their own marks).
  if (a.draft && !b.draft) delete a.draft;
  for (const alias of [...b.aliases, ...(b.label !== a.label ? [b.label] : [])]) {
    if (!seen.aliases.has(alias)) {
      seen.aliases.add(alias);
      a.aliases.push(alias);
    }
  }
  for (const ev of b.evidence) a.evidence.push(ev);
  for (const s of b.stories)
    if (!seen.stories.has(s)) {
      seen.stories.add(s);
      a.stories.push(s);
    }
}

export function buildGraph(stories: readonly LoadedStory[], dataDir = 'data'): StoryGraph {
  const graph: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ stories: stories.map((s) => s.story) });
  const problems: Problem[] = [];
  const seen = new Map<string, Seen>();
  for (const { story, nodes } of stories) {
    for (const [id, attrs] of nodes) {
      const prev = seen.has(id) ? graph.getNodeAttributes(id) : undefined;
      if (!prev) {
        // Own arrays: the loaded story's stay as they were.
        const own = { ...attrs, aliases: [...attrs.aliases], evidence: [...attrs.evidence], stories: [...new Set(attrs.stories)] };
        graph.addNode(id, own);
        seen.set(id, { aliases: new Set(own.aliases), stories: new Set(own.stories) });
        continue;
      }
      if (prev.type !== attrs.type) {
        problems.push({
          file: join(dataDir, 'stories', story.id, 'annotations.json'),
          where: id,
          code: 'conflicting-node',
          message: `${id} is a ${attrs.type} here but a ${prev.type} in story ${prev.stories.join(', ')}`,
        });
        continue;
      }
      // The top-level annotations stay the first story's; every story's own go to perStory.
      if (keepsStoryViews(prev.type)) {
        prev.perStory ??= [storyViewOf(prev.stories[0]!, prev)];
        prev.perStory.push(storyViewOf(story.id, attrs));
      }
      mergeInto(prev, attrs, seen.get(id)!);
    }
  }
  if (problems.length) throw new DataError(problems);
  for (const { edges } of stories) for (const e of edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}
