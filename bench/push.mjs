// npm run bench:push: `storygraph push` of a generated corpus into Virtuoso (Graph Store Protocol,
// one named graph per story) against Virtuoso's own bulk loader loading the same triples (the
// N-Triples export) into a fresh database of the same configuration. Goal: push ≤ 2× the bulk
// load. BENCH_PUSH_STORIES (default 1000); BENCH_DIR as for bench:corpus (the corpus is reused).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'storygraph.mjs');
const { startVirtuoso, hasVirtuoso } = await import(join(ROOT, 'dist', 'virtuoso-server.mjs'));
const N = Number(process.env.BENCH_PUSH_STORIES ?? 1000);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), 'storygraph-bench-corpus');
const BUFFERS = 170_000; // ≈ 1.3 GB of pages (virtuoso.md: "for millions of triples")

if (!hasVirtuoso) {
  console.log('bench:push skipped: virtuoso-t is not installed (Debian virtuoso-opensource)');
  process.exit(0);
}

const data = join(DIR, `corpus-${N}`);
if (!existsSync(join(data, '.complete'))) {
  rmSync(data, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'synthetic-corpus.mjs'), data, '--stories', String(N)], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`generating ${N} stories failed`);
  writeFileSync(join(data, '.complete'), '');
}
const env = { ...process.env, XDG_CACHE_HOME: join(DIR, `cache-${N}`) };
const cli = (args) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args, '--data', data], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`storygraph ${args[0]} failed: ${r.stderr}`);
  return { seconds: (performance.now() - t0) / 1000, stdout: r.stdout };
};
const count = async (v, graphBase) => {
  const q = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${graphBase}")) }`;
  const r = await fetch(`${v.sparql}?query=${encodeURIComponent(q)}`, { headers: { accept: 'application/sparql-results+json' } });
  return Number((await r.json()).results.bindings[0].n.value);
};

cli(['validate']); // the graph cache is warm for both sides: the bench compares loading, not parsing
const dump = join(DIR, `push-${N}`);
rmSync(dump, { recursive: true, force: true });
mkdirSync(dump);
cli(['export', '--format', 'ntriples', '--out', join(dump, 'corpus.nt')]);

const bulk = await startVirtuoso({ buffers: BUFFERS });
let bulkSeconds;
let bulkTriples;
try {
  const sql = bulk.dir; // DirsAllowed holds the server's folder: load from a copy there
  spawnSync('cp', [join(dump, 'corpus.nt'), join(sql, 'corpus.nt')]);
  const t0 = performance.now();
  bulk.isql(`ld_dir('${sql}', 'corpus.nt', 'https://bench.example/bulk'); rdf_loader_run(); checkpoint;`);
  bulkSeconds = (performance.now() - t0) / 1000;
  const list = bulk.isql('select ll_state, ll_error from DB.DBA.load_list;');
  if (!/\b2\b/.test(list) || !/NULL/.test(list)) throw new Error(`bulk load failed: ${list}`);
  bulkTriples = await count(bulk, 'https://bench.example/bulk');
} finally {
  await bulk.stop();
}

const target = await startVirtuoso({ buffers: BUFFERS });
let push;
let pushTriples;
try {
  target.isql('grant SPARQL_UPDATE to "SPARQL";');
  push = cli(['push', '--endpoint', target.sparql, '--graph-base', 'https://bench.example/graph/']);
  pushTriples = await count(target, 'https://bench.example/graph/');
  const again = cli(['push', '--endpoint', target.sparql, '--graph-base', 'https://bench.example/graph/']);
  push.again = again.seconds;
} finally {
  await target.stop();
}

const ratio = push.seconds / bulkSeconds;
console.log(`\n### push of ${N.toLocaleString('en')} stories into Virtuoso\n`);
console.log('| | seconds | triples in the server |');
console.log('|---|---:|---:|');
console.log(`| Virtuoso bulk load (ld_dir, rdf_loader_run, checkpoint) | ${bulkSeconds.toFixed(1)} | ${bulkTriples.toLocaleString('en')} |`);
console.log(`| storygraph push (warm cache, one graph per story) | ${push.seconds.toFixed(1)} | ${pushTriples.toLocaleString('en')} |`);
console.log(`| storygraph push again (nothing changed) | ${push.again.toFixed(1)} | |`);
console.log(`\npush / bulk load: ${ratio.toFixed(2)}× (goal ≤ 2×: ${ratio <= 2 ? 'met' : 'not met'})`);
console.log(push.stdout.trim());
