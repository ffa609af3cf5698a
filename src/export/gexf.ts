// GEXF 1.2 for Gephi (and networkx), through graphology-gexf's writer. Attributes are the flat
// columns of flatten.ts, typed by the writer from their values (integer, boolean, string); lists
// and nested values are JSON text in `*_json` (GEXF 1.2's liststring would split on `|`). GEXF
// has no slot for nested graph metadata, so the stories' texts are left out (see graphml).
import Graph from 'graphology';
import write from 'graphology-gexf/common/writer.js';
import type { StoryGraph } from '../graph/build-graph.js';
import type { Exporter } from './exporter.js';
import { flattenGraph, scalarValues } from './flatten.js';

type Flat = Record<string, string | number | boolean>;

export function toGexf(graph: StoryGraph): string {
  const t = flattenGraph(graph);
  // A copy in sorted order: the writer keeps the graph's insertion order.
  const sorted = new Graph<Flat, Flat>({ type: 'directed', multi: true, allowSelfLoops: true });
  const stories = graph.getAttribute('stories');
  sorted.replaceAttributes({
    creator: 'storygraph',
    description: `storygraph export of ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}: ${stories
      .map((s) => s.id)
      .sort()
      .join(', ')}`,
  });
  for (const n of t.nodes) sorted.addNode(n.id, scalarValues(t.nodeColumns, n.values));
  for (const e of t.edges) sorted.addDirectedEdgeWithKey(e.id, e.source, e.target, scalarValues(t.edgeColumns, e.values));
  return write(sorted, {
    version: '1.2',
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type), attributes }),
  });
}

export const exporter: Exporter = { export: toGexf };
