// CONSTRUCT and DESCRIBE results as RDF: the store's triples turned into n3 terms, sorted like
// the exports (subject, rdf:type first), written as Turtle, N-Triples or JSON-LD.
import { DataFactory, termToId, type Quad, type Term } from 'n3';
import { toJsonLd } from './write-jsonld.js';
import { toNTriples, toTurtle, turtlePrefixes } from './write-rdf.js';
import { compareStrings } from '../text/compare-strings.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** A term from another RDF/JS library (oxigraph). */
export interface ForeignTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}
export interface ForeignQuad {
  subject: ForeignTerm;
  predicate: ForeignTerm;
  object: ForeignTerm;
}

function toN3(term: ForeignTerm): Term {
  switch (term.termType) {
    case 'NamedNode':
      return DataFactory.namedNode(term.value);
    case 'BlankNode':
      return DataFactory.blankNode(term.value);
    case 'Literal':
      return DataFactory.literal(term.value, term.language || (term.datatype ? DataFactory.namedNode(term.datatype.value) : undefined));
    default:
      throw new Error(`unsupported term in a CONSTRUCT result: ${term.termType}`);
  }
}

export function sortedN3Quads(quads: readonly ForeignQuad[]): Quad[] {
  const out = quads.map((q) => DataFactory.quad(toN3(q.subject) as Quad['subject'], toN3(q.predicate) as Quad['predicate'], toN3(q.object) as Quad['object']));
  const key = (q: Quad) => `${termToId(q.subject)}\u0000${q.predicate.value === RDF_TYPE ? '' : termToId(q.predicate)}\u0000${termToId(q.object)}`;
  return out
    .map((q) => [key(q), q] as const)
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([, q]) => q);
}

/** Turtle for the table format (the export's prefixes and the query's), JSON-LD for json, N-Triples for csv/tsv. */
export function renderGraph(quads: readonly ForeignQuad[], format: string, base: string, queryPrefixes: Record<string, string>): string {
  const sorted = sortedN3Quads(quads);
  if (format === 'json') return toJsonLd(sorted);
  return format === 'table' ? toTurtle(sorted, { ...turtlePrefixes(base), ...queryPrefixes }) : toNTriples(sorted);
}
