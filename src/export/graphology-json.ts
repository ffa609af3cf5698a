// graphology's own serialized JSON, sorted: the contract the other formats and the web rely on.
// Streamed node by node and edge by edge.
import { writeGraphJson } from '../graph/serialize.js';
import type { Exporter } from './exporter.js';
import { collect } from './text-sink.js';

export const exporter: Exporter = { export: (graph) => collect((sink) => writeGraphJson(graph, sink)), stream: writeGraphJson };
