// RDF Turtle (docs/rdf.md): schema.org, PROV-O and Web Annotation terms plus the sg: vocabulary,
// with prefixes, triples sorted by subject.
import { graphToQuads } from '../rdf/graph-to-quads.js';
import { rdfBaseOrThrow } from '../rdf/rdf-base.js';
import { toTurtle, turtlePrefixes } from '../rdf/write-rdf.js';
import type { Exporter } from './exporter.js';

export const exporter: Exporter = {
  export: (graph) => {
    const base = rdfBaseOrThrow();
    return toTurtle(graphToQuads(graph, { base }), turtlePrefixes(base));
  },
};
