// Runs a query on the embedded engine in a worker thread (sparql-worker.ts) and yields its
// events. The thread is terminated when the query runs past the timeout; a panic of the engine,
// a thread that dies, or one that runs out of memory becomes one coded error, never a stack trace.
import { Worker } from 'node:worker_threads';
import { EXIT, StorygraphError, UsageError } from '../model/storygraph-error.js';
import type { SparqlEvent, SparqlLimits } from './sparql-events.js';
import type { WorkerInput, WorkerMessage } from './sparql-worker.js';

/** Where the built worker is: beside the chunk this module is bundled into (dist/chunks/). */
export const WORKER_URL = new URL('./sparql-worker.mjs', import.meta.url);

/** The engine's message on one line: "error at 2:16: expected ...", shortened if very long. */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

export const timeoutError = (timeoutMs: number) =>
  new StorygraphError('sparql-timeout', `the query ran longer than ${timeoutMs / 1000} s and was stopped (raise --timeout SECONDS)`, EXIT.data);

export const engineError = (detail: string) =>
  new StorygraphError('sparql-engine-failed', `the SPARQL engine failed: ${oneLine(detail) || 'no message'}`, EXIT.data);

export interface EmbeddedQuery extends Omit<WorkerInput, 'maxRows'> {
  /** The worker script (tests pass their own). */
  workerUrl?: URL;
}

export async function* embeddedEvents(input: EmbeddedQuery, limits: SparqlLimits): AsyncGenerator<SparqlEvent> {
  const { workerUrl = WORKER_URL, ...rest } = input;
  const data: WorkerInput = { ...rest, maxRows: limits.maxRows };
  // stderr: true keeps the engine's own panic text off the terminal (it goes into the message).
  const worker = new Worker(workerUrl, { workerData: data, stderr: true, stdout: true });
  let stderr = '';
  worker.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4000) stderr += chunk.toString('utf8');
  });
  worker.stdout.resume();

  const queue: (WorkerMessage | { type: 'failed'; error: StorygraphError })[] = [];
  let wake: (() => void) | undefined;
  const push = (m: (typeof queue)[number]) => {
    queue.push(m);
    wake?.();
  };
  let finished = false;
  const timer = setTimeout(() => push({ type: 'failed', error: timeoutError(limits.timeoutMs) }), limits.timeoutMs);
  // What the thread printed arrives after it dies: a failure is reported once stderr has ended.
  const stderrEnded = new Promise<void>((r) => worker.stderr.once('end', r).once('close', r));
  const fail = (detail: () => string) => void stderrEnded.then(() => push({ type: 'failed', error: engineError(detail()) }));
  let failed = false;
  worker.on('message', (m: WorkerMessage) => push(m));
  worker.on('error', (e) => {
    failed = true;
    const why = /out of memory/i.test(e.message) ? `it ran out of memory (${e.message})` : e.message;
    fail(() => `${why}${stderr ? ` (${firstLines(stderr)})` : ''}`);
  });
  worker.on('exit', (code) => {
    if (!finished && !failed) fail(() => firstLines(stderr) || `its thread ended (code ${code})`);
  });
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((r) => (wake = r));
      wake = undefined;
      const m = queue.shift()!;
      if (m.type === 'failed') throw m.error;
      if (m.type === 'error') {
        if (m.kind === 'engine') {
          await stderrEnded;
          throw engineError(`${m.message}${stderr ? ` (${firstLines(stderr)})` : ''}`);
        }
        const message = oneLine(m.message);
        throw new UsageError(/^error at \d+:\d+/.test(message) ? 'sparql-syntax' : 'sparql-error', message);
      }
      // The answer is in: printing it is not part of the query's time.
      if (m.type === 'head' || m.type === 'boolean' || m.type === 'triples') clearTimeout(timer);
      yield m;
      if (m.type === 'end' || m.type === 'boolean') {
        finished = true;
        return;
      }
    }
  } finally {
    finished = true;
    clearTimeout(timer);
    await worker.terminate();
  }
}

/** The useful part of what a panicking engine printed. */
function firstLines(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() && !/^\s+at /.test(l))
    .slice(0, 2)
    .join(' ');
}
