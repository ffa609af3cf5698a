// The query panel's SPARQL engine: oxigraph compiled to WebAssembly, with the graph's RDF
// (data/graph.nt, written by the site build with src/rdf) loaded into an in-memory store.
// This module is only imported by the query panel, so the 1.4 MB (gzip) engine loads when the
// panel first opens, never with the page.
import init, { Store } from 'oxigraph/web.js';
import wasmUrl from 'oxigraph/web_bg.wasm?url';
import { queryPrologue, type QueryForm } from '../../../src/rdf/query-form.js';
import { parseSelectJson, type SelectJson } from '../../../src/rdf/sparql-select.js';

export type QueryResult = { form: 'SELECT'; result: SelectJson } | { form: 'ASK'; result: boolean } | { form: 'CONSTRUCT' | 'DESCRIBE'; result: SelectJson };

export interface Engine {
  /** What answers, for the status line ("12,345 triples in the browser", "http://...: a SPARQL server"). */
  about: string;
  /** Why the rows are not all there, if they are not. */
  run(query: string): Promise<QueryResult & { cut?: string }>;
}

interface TermLike {
  termType: string;
  value: string;
}
const term = (t: TermLike) => ({ type: t.termType === 'NamedNode' ? 'uri' : t.termType === 'BlankNode' ? 'bnode' : 'literal', value: t.value });

export async function loadEngine(ntUrl = 'data/graph.nt'): Promise<Engine> {
  const [, res] = await Promise.all([init({ module_or_path: wasmUrl }), fetch(ntUrl)]);
  if (!res.ok) throw new Error(`${ntUrl}: ${res.status} ${res.statusText}`);
  const store = new Store();
  store.load(await res.text(), { format: 'application/n-triples' });
  const run = (query: string): QueryResult => {
    const form: QueryForm = queryPrologue(query).form ?? 'SELECT'; // not a query keyword: the parser says why
    if (form === 'ASK') return { form, result: store.query(query) === true };
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
      const quads = store.query(query);
      if (!Array.isArray(quads)) throw new Error('a CONSTRUCT query did not return triples');
      const bindings = quads.flatMap((q) => ('subject' in q ? [{ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) }] : []));
      return { form, result: { head: { vars: ['subject', 'predicate', 'object'] }, results: { bindings } } };
    }
    const parsed = parseSelectJson(String(store.query(query, { results_format: 'json' })));
    if (!parsed) throw new Error('the engine did not return SELECT results');
    return { form: 'SELECT', result: parsed };
  };
  return { about: `${store.size} triples`, run: async (query) => run(query) };
}
