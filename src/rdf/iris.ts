// The IRI scheme of the RDF exports (docs/rdf.md): every node, relation and story gets one
// stable IRI under a base, and the parts of a resource (evidence, time, attribution links)
// hang below it as path segments, so the same data always gives the same IRIs.
//   <base>id/person/mark-esper          a node (its id, as in the graph)
//   <base>id/rel/esper-tours            a curated relation
//   <base>id/claim/x/attribution/0      a link of a claim's attribution chain (0 = speaker)
//   <base>story/<story-id>              a story's text (the source of evidence selectors)
import { DataFactory, type NamedNode } from 'n3';
import type { EdgeAttributes } from '../model/graph-attributes.js';
import { DEFAULT_BASE } from './base-iri.js';

export { BASE_ENV, DEFAULT_BASE, baseFromEnv, isValidBase } from './base-iri.js';

export interface IriScheme {
  base: string;
  node(id: string): NamedNode;
  edge(key: string, attrs: EdgeAttributes, source: string): NamedNode;
  story(id: string): NamedNode;
  /** A part of a resource: `part(owner, 'evidence', 0)` → <owner>/evidence/0. */
  part(owner: NamedNode, ...segments: (string | number)[]): NamedNode;
}

export function iriScheme(base: string = DEFAULT_BASE): IriScheme {
  const node = (id: string) => DataFactory.namedNode(`${base}id/${id}`);
  const part = (owner: NamedNode, ...segments: (string | number)[]) => DataFactory.namedNode(`${owner.value}/${segments.join('/')}`);
  return {
    base,
    node,
    // A derived attribution edge is the same resource as the claim's attribution link.
    edge: (key, attrs, source) =>
      attrs.derived && attrs.position !== undefined
        ? part(node(source), 'attribution', attrs.position)
        : DataFactory.namedNode(`${base}id/${key.replace(/#/g, '/')}`),
    story: (id) => DataFactory.namedNode(`${base}story/${id}`),
    part,
  };
}
