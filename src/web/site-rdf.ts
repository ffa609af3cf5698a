// The graph's RDF for the explorer's query panel: N-Triples written at build time with the same
// src/rdf code as `storygraph export`/`sparql`, so the browser only loads them into its store
// (no RDF library in the app). Node IRIs use the default base, which the panel maps back to ids.
import type { StoryGraph } from '../graph/build-graph.js';
import { DEFAULT_BASE } from '../rdf/base-iri.js';
import { graphToQuads } from '../rdf/graph-to-quads.js';
import { toNTriples } from '../rdf/write-rdf.js';

export const RDF_FILE = 'data/graph.nt';

export function siteNTriples(graph: StoryGraph): string {
  return toNTriples(graphToQuads(graph, { base: DEFAULT_BASE }));
}
