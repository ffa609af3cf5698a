// SELECT results (SPARQL 1.1 JSON results format, as the store writes them) as a plain table,
// IRIs shortened with the query's own prefixes. Checked by shape: no RDF or schema library is
// loaded for the common case.
import { table } from '../text/table.js';

export interface JsonTerm {
  type: string;
  value: string;
}
export interface SelectJson {
  head: { vars: string[] };
  results: { bindings: Record<string, JsonTerm>[] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTerm = (v: unknown): v is JsonTerm => isObject(v) && typeof v.type === 'string' && (typeof v.value === 'string' || isObject(v.value));

/** The parsed results, or undefined if the text is not SELECT results in the JSON format. */
export function parseSelectJson(text: string): SelectJson | undefined {
  const v: unknown = JSON.parse(text);
  if (!isObject(v) || !isObject(v.head) || !Array.isArray(v.head.vars) || !isObject(v.results) || !Array.isArray(v.results.bindings)) return undefined;
  const vars = v.head.vars.filter((x): x is string => typeof x === 'string');
  const bindings = v.results.bindings.filter(isObject).map((b) => Object.fromEntries(Object.entries(b).filter(([, t]) => isTerm(t)))) as Record<
    string,
    JsonTerm
  >[];
  return { head: { vars }, results: { bindings } };
}

/**
 * An IRI as prefix:local with the longest matching prefix; a node or story IRI of the base as
 * its id (person:mark-esper, story:<id>), as the Turtle export writes it; else <iri>.
 */
export function shortIri(iri: string, prefixes: Record<string, string>, base: string): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) {
    if (ns && iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  }
  const local = best ? iri.slice(best[1].length) : '';
  if (best && /^[\w.-]*$/.test(local)) return `${best[0]}:${local}`;
  if (iri.startsWith(base)) {
    const m = /^(?:id\/([a-z]+)|(story))\/([a-z0-9][a-z0-9-]*)$/.exec(iri.slice(base.length));
    if (m) return `${m[1] ?? m[2]}:${m[3]}`;
  }
  return `<${iri}>`;
}

export function selectTable(result: SelectJson, prefixes: Record<string, string>, base: string): string {
  const cell = (t: JsonTerm | undefined) => {
    if (!t) return '';
    if (t.type === 'uri') return shortIri(t.value, prefixes, base);
    if (t.type === 'bnode') return `_:${t.value}`;
    return typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
  };
  const rows = result.results.bindings.map((b) => Object.fromEntries(result.head.vars.map((v) => [v, cell(b[v])])));
  if (rows.length === 0) return `${result.head.vars.join('  ')}\n(no results)\n`;
  return `${table(rows, result.head.vars)}${rows.length} ${rows.length === 1 ? 'row' : 'rows'}\n`;
}
