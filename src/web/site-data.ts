// The graph data the explorer loads: graphology's serialized JSON (the export contract) with the
// stored layout position of each node as `x`/`y` attributes (the graphology/sigma convention),
// and its position in the layered layout (layout-layered.ts) as `lx`/`ly`: both are computed here,
// at build time, so the browser switches layouts without running one.
import type { StoryGraph } from '../graph/build-graph.js';
import { serializeGraph } from '../graph/serialize.js';
import { computeLayout } from './layout.js';
import { computeLayeredLayout } from './layout-layered.js';

export const GRAPH_FILE = 'data/graph.json';

export function siteGraphJson(graph: StoryGraph): string {
  const positions = computeLayout(graph);
  const layered = computeLayeredLayout(graph);
  const data = serializeGraph(graph);
  const nodes = data.nodes.map((n) => {
    const l = layered[n.key];
    return { ...n, attributes: { ...n.attributes, ...positions[n.key], ...(l ? { lx: l.x, ly: l.y } : {}) } };
  });
  return JSON.stringify({ ...data, nodes });
}
