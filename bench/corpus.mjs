// npm run bench:corpus: every data command on generated corpora of 100, 1,000 and 10,000 stories
// (scripts/synthetic-corpus.ts, built to dist/), each cold (empty cache) and warm, as wall time,
// peak RSS and ratios to two floors measured in the same run: parsing the corpus JSON, and
// building the same graphology graph from the parsed JSON with every quote resolved.
//   BENCH_SIZES=100,1000 npm run bench:corpus     (default 100,1000,10000; BENCH_COMMANDS=validate,search)
// Corpora and caches go to a temp folder (BENCH_DIR, default $TMPDIR/storygraph-bench-corpus).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'storygraph.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), 'storygraph-bench-corpus');
const CATALOG = join(ROOT, 'queries', 'quotes-and-speakers.rq');

/** Runs node with args; wall seconds, peak RSS in MB, exit status and the last stderr line. */
function run(args, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines = r.stderr.trim().split('\n');
  const [wall, kb] = lines.pop().split(' ').map(Number);
  const error = lines.filter((l) => l.startsWith('storygraph:')).pop();
  return { wall, rss: kb / 1024, status: r.status, error };
}

function corpus(n) {
  const data = join(DIR, `corpus-${n}`);
  if (!existsSync(join(data, '.complete'))) {
    rmSync(data, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'synthetic-corpus.mjs'), data, '--stories', String(n)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`generating ${n} stories failed`);
    writeFileSync(join(data, '.complete'), '');
  }
  return data;
}

const fmt = (x, d = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const out = join(ROOT, 'bench', 'results', 'corpus.md');
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(out, '');
const print = (line) => {
  console.log(line);
  appendFileSync(out, `${line}\n`);
};

for (const n of SIZES) {
  const data = corpus(n);
  const cache = join(DIR, `cache-${n}`);
  const env = { XDG_CACHE_HOME: cache };
  const parse = run([join(ROOT, 'bench', 'corpus-floor.mjs'), data, 'parse']);
  const build = run([join(ROOT, 'bench', 'corpus-floor.mjs'), data, 'build']);
  print(`\n### ${n.toLocaleString('en')} stories\n`);
  print(`Floors: parse ${fmt(parse.wall)} s (${fmt(parse.rss, 0)} MB), build ${fmt(build.wall)} s (${fmt(build.rss, 0)} MB)\n`);
  print('| command | cold s | warm s | cold / build | warm / parse | peak RSS MB | result |');
  print('|---|---:|---:|---:|---:|---:|---|');
  const first = 'person/shared-0';
  const commands = [
    ['validate', ['validate']],
    ['search', ['search', 'Synthetic']],
    ['neighbors', ['neighbors', first]],
    ['path', ['path', first, 'person/shared-1']],
    ['claims', ['claims']],
    ['stats', ['stats']],
    ['export graphology', ['export', '--format', 'graphology', '--out', join(DIR, 'out.json')]],
    ['export turtle', ['export', '--format', 'turtle', '--out', join(DIR, 'out.ttl')]],
    ['sparql (catalog)', ['sparql', `@${CATALOG}`]],
  ];
  // BENCH_COMMANDS=validate,search: only those (a quick look at one size).
  const only = process.env.BENCH_COMMANDS?.split(',');
  for (const [name, args] of commands.filter(([c]) => !only || only.includes(c.split(' ')[0]))) {
    rmSync(cache, { recursive: true, force: true });
    const cold = run([CLI, ...args, '--data', data], env);
    const warm = run([CLI, ...args, '--data', data], env);
    const status =
      cold.status === 0 && warm.status === 0 ? 'ok' : (warm.error ?? cold.error ?? `exit ${warm.status}`).replace(/^storygraph: /, '').split(':')[0];
    print(
      `| ${name} | ${fmt(cold.wall)} | ${fmt(warm.wall)} | ${fmt(cold.wall / build.wall, 2)}× | ${fmt(warm.wall / parse.wall, 2)}× | ${fmt(Math.max(cold.rss, warm.rss), 0)} | ${status} |`,
    );
  }
  // One story edited, then validate: only that story is checked again.
  const story = join(data, 'stories', 'story-00001', 'story.json');
  appendFileSync(story, ' ');
  const edited = run([CLI, 'validate', '--data', data], env);
  print(`\nOne story edited, then validate: ${fmt(edited.wall)} s (${fmt(edited.rss, 0)} MB), ${edited.status === 0 ? 'ok' : edited.error}`);
  rmSync(join(DIR, 'out.json'), { force: true });
  rmSync(join(DIR, 'out.ttl'), { force: true });
}
print(`\n(node ${process.version}, ${process.env.BENCH_NOTE ?? ''})`);
