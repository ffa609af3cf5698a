// The stories that tell a node, in publication order, each with its own evidence of it and (for an
// event or claim) its own annotations: the lean part of `sources` that needs no other node, so a
// server answers it for one node of a large corpus (data/node/ID.json) without reading the rest.
import type { ReadGraph } from '../graph/read-graph.js';
import type { ResolvedEvidence } from '../model/index.js';
import { byTextOrder, nodeRef, type NodeRef } from './describe.js';
import { annotationIn, type StoryAnnotation } from './sources.js';
import { byPublication, storyRef, type StoryRef } from './stories.js';

export interface NodeStory {
  story: StoryRef;
  /** The story's quotes of the node (its own evidence), in text order. */
  evidence: ResolvedEvidence[];
  annotation: StoryAnnotation | null;
}

export interface NodeStories {
  node: NodeRef;
  stories: NodeStory[];
}

export function nodeStories(graph: ReadGraph, id: string): NodeStories {
  const a = graph.getNodeAttributes(id);
  const tells = new Set(a.stories);
  const stories = graph
    .getAttribute('stories')
    .filter((s) => tells.has(s.id))
    .sort(byPublication)
    .map((s) => ({
      story: storyRef(graph, s),
      evidence: a.evidence.filter((e) => e.story === s.id).sort(byTextOrder),
      annotation: annotationIn(graph, a, s.id),
    }));
  return { node: nodeRef(graph, id), stories };
}
