// RDF N-Triples (docs/rdf.md): one sorted triple a line, for bulk loaders and line tools. Streamed.
import { rdfBaseOrThrow } from '../rdf/rdf-base.js';
import { writeRdf } from '../rdf/write-rdf-stream.js';
import type { Exporter } from './exporter.js';
import { collect } from './text-sink.js';

const stream: NonNullable<Exporter['stream']> = (graph, sink) => writeRdf(graph, { base: rdfBaseOrThrow() }, sink, 'N-Triples');

export const exporter: Exporter = { export: (graph) => collect((sink) => stream(graph, sink)), stream };
