// IRIs for the graph's elements and stories, for formats that need global identifiers (Web
// Annotations). The same scheme and the same base as the RDF exports (src/rdf/iris.ts; the base
// from src/rdf/base-iri.ts, STORYGRAPH_RDF_BASE or the default), without loading an RDF library:
// <base>id/person/mark-esper, <base>id/rel/x, <base>story/<id>, and a part of a resource below
// it (<base>id/person/mark-esper/evidence/0).
import { DEFAULT_BASE } from '../rdf/base-iri.js';

/** A node's or a curated relation's IRI, from its id or key. */
export const elementIri = (id: string, base: string = DEFAULT_BASE): string => `${base}id/${id.replace(/#/g, '/')}`;

/** A story's IRI. */
export const storyIri = (id: string, base: string = DEFAULT_BASE): string => `${base}story/${id}`;
