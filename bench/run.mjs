// npm run bench: times storygraph commands against `node -e 0`, interleaved in one run (these
// machines are noisy, so only ratios to a baseline measured alongside mean anything).
// Each case is a command line; medians of N runs each, printed as ratios to the baseline.
// Commands read the data cache (src/cache/data-cache.ts), warmed by the first round.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CASES } from './cases.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-bench-'));
const bin = join(import.meta.dirname, '..', 'dist', 'storygraph.mjs');
const cases = [{ name: 'node -e 0 (baseline)', args: ['-e', '0'], raw: true }, ...CASES(tmp)];

const times = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < RUNS; i++) {
  for (const c of cases) {
    const argv = c.raw ? c.args : [bin, ...c.args];
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...c.env } });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
    times.get(c.name).push(ms);
  }
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const base = median(times.get(cases[0].name));
console.log(`median of ${RUNS} interleaved runs each; ratio = median / median(node -e 0)`);
for (const c of cases) {
  const m = median(times.get(c.name));
  const goal = c.goal === undefined ? 2 : c.goal;
  const ratio = m / base;
  const verdict = c.raw || goal === null ? '' : ratio <= goal ? `  (goal <= ${goal}x: ok)` : `  (goal <= ${goal}x: MISSED)`;
  console.log(`${c.name.padEnd(46)} ${m.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}x${verdict}`);
}
