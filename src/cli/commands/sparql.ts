// storygraph sparql QUERY|@FILE: runs a read-only SPARQL 1.1 query over the graph's RDF
// (docs/rdf.md), in the embedded oxigraph engine (in a worker thread, stopped at --timeout) or on
// a SPARQL server (--endpoint, loaded by `storygraph push`). Rows are printed as they arrive and
// cut at --max-rows (the output says so, exit 1). oxigraph (WebAssembly) is loaded in the worker
// only, so other commands stay fast; the graph and RDF code load only when the cached N-Triples
// do not match the data. Queries declare their own PREFIXes: the same text runs on any store.
import { readFileSync, statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { EXIT, StorygraphError, UsageError } from '../../model/storygraph-error.js';
import type { CommandRun } from '../command.js';
import { cachedNTriples } from '../../rdf/ntriples-cache.js';
import { rdfBaseOrThrow } from '../../rdf/rdf-base.js';
import { checkedQuery } from '../../rdf/sparql-guard.js';
import type { SparqlEvent, SparqlLimits } from '../../rdf/sparql-events.js';
import { resultWriter } from '../../rdf/sparql-result-writer.js';

function readQuery(arg: string): string {
  if (!arg.startsWith('@')) return arg;
  const file = arg.slice(1);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new UsageError('query-file-missing', `${file}: no such query file`);
  if (!stat.isFile()) throw new UsageError('query-file-missing', `${file}: not a file`);
  return readFileSync(file, 'utf8');
}

export interface SparqlOptions {
  format: 'table' | 'json' | 'csv' | 'tsv';
  timeout: number;
  maxRows: number;
  endpoint: string | undefined;
  graphBase: string | undefined;
}

export const run: CommandRun<SparqlOptions> = async ({ args, data, options }) => {
  const { format } = options;
  const query = readQuery(args[0] ?? '');
  if (!query.trim()) throw new UsageError('query-empty', 'the query is empty');
  const limits: SparqlLimits = { timeoutMs: options.timeout * 1000, maxRows: options.maxRows };
  const base = rdfBaseOrThrow();
  const prologue = checkedQuery(query);
  const { form, prefixes } = prologue;

  let events: AsyncIterable<SparqlEvent>;
  if (options.endpoint !== undefined) {
    const [{ endpointEvents }, { checkUrl }, { defaultGraphBase }] = await Promise.all([
      import('../../rdf/endpoint-query.js'),
      import('../../rdf/sparql-http.js'),
      import('../../rdf/story-graphs.js'),
    ]);
    const graphBase = options.graphBase !== undefined ? checkUrl(options.graphBase, '--graph-base') : defaultGraphBase(base);
    events = endpointEvents({ endpoint: checkUrl(options.endpoint, '--endpoint'), query, form, graphBase }, limits);
  } else {
    // This module's own text stands for the code behind the triples: built, it imports its chunks
    // by content-hashed names, so a change anywhere in the RDF code changes it.
    const code = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    const nt = await cachedNTriples({ dataDir: data, salt: `${base}\u0000${code}` }, async () =>
      (await import('../../rdf/graph-ntriples.js')).dataNTriples(data, base),
    );
    // A one-shot process ends before V8's optimizing tier pays off: its background compiles of the
    // 4 MB module only compete for the CPU. Baseline code alone loads the store about twice as fast.
    setFlagsFromString('--liftoff-only');
    const { embeddedEvents } = await import('../../rdf/sparql-engine.js');
    events = embeddedEvents({ nt, query, form, bodyStart: prologue.bodyStart }, limits);
  }

  const writer = resultWriter(format, prefixes, base);
  // The rows are written as they arrive, after the query has answered: an engine error, a
  // timeout or a bad query is reported before anything reaches stdout.
  const stream = async (out: Writable): Promise<void> => {
    const write = async (text: string) => {
      if (text && !out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
    };
    let cut = false;
    let serverCap: number | undefined;
    for await (const e of events) {
      if (e.type === 'head') await write(writer.head(e.vars));
      else if (e.type === 'rows') await write(writer.rows(e.rows));
      else if (e.type === 'boolean') await write(format === 'json' ? `${JSON.stringify({ head: {}, boolean: e.value })}\n` : `${e.value}\n`);
      else if (e.type === 'triples') await write((await import('../../rdf/sparql-construct.js')).renderGraph(e.triples, format, base, prefixes));
      else if (e.type === 'end') {
        ({ cut, serverCap } = e);
        if (form !== 'CONSTRUCT' && form !== 'DESCRIBE')
          await write(serverCap === undefined ? writer.end(e.cut, limits.maxRows) : writer.end(true, serverCap, "the server's own cap"));
      }
    }
    if (serverCap !== undefined) {
      throw new StorygraphError(
        'sparql-too-many-rows',
        `the server cut the results at its own cap of ${serverCap} rows (X-SPARQL-MaxRows); the ${serverCap} it sent are printed (raise the server's limit, e.g. Virtuoso's ResultSetMaxRows)`,
        EXIT.data,
      );
    }
    if (cut) {
      const what = form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'triples' : 'rows';
      throw new StorygraphError(
        'sparql-too-many-rows',
        `the query gave more than ${limits.maxRows} ${what}; the first ${limits.maxRows} are printed (raise --max-rows N)`,
        EXIT.data,
      );
    }
  };
  return { write: stream };
};
