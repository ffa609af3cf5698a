// JSON-LD from the sorted triples, without a JSON-LD library: a flat "@graph" of node objects
// (one per subject) under an "@context" that declares the vocabulary prefixes only. Keys and
// types are compact IRIs (schema:name), node references {"@id"}, typed literals
// {"@value", "@type"}, plain strings as JSON strings. Any JSON-LD 1.1 processor expands it to
// exactly the triples of the Turtle and N-Triples exports.
import type { Quad, Term } from 'n3';
import { NS } from './namespaces.js';

type Value = string | { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string };
type NodeObject = { '@id': string; '@type'?: string[] } & { [property: string]: Value[] | string[] | string };

const PREFIXES = Object.entries(NS);
const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;

/** A compact IRI (prefix:local) where a vocabulary prefix matches, else the IRI itself. */
function compact(iri: string): string {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns) && iri.length > ns.length && !iri.slice(ns.length).includes('/')) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

function value(term: Term): Value {
  if (term.termType === 'NamedNode') return { '@id': compact(term.value) };
  if (term.termType === 'BlankNode') return { '@id': `_:${term.value}` };
  if (term.termType !== 'Literal') throw new Error(`JSON-LD: unexpected ${term.termType} object`);
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype.value === XSD_STRING) return term.value;
  return { '@value': term.value, '@type': compact(term.datatype.value) };
}

export function toJsonLd(quads: readonly Quad[]): string {
  const nodes = new Map<string, NodeObject>();
  for (const q of quads) {
    const id = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { '@id': id }));
    if (q.predicate.value === RDF_TYPE && q.object.termType === 'NamedNode') {
      (node['@type'] ??= []).push(compact(q.object.value));
      continue;
    }
    const key = compact(q.predicate.value);
    ((node[key] ??= []) as Value[]).push(value(q.object));
  }
  // The triples come sorted, so subjects and values are in order; keys are sorted here.
  const graph = [...nodes.values()].map((n) => {
    const out: Record<string, unknown> = { '@id': n['@id'] };
    if (n['@type']) out['@type'] = n['@type'];
    for (const k of Object.keys(n)
      .filter((k) => !k.startsWith('@'))
      .sort())
      out[k] = n[k];
    return out;
  });
  return `${JSON.stringify({ '@context': Object.fromEntries(PREFIXES), '@graph': graph }, null, 2)}\n`;
}
