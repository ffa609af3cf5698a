// The header's counts. One story: its nodes and relations. A corpus says what it counts, as the
// Stories table does: relations stated in the text apart from the attribution links derived from
// claims' chains (the table's Relations column leaves those out), and over which stories.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { CorpusIndex } from './corpus-index.js';

export function headerCounts(graph: StoryGraph, corpus: CorpusIndex): string {
  if (!corpus.many) return `${graph.order} nodes, ${graph.size} relations`;
  let stated = 0;
  graph.forEachEdge((_, e) => {
    if (!e.derived) stated++;
  });
  const links = graph.size - stated;
  const where = corpus.large ? ` in this story (1 of ${corpus.list.length} stories loaded)` : ` in ${corpus.list.length} stories`;
  return `${graph.order} nodes, ${stated} relations + ${links} attribution links${where}`;
}
