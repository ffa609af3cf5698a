// RDF N-Triples (docs/rdf.md): one sorted triple a line, for bulk loaders and line tools.
import { graphToQuads } from '../rdf/graph-to-quads.js';
import { rdfBaseOrThrow } from '../rdf/rdf-base.js';
import { toNTriples } from '../rdf/write-rdf.js';
import type { Exporter } from './exporter.js';

export const exporter: Exporter = {
  export: (graph) => toNTriples(graphToQuads(graph, { base: rdfBaseOrThrow() })),
};
