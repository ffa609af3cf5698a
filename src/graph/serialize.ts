// graphology's serialized JSON, sorted so that the same data always gives the same bytes.
import type { SerializedGraph } from 'graphology-types';
import type { StoryGraph } from './build-graph.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';
import { byString } from '../text/compare-strings.js';

/** Object keys sorted recursively; arrays keep their order (it carries meaning). */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
  return out as T;
}

export type SerializedStoryGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function serializeGraph(graph: StoryGraph): SerializedStoryGraph {
  const data = graph.export();
  const byKey = byString((x: { key?: string }) => x.key ?? '');
  return sortKeys({ ...data, nodes: [...data.nodes].sort(byKey), edges: [...data.edges].sort(byKey) });
}

export function graphToJson(graph: StoryGraph): string {
  return `${JSON.stringify(serializeGraph(graph), null, 2)}\n`;
}
