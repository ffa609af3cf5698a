// storygraph sparql QUERY|@FILE: runs a SPARQL 1.1 query over the graph's RDF (docs/rdf.md) in an
// in-process oxigraph store. oxigraph (WebAssembly) is loaded here only, so other commands stay
// fast. Queries declare their own PREFIXes: the same text runs on any SPARQL 1.1 store.
import { readFileSync, statSync } from 'node:fs';
import { loadGraph } from '../load-graph.js';
import { UsageError } from '../errors.js';
import type { CommandRun } from '../command.js';
import { graphToQuads } from '../../rdf/graph-to-quads.js';
import { rdfBaseOrThrow } from '../../rdf/rdf-base.js';
import { queryPrologue } from '../../rdf/query-form.js';
import { SelectJson, selectTable, sortedN3Quads } from '../../rdf/sparql-results.js';
import { toJsonLd } from '../../rdf/write-jsonld.js';
import { toNTriples, toTurtle, turtlePrefixes } from '../../rdf/write-rdf.js';

export const SPARQL_FORMATS = ['table', 'json', 'csv', 'tsv'] as const;

function readQuery(arg: string): string {
  if (!arg.startsWith('@')) return arg;
  const file = arg.slice(1);
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new UsageError('query-file-missing', `${file}: no such query file`);
  }
  if (!isFile) throw new UsageError('query-file-missing', `${file}: not a file`);
  return readFileSync(file, 'utf8');
}

/** oxigraph's message on one line: "error at 2:16: expected ...", shortened if very long. */
function oneLine(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

export const run: CommandRun = async ({ args, options }) => {
  const format = String(options.format ?? 'table');
  const query = readQuery(args[0] ?? '');
  if (!query.trim()) throw new UsageError('query-empty', 'the query is empty');
  const base = rdfBaseOrThrow();
  const { form, prefixes } = queryPrologue(query);
  const nt = toNTriples(graphToQuads(loadGraph(options.data), { base }));

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
    const quads = sortedN3Quads(exec() as Parameters<typeof sortedN3Quads>[0]);
    out = format === 'json' ? toJsonLd(quads) : format === 'table' ? toTurtle(quads, { ...turtlePrefixes(base), ...prefixes }) : toNTriples(quads);
  } else if (form === 'ASK') {
    const yes = exec();
    out = format === 'json' ? `${JSON.stringify({ head: {}, boolean: yes === true })}\n` : `${yes === true}\n`;
  } else if (format === 'csv' || format === 'tsv') {
    out = String(exec(format));
  } else {
    const text = String(exec('json'));
    out = format === 'json' ? `${text}\n` : selectTable(SelectJson.parse(JSON.parse(text)), { ...turtlePrefixes(base), ...prefixes });
  }
  process.stdout.write(out);
  return 0;
};
