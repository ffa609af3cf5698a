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

/** A sink for streamed text (src/export/text-sink.ts). */
export interface JsonSink {
  write(text: string): void;
}

const pad = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/** An array at indentation `by`, one element at a time: JSON.stringify(items, null, 2)'s bytes. */
function writeArray(sink: JsonSink, items: Iterable<unknown>, by: string): void {
  let first = true;
  for (const item of items) {
    sink.write(`${first ? '[\n' : ',\n'}${by}  ${pad(JSON.stringify(sortKeys(item), null, 2), `${by}  `)}`);
    first = false;
  }
  sink.write(first ? '[]' : `\n${by}]`);
}

const empty = (o: object) => Object.keys(o).length === 0;

// graphology's serialized node and edge (its export() writes these; attributes only when any).
function serializedNode(graph: StoryGraph, key: string): object {
  const attributes = graph.getNodeAttributes(key);
  return empty(attributes) ? { key } : { key, attributes };
}

function serializedEdge(graph: StoryGraph, key: string): object {
  const attributes = graph.getEdgeAttributes(key);
  const e = { key, source: graph.source(key), target: graph.target(key) };
  return empty(attributes) ? e : { ...e, attributes };
}

/**
 * graphToJson's exact bytes, written node by node and edge by edge: the corpus is never one
 * string (V8 caps strings at 2^29 characters) and memory does not grow with the output.
 */
export function writeGraphJson(graph: StoryGraph, sink: JsonSink): void {
  const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const attributes = graph.getAttributes() as unknown as Record<string, unknown>;
  sink.write('{\n  "attributes": ');
  const keys = Object.keys(attributes).sort();
  if (!keys.length) sink.write('{}');
  keys.forEach((k, i) => {
    const v = attributes[k];
    sink.write(`${i ? ',\n' : '{\n'}    ${JSON.stringify(k)}: `);
    if (Array.isArray(v)) writeArray(sink, v, '    ');
    else sink.write(pad(JSON.stringify(sortKeys(v), null, 2), '    '));
    if (i === keys.length - 1) sink.write('\n  }');
  });
  sink.write(',\n  "edges": ');
  const edges = graph.edges().sort(byString);
  writeArray(
    sink,
    (function* () {
      for (const e of edges) yield serializedEdge(graph, e);
    })(),
    '  ',
  );
  sink.write(',\n  "nodes": ');
  const nodes = graph.nodes().sort(byString);
  writeArray(
    sink,
    (function* () {
      for (const n of nodes) yield serializedNode(graph, n);
    })(),
    '  ',
  );
  sink.write(
    `,\n  "options": ${pad(JSON.stringify(sortKeys({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }), null, 2), '  ')}\n}\n`,
  );
}
