// Printing SPARQL results: SELECT rows as a plain table (IRIs shortened with the query's own
// prefixes), CONSTRUCT/DESCRIBE triples as sorted RDF. JSON, CSV and TSV results come from the
// store itself, in the SPARQL 1.1 results formats.
import { DataFactory, termToId, type Quad, type Term } from 'n3';
import { z } from 'zod';
import { table } from '../cli/table.js';

const JsonTerm = z.object({ type: z.enum(['uri', 'literal', 'bnode', 'triple']), value: z.unknown() });
export const SelectJson = z.object({
  head: z.object({ vars: z.array(z.string()) }),
  results: z.object({ bindings: z.array(z.record(z.string(), JsonTerm)) }),
});
export type SelectJson = z.infer<typeof SelectJson>;

/** An IRI as prefix:local with the longest matching prefix, else <iri>. */
export function shortIri(iri: string, prefixes: Record<string, string>): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) {
    if (ns && iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  }
  const local = best ? iri.slice(best[1].length) : '';
  return best && /^[\w.-]*$/.test(local) ? `${best[0]}:${local}` : `<${iri}>`;
}

export function selectTable(result: SelectJson, prefixes: Record<string, string>): string {
  const cell = (t: z.infer<typeof JsonTerm> | undefined) => {
    if (!t) return '';
    if (t.type === 'uri') return shortIri(String(t.value), prefixes);
    if (t.type === 'bnode') return `_:${String(t.value)}`;
    return typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
  };
  const rows = result.results.bindings.map((b) => Object.fromEntries(result.head.vars.map((v) => [v, cell(b[v])])));
  if (rows.length === 0) return `${result.head.vars.join('  ')}\n(no results)\n`;
  return `${table(rows, result.head.vars)}${rows.length} ${rows.length === 1 ? 'row' : 'rows'}\n`;
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

type ForeignTerm = { termType: string; value: string; language?: string; datatype?: { value: string } };

function toN3(term: ForeignTerm): Term {
  switch (term.termType) {
    case 'NamedNode': return DataFactory.namedNode(term.value);
    case 'BlankNode': return DataFactory.blankNode(term.value);
    case 'Literal': return DataFactory.literal(term.value, term.language || (term.datatype ? DataFactory.namedNode(term.datatype.value) : undefined));
    default: throw new Error(`unsupported term in a CONSTRUCT result: ${term.termType}`);
  }
}

/** Triples from another RDF/JS library (oxigraph) as n3 quads, sorted. */
export function sortedN3Quads(quads: readonly { subject: ForeignTerm; predicate: ForeignTerm; object: ForeignTerm }[]): Quad[] {
  const out = quads.map((q) => DataFactory.quad(toN3(q.subject) as Quad['subject'], toN3(q.predicate) as Quad['predicate'], toN3(q.object) as Quad['object']));
  const key = (q: Quad) => `${termToId(q.subject)}\u0000${q.predicate.value === RDF_TYPE ? '' : termToId(q.predicate)}\u0000${termToId(q.object)}`;
  return out.map((q) => [key(q), q] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, q]) => q);
}
