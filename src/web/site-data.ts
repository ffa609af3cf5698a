// The graph data the explorer loads: graphology's serialized JSON (the export contract) with the
// stored layout position of each node as `x`/`y` attributes (the graphology/sigma convention).
import type { StoryGraph } from '../graph/build-graph.js';
import { serializeGraph } from '../graph/serialize.js';
import { computeLayout } from './layout.js';

export const GRAPH_FILE = 'data/graph.json';

export function siteGraphJson(graph: StoryGraph): string {
  const positions = computeLayout(graph);
  const data = serializeGraph(graph);
  const nodes = data.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, ...positions[n.key] } }));
  return JSON.stringify({ ...data, nodes });
}
