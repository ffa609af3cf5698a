// `storygraph serve --endpoint URL`: the explorer's query view asks this server (GET
// /sparql?query=...), which runs the query on the SPARQL server `storygraph push` loaded, with
// the same code and limits as `storygraph sparql --endpoint` (named graphs explicit, literals
// normalised, caps reported), and answers one JSON document. The browser never talks to the
// SPARQL server itself (it may not be reachable from the page, and would need CORS).
import { StorygraphError } from '../model/storygraph-error.js';
import { endpointEvents } from '../rdf/endpoint-query.js';
import type { ForeignTerm } from '../rdf/sparql-construct.js';
import type { Binding, SparqlLimits } from '../rdf/sparql-events.js';
import { checkedQuery } from '../rdf/sparql-guard.js';
import type { JsonTerm } from '../rdf/sparql-select.js';
import { ENDPOINT_META, type SparqlAnswer } from '../rdf/sparql-answer.js';
import { withMeta } from './page-meta.js';

export interface EndpointConfig {
  endpoint: string;
  graphBase: string;
  limits: SparqlLimits;
}

/** The page with the meta element that sends the query view's queries to this server. */
export function withEndpointMeta(html: string, endpoint: string): string {
  return withMeta(html, ENDPOINT_META, endpoint);
}

const term = (t: ForeignTerm): JsonTerm =>
  t.termType === 'NamedNode'
    ? { type: 'uri', value: t.value }
    : t.termType === 'BlankNode'
      ? { type: 'bnode', value: t.value }
      : { type: 'literal', value: t.value };

export async function endpointAnswer(query: string, c: EndpointConfig): Promise<{ status: number; answer: SparqlAnswer }> {
  try {
    if (!query.trim()) return { status: 400, answer: { error: { code: 'query-empty', message: 'the query is empty' } } };
    const { form } = checkedQuery(query);
    const vars: string[] = [];
    const bindings: Binding[] = [];
    let cut: false | string = false;
    for await (const e of endpointEvents({ endpoint: c.endpoint, query, form, graphBase: c.graphBase }, c.limits)) {
      if (e.type === 'head') vars.push(...e.vars);
      else if (e.type === 'rows') bindings.push(...e.rows);
      else if (e.type === 'boolean') return { status: 200, answer: { form: 'ASK', result: e.value, cut: false } };
      else if (e.type === 'triples') {
        vars.push('subject', 'predicate', 'object');
        for (const q of e.triples) bindings.push({ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) });
      } else if (e.type === 'end') {
        if (e.serverCap !== undefined) cut = `the server cut the results at its own cap of ${e.serverCap} rows`;
        else if (e.cut) cut = `only the first ${c.limits.maxRows} rows are shown`;
      }
    }
    const shape = form === 'CONSTRUCT' || form === 'DESCRIBE' ? form : 'SELECT';
    return { status: 200, answer: { form: shape, result: { head: { vars }, results: { bindings } }, cut } };
  } catch (e) {
    if (e instanceof StorygraphError) return { status: e.exit === 2 ? 400 : 502, answer: { error: { code: e.code, message: e.message } } };
    throw e;
  }
}
