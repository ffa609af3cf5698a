// Helpers for the RDF and SPARQL tests: the built CLI as a process, an in-process oxigraph store
// over a data folder's RDF, and rdflib (python3) where it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { graphToQuads } from '../../src/rdf/graph-to-quads.js';
import { toNTriples } from '../../src/rdf/write-rdf.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'dist', 'storygraph.mjs');
export const DATA = join(ROOT, 'data');
export const FIXTURE_DATA = join(ROOT, 'tests', 'sparql', 'fixtures', 'data');
export const PYTHON = '/usr/bin/python3';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The sparql command's cache for test runs, away from the user's own cache folder. */
export const TEST_CACHE_HOME = join(tmpdir(), `storygraph-test-cache-${process.getuid?.() ?? 'user'}`);

export function runCli(args: readonly string[], env: Record<string, string> = {}): CliResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, XDG_CACHE_HOME: TEST_CACHE_HOME, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const hasRdflib = existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import rdflib'], { encoding: 'utf8' }).status === 0;

/** Runs a python3 script (with rdflib) and returns its stdout parsed as JSON. */
export function python<T>(script: string, args: readonly string[]): T {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export type Row = Record<string, string>;

/** An oxigraph store over the RDF of a data folder; `select` returns rows of plain values. */
export async function storeFor(dataDir: string): Promise<{ select: (query: string) => Row[]; ask: (query: string) => boolean }> {
  const { Store } = await import('oxigraph');
  const store = new Store();
  store.load(toNTriples(graphToQuads(await loadGraph(dataDir))), { format: 'application/n-triples' });
  const select = (query: string): Row[] => {
    const json = JSON.parse(String(store.query(query, { results_format: 'json' }))) as { results: { bindings: Record<string, { value: string }>[] } };
    return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  };
  return { select, ask: (query) => store.query(query) === true };
}

/** The local name of an sg: or id IRI: https://…/vocab#denied → denied, …/id/person/x → x. */
export const local = (iri: string | undefined) => (iri ?? '').replace(/^.*[#/]/, '');
