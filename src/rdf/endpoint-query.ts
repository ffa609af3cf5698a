// A query on a SPARQL server that `storygraph push` loaded: the same events as the embedded
// engine (sparql-events.ts), whatever the server's dialect.
// - Named graphs explicitly: the story graphs listed in the manifest graph are sent as the
//   default graph (default-graph-uri), since a server's default graph may hold anything (Virtuoso
//   adds its own system graphs).
// - Literals normalised: Virtuoso writes booleans as "1"/"0" and literals as "typed-literal".
// - A server that caps results says so only in a header (X-SPARQL-MaxRows): a result that
//   reaches the cap is reported as cut, never passed off as complete.
import { Parser } from 'n3';
import { EXIT, StorygraphError } from '../model/storygraph-error.js';
import type { QueryForm } from './query-form.js';
import type { ForeignQuad } from './sparql-construct.js';
import type { Binding, SparqlEvent, SparqlLimits } from './sparql-events.js';
import { BATCH } from './sparql-events.js';
import { endpointError, sparqlPost } from './sparql-http.js';
import type { JsonTerm } from './sparql-select.js';
import { CONTENT_SHA256, manifestGraph, STORY_GRAPH_CLASS } from './story-graphs.js';

export interface EndpointQuery {
  endpoint: string;
  query: string;
  form: QueryForm | undefined;
  graphBase: string;
}

const JSON_RESULTS = 'application/sparql-results+json';
const BOOLEAN = 'http://www.w3.org/2001/XMLSchema#boolean';

type ServerTerm = JsonTerm & { datatype?: string; 'xml:lang'?: string };

/** A term as the SPARQL 1.1 JSON results format writes it (and oxigraph does). */
export function normalTerm(t: ServerTerm): ServerTerm {
  const type = t.type === 'typed-literal' ? 'literal' : t.type;
  if (type !== 'literal') return { type, value: t.value };
  const out: ServerTerm = { type, value: t.value };
  if (t['xml:lang']) out['xml:lang'] = t['xml:lang'];
  else if (t.datatype && t.datatype !== 'http://www.w3.org/2001/XMLSchema#string') out.datatype = t.datatype;
  if (out.datatype === BOOLEAN) out.value = t.value === '1' ? 'true' : t.value === '0' ? 'false' : t.value;
  return out;
}

async function json<T>(res: Response, endpoint: string): Promise<T> {
  const text = await res.text();
  try {
    return JSON.parse(text) as T;
  } catch {
    throw endpointError(endpoint, `the answer is not SPARQL JSON results: ${text.slice(0, 120)}`);
  }
}

/** The graphs a push wrote under a graph base, read from its manifest graph. */
export async function pushedGraphs(endpoint: string, graphBase: string, timeoutMs: number): Promise<Map<string, string>> {
  const q = `SELECT ?g ?sha WHERE { ?g a <${STORY_GRAPH_CLASS}> ; <${CONTENT_SHA256}> ?sha }`;
  const r = await json<{ results: { bindings: { g: JsonTerm; sha: JsonTerm }[] } }>(
    await sparqlPost(endpoint, q, [manifestGraph(graphBase)], JSON_RESULTS, timeoutMs),
    endpoint,
  );
  return new Map(r.results.bindings.map((b) => [b.g.value, b.sha.value]));
}

export async function* endpointEvents(q: EndpointQuery, limits: SparqlLimits): AsyncGenerator<SparqlEvent> {
  const { endpoint, query, form } = q;
  const graphs = [...(await pushedGraphs(endpoint, q.graphBase, limits.timeoutMs)).keys()].sort();
  if (graphs.length === 0) {
    throw new StorygraphError(
      'sparql-endpoint-empty',
      `${endpoint} holds no graphs pushed under ${q.graphBase} (run storygraph push --endpoint ${endpoint} first)`,
      EXIT.data,
    );
  }
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
    const res = await sparqlPost(endpoint, query, graphs, 'application/n-triples, text/turtle;q=0.9', limits.timeoutMs);
    let quads: ForeignQuad[];
    try {
      quads = new Parser().parse(await res.text());
    } catch (e) {
      throw endpointError(endpoint, `the answer is not RDF: ${(e as Error).message}`);
    }
    yield { type: 'triples', triples: quads.slice(0, limits.maxRows) };
    yield { type: 'end', cut: quads.length > limits.maxRows };
    return;
  }
  const res = await sparqlPost(endpoint, query, graphs, JSON_RESULTS, limits.timeoutMs);
  const serverCap = Number(res.headers.get('x-sparql-maxrows') ?? NaN);
  const body = await json<{ head?: { vars?: string[] }; boolean?: boolean | string | number; results?: { bindings?: Record<string, ServerTerm>[] } }>(
    res,
    endpoint,
  );
  if (form === 'ASK') {
    yield { type: 'boolean', value: body.boolean === true || body.boolean === 'true' || body.boolean === 1 || body.boolean === '1' };
    return;
  }
  const vars = body.head?.vars ?? [];
  const bindings = body.results?.bindings ?? [];
  yield { type: 'head', vars };
  const kept = Math.min(bindings.length, limits.maxRows);
  for (let i = 0; i < kept; i += BATCH) {
    yield {
      type: 'rows',
      rows: bindings.slice(i, Math.min(i + BATCH, kept)).map((b) => Object.fromEntries(Object.entries(b).map(([k, t]) => [k, normalTerm(t)])) as Binding),
    };
  }
  const cappedByServer = Number.isFinite(serverCap) && bindings.length >= serverCap && serverCap <= limits.maxRows;
  yield { type: 'end', cut: bindings.length > limits.maxRows || cappedByServer, ...(cappedByServer ? { serverCap } : {}) };
}
