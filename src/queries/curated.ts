// The curated view of a graph (`--curated-only`): drafted nodes and edges that no reviewer has
// accepted or corrected are left out, with the edges that touch them, and drafted evidence is
// dropped from what remains. A node curated in one story keeps the mentions other stories drafted
// only through their own marks: those are dropped too.
import Graph from 'graphology';
import { isCurated } from '../model/draft.js';
import type { StoryGraph } from '../graph/build-graph.js';
import { restrictToStory } from './story-subgraph.js';
import type { ReadGraph } from '../graph/read-graph.js';

export function curatedView(graph: ReadGraph): StoryGraph {
  const out: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  out.replaceAttributes(graph.getAttributes());
  graph.forEachNode((id, a) => {
    if (isCurated(a)) out.addNode(id, { ...a, evidence: a.evidence.filter(isCurated) });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (isCurated(a) && out.hasNode(source) && out.hasNode(target))
      out.addDirectedEdgeWithKey(key, source, target, { ...a, evidence: a.evidence.filter(isCurated) });
  });
  return out;
}

/** The graph a query command works on: all of it, or its curated view; one story's part of it when a story is named. */
export const queryGraph = (graph: ReadGraph, curatedOnly: boolean | undefined, story?: string): ReadGraph =>
  restrictToStory(curatedOnly ? curatedView(graph) : graph, story);
