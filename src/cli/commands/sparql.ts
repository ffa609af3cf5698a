// storygraph sparql QUERY|@FILE: runs a SPARQL 1.1 query over the graph's RDF (docs/rdf.md) in an
// in-process oxigraph store. oxigraph (WebAssembly) is loaded here only, so other commands stay
// fast; the graph and RDF code load only when the cached N-Triples do not match the data.
// Queries declare their own PREFIXes: the same text runs on any SPARQL 1.1 store.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { UsageError } from '../../model/storygraph-error.js';
import type { CommandRun } from '../command.js';
import { NS } from '../../rdf/namespaces.js';
import { cachedNTriples } from '../../rdf/ntriples-cache.js';
import { queryPrologue } from '../../rdf/query-form.js';
import { rdfBaseOrThrow } from '../../rdf/rdf-base.js';
import { parseSelectJson, selectTable } from '../../rdf/sparql-select.js';

function readQuery(arg: string): string {
  if (!arg.startsWith('@')) return arg;
  const file = arg.slice(1);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new UsageError('query-file-missing', `${file}: no such query file`);
  if (!stat.isFile()) throw new UsageError('query-file-missing', `${file}: not a file`);
  return readFileSync(file, 'utf8');
}

/** oxigraph's message on one line: "error at 2:16: expected ...", shortened if very long. */
function oneLine(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

export interface SparqlOptions {
  format: 'table' | 'json' | 'csv' | 'tsv';
}

export const run: CommandRun<SparqlOptions> = async ({ args, data, options }) => {
  const { format } = options;
  const query = readQuery(args[0] ?? '');
  if (!query.trim()) throw new UsageError('query-empty', 'the query is empty');
  const base = rdfBaseOrThrow();
  const { form, prefixes } = queryPrologue(query);
  // This module's own text stands for the code behind the triples: built, it imports its chunks
  // by content-hashed names, so a change anywhere in the RDF code changes it.
  const code = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const nt = await cachedNTriples({ dataDir: data, salt: `${base}\u0000${code}` }, async () => (await import('../../rdf/graph-ntriples.js')).dataNTriples(data, base));

  // A one-shot process ends before V8's optimizing tier pays off: its background compiles of the
  // 4 MB module only compete for the CPU. Baseline code alone loads the store about twice as fast.
  setFlagsFromString('--liftoff-only');
  const { Store } = await import('oxigraph');
  const store = new Store();
  store.load(nt, { format: 'application/n-triples' });
  const exec = (resultsFormat?: string): unknown => {
    try {
      return store.query(query, resultsFormat ? { results_format: resultsFormat } : {});
    } catch (e) {
      const message = oneLine(e);
      throw new UsageError(/^error at \d+:\d+/.test(message) ? 'sparql-syntax' : 'sparql-error', message);
    }
  };

  let out: string;
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
    const quads = exec();
    if (!Array.isArray(quads)) throw new Error('oxigraph: a CONSTRUCT query did not return triples');
    out = (await import('../../rdf/sparql-construct.js')).renderGraph(quads, format, base, prefixes);
  } else if (form === 'ASK') {
    const yes = exec() === true;
    out = format === 'json' ? `${JSON.stringify({ head: {}, boolean: yes })}\n` : `${yes}\n`;
  } else if (format === 'csv' || format === 'tsv') {
    out = String(exec(format));
  } else {
    const text = String(exec('json'));
    const results = format === 'table' ? parseSelectJson(text) : undefined;
    out = format === 'json' || !results ? `${text}\n` : selectTable(results, { ...NS, ...prefixes }, base);
  }
  return { text: () => out };
};
