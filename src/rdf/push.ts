// Loads a corpus into a SPARQL server with the Graph Store Protocol: each story's graph is
// replaced (HTTP PUT) only when its content changed since the last push, graphs of stories no
// longer in the data are deleted, and the manifest graph is rewritten last, so an interrupted
// push is redone on the next run (a graph whose manifest entry is stale is pushed again).
import { pushedGraphs } from './endpoint-query.js';
import { request } from './sparql-http.js';
import type { StoryGraph } from '../graph/build-graph.js';
import { manifestGraph, manifestNTriples, storyGraphs } from './story-graphs.js';

export interface PushOptions {
  /** The SPARQL query endpoint (reads the manifest). */
  endpoint: string;
  /** The Graph Store Protocol endpoint (writes graphs), used with ?graph=IRI. */
  graphStore: string;
  graphBase: string;
  base: string;
  timeoutMs: number;
  /** Extra headers for the Graph Store requests (authorization). */
  headers?: Record<string, string>;
}

export interface PushSummary {
  added: string[];
  replaced: string[];
  unchanged: string[];
  removed: string[];
  triples: number;
}

/** The Graph Store URL of one graph (indirect identification: ?graph=IRI). */
export const graphUrl = (graphStore: string, iri: string) => `${graphStore}${graphStore.includes('?') ? '&' : '?'}graph=${encodeURIComponent(iri)}`;

/** A server's refusal that asks to be retried: a transaction deadlock (SQL state 40001, Virtuoso's SR172). */
const DEADLOCK = /\b40001\b|deadlock/i;
const RETRIES = 5;

/** Turtle is the one RDF syntax every Graph Store accepts; N-Triples text is valid Turtle. */
async function put(o: PushOptions, iri: string, body: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await request(graphUrl(o.graphStore, iri), { method: 'PUT', headers: { ...o.headers, 'content-type': 'text/turtle; charset=utf-8' }, body }, o.timeoutMs);
      return;
    } catch (e) {
      // Graphs sent side by side can deadlock in the server; the loser is safe to send again.
      if (attempt >= RETRIES || !DEADLOCK.test((e as Error).message)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
}

/** Graph Store requests in flight at once: the server parses one graph while the next is sent. */
const IN_FLIGHT = 4;

export async function push(corpus: StoryGraph, o: PushOptions): Promise<PushSummary> {
  const before = await pushedGraphs(o.endpoint, o.graphBase, o.timeoutMs);
  const summary: PushSummary = { added: [], replaced: [], unchanged: [], removed: [], triples: 0 };
  const made: { iri: string; sha256: string }[] = [];
  const sending = new Set<Promise<void>>();
  // Graphs are made one at a time (storyGraphs is a generator) and dropped once sent.
  for (const g of storyGraphs(corpus, o.base, o.graphBase)) {
    made.push({ iri: g.iri, sha256: g.sha256 });
    summary.triples += g.ntriples ? g.ntriples.split('\n').length - 1 : 0;
    const had = before.get(g.iri);
    if (had === g.sha256) {
      summary.unchanged.push(g.iri);
      continue;
    }
    (had === undefined ? summary.added : summary.replaced).push(g.iri);
    const sent: Promise<void> = put(o, g.iri, g.ntriples).then(() => {
      sending.delete(sent);
    });
    sent.catch(() => {}); // its failure is thrown by the race or Promise.all below, never unhandled
    sending.add(sent);
    if (sending.size >= IN_FLIGHT) await Promise.race(sending);
    // Making the next graph is synchronous work: let the requests in flight be sent meanwhile.
    else await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(sending);
  const now = new Set(made.map((g) => g.iri));
  for (const iri of before.keys()) {
    if (now.has(iri)) continue;
    await request(graphUrl(o.graphStore, iri), { method: 'DELETE', headers: { ...o.headers } }, o.timeoutMs).catch((e: { message?: string }) => {
      if (!/HTTP 404/.test(e.message ?? '')) throw e; // already gone: fine
    });
    summary.removed.push(iri);
  }
  if (summary.added.length || summary.replaced.length || summary.removed.length) await put(o, manifestGraph(o.graphBase), manifestNTriples(made));
  return summary;
}
