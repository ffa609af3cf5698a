// The embedded SPARQL engine's thread (built as its own file, dist/chunks/sparql-worker.mjs):
// loads the N-Triples into an oxigraph store, runs one query and posts the answer in batches
// (sparql-events.ts). It runs apart from the CLI so that a query that never ends can be stopped
// (the thread is terminated) and an engine panic ends this thread, not the command.
// A SELECT runs wrapped in `SELECT * { … } LIMIT max+1`, so a huge result (a cartesian product)
// stops in the engine after one row more than is printed; the variables, in the query's own
// order, come from running it over an empty store.
import { parentPort, workerData } from 'node:worker_threads';
import type { Binding, SparqlEvent } from './sparql-events.js';
import { BATCH } from './sparql-events.js';
import type { ForeignQuad, ForeignTerm } from './sparql-construct.js';

export interface WorkerInput {
  nt: string;
  query: string;
  form: 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | undefined;
  /** Where the query's prologue (PREFIX, BASE) ends. */
  bodyStart: number;
  maxRows: number;
}

/** What the thread posts besides result events: an error, by kind. */
export type WorkerMessage = SparqlEvent | { type: 'error'; kind: 'query' | 'engine'; message: string };

const post = (m: WorkerMessage) => parentPort!.postMessage(m);

function plainTerm(t: ForeignTerm): ForeignTerm {
  return {
    termType: t.termType,
    value: t.value,
    ...(t.language ? { language: t.language } : {}),
    ...(t.datatype ? { datatype: { value: t.datatype.value } } : {}),
  };
}

async function main(input: WorkerInput): Promise<void> {
  const { Store } = await import('oxigraph');
  const { query, form, maxRows } = input;
  const store = new Store();
  store.load(input.nt, { format: 'application/n-triples' });
  if (form === 'ASK') {
    post({ type: 'boolean', value: store.query(query) === true });
  } else if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
    const quads = store.query(query) as unknown as ForeignQuad[];
    const kept = quads.slice(0, maxRows).map((q) => ({ subject: plainTerm(q.subject), predicate: plainTerm(q.predicate), object: plainTerm(q.object) }));
    post({ type: 'triples', triples: kept });
    post({ type: 'end', cut: quads.length > maxRows });
    return;
  } else {
    const head = JSON.parse(String(new Store().query(query, { results_format: 'json' }))) as { head: { vars: string[] } };
    const wrapped = `${query.slice(0, input.bodyStart)}SELECT * WHERE {\n${query.slice(input.bodyStart)}\n} LIMIT ${maxRows + 1}`;
    let text: string;
    try {
      text = String(store.query(wrapped, { results_format: 'json' }));
    } catch {
      // A form a sub-query cannot take (FROM, a trailing VALUES...): run it as written.
      text = String(store.query(query, { results_format: 'json' }));
    }
    const bindings = (JSON.parse(text) as { results: { bindings: Binding[] } }).results.bindings;
    post({ type: 'head', vars: head.head.vars });
    const kept = Math.min(bindings.length, maxRows);
    for (let i = 0; i < kept; i += BATCH) post({ type: 'rows', rows: bindings.slice(i, Math.min(i + BATCH, kept)) });
    post({ type: 'end', cut: bindings.length > maxRows });
    return;
  }
  post({ type: 'end', cut: false });
}

main(workerData as WorkerInput).catch((e: unknown) => {
  // A panic of the Rust engine surfaces as a WebAssembly RuntimeError ("unreachable"); anything
  // else thrown by the store is about the query (syntax, evaluation).
  const engine = e instanceof WebAssembly.RuntimeError || e instanceof RangeError;
  post({ type: 'error', kind: engine ? 'engine' : 'query', message: e instanceof Error ? e.message : String(e) });
});
