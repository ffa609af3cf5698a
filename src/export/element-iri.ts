// IRIs for the graph's elements and stories, for formats that need global identifiers (Web
// Annotations). The same scheme as the RDF exports (src/rdf/iris.ts, default base), without
// loading an RDF library: <base>id/person/mark-esper, <base>id/rel/x, <base>story/<id>, and a
// part of a resource below it (<base>id/person/mark-esper/evidence/0).
export const BASE_IRI = 'https://storygraph.invalid/';

/** A node's or a curated relation's IRI, from its id or key. */
export const elementIri = (id: string): string => `${BASE_IRI}id/${id.replace(/#/g, '/')}`;

/** A story's IRI. */
export const storyIri = (id: string): string => `${BASE_IRI}story/${id}`;
