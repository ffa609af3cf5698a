// RDF as JSON-LD (docs/rdf.md): the same triples as the Turtle export, as a flat @graph with
// a prefix @context.
import { graphToQuads } from '../rdf/graph-to-quads.js';
import { rdfBaseOrThrow } from '../rdf/rdf-base.js';
import { toJsonLd } from '../rdf/write-jsonld.js';
import type { Exporter } from './exporter.js';

export const exporter: Exporter = {
  export: (graph) => toJsonLd(graphToQuads(graph, { base: rdfBaseOrThrow() })),
};
