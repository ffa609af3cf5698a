// RDF Turtle (docs/rdf.md): schema.org, PROV-O and Web Annotation terms plus the sg: vocabulary,
// with prefixes, triples sorted by subject. Streamed: memory does not grow with the output.
import { rdfBaseOrThrow } from '../rdf/rdf-base.js';
import { turtlePrefixes } from '../rdf/write-rdf.js';
import { writeRdf } from '../rdf/write-rdf-stream.js';
import type { Exporter } from './exporter.js';
import { collect } from './text-sink.js';

const stream: NonNullable<Exporter['stream']> = (graph, sink) => {
  const base = rdfBaseOrThrow();
  writeRdf(graph, { base }, sink, 'Turtle', turtlePrefixes(base));
};

export const exporter: Exporter = { export: (graph) => collect((sink) => stream(graph, sink)), stream };
