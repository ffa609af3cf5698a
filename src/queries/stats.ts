// storygraph stats: counts per node type, relation type and factuality value (src/graph/graph-counts.ts).
import { countGraph, type GraphCounts } from '../graph/graph-counts.js';
import type { ReadGraph } from '../graph/read-graph.js';

export type Stats = GraphCounts;

export function stats(graph: ReadGraph): Stats {
  return countGraph(graph);
}
