// Runs the built CLI (dist/storygraph.mjs) as a process, the way a user does: tests assert its
// stdout, stderr and exit code. `npm test` builds first; run `npm run build` before running
// CLI tests on their own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'dist', 'storygraph.mjs');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The data cache of this test process: tests neither read nor fill the user's own. */
export const TEST_CACHE = mkdtempSync(join(tmpdir(), 'storygraph-test-cache-'));

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
  const env = { ...process.env, XDG_CACHE_HOME: TEST_CACHE, ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace line ("    at fn (file:1:2)") or Node's error banner. */
export const STACK_TRACE = /^\s+at .+\(?.*:\d+:\d+\)?$|node:internal|^\w*Error: /m;

/** stderr as lines, without the trailing empty one. */
export const lines = (s: string) => s.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
