// Cytoscape JSON (.cyjs): opens in Cytoscape desktop (File > Import > Network from File) and is
// cytoscape.js's `elements` format. Data attributes are the flat typed columns of flatten.ts
// (numbers, booleans, lists of strings; nested values as JSON text in `*_json`), plus Cytoscape's
// conventional `name` (node label) and `interaction` (edge type) columns. The network's `data`
// holds the stories (metadata and text) as JSON text.
import type { StoryGraph } from '../graph/build-graph.js';
import type { Exporter } from './exporter.js';
import { flattenGraph, storiesJson, type Value } from './flatten.js';

type Data = Record<string, Value>;

export function toCytoscape(graph: StoryGraph): string {
  const t = flattenGraph(graph);
  const stories = graph.getAttribute('stories');
  const doc = {
    format_version: '1.0',
    generated_by: 'storygraph',
    target_cytoscapejs_version: '~3.34',
    data: {
      name: stories.length === 1 ? stories[0]!.title : `storygraph: ${stories.length} stories`,
      shared_name: stories
        .map((s) => s.id)
        .sort()
        .join(', '),
      stories_json: storiesJson(graph),
    },
    elements: {
      nodes: t.nodes.map((n) => ({ data: { id: n.id, name: n.values.label ?? n.id, ...n.values } satisfies Data })),
      edges: t.edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, interaction: e.values.type ?? '', ...e.values } satisfies Data,
      })),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const exporter: Exporter = { export: toCytoscape };
