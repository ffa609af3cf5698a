// The namespaces of the RDF exports, in one table with no dependencies: the Turtle prefixes, the
// JSON-LD @context, the SPARQL table display and docs/rdf.md agree on it.
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  schema: 'http://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  sg: 'https://storygraph.invalid/vocab#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

export type Prefix = keyof typeof NS;
