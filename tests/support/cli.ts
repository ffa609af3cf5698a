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
  /** The signal that ended the process (runCli only), e.g. SIGKILL. */
  signal?: NodeJS.Signals | null;
}

/** The data cache of this test process: tests neither read nor fill the user's own. */
export const TEST_CACHE = mkdtempSync(join(tmpdir(), 'storygraph-test-cache-'));

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first`);
  const env = { ...process.env, XDG_CACHE_HOME: TEST_CACHE, ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000, env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** A stack trace line ("    at fn (file:1:2)") or Node's error banner. */
export const STACK_TRACE = /^\s+at .+\(?.*:\d+:\d+\)?$|node:internal|^\w*Error: /m;

/** stderr as lines, without the trailing empty one. */
export const lines = (s: string) => s.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);

/**
 * Runs the CLI in this process (from source, no build, no cache): the same program, arguments,
 * stdout, stderr and exit status as the binary, about a hundred times faster. Process-level
 * behaviour (signals, the cwd, the binary's cache, an internal error's exit 70) stays with runCli.
 */
export async function runCliInProcess(args: readonly string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  const { Writable } = await import('node:stream');
  const { main } = await import('../../src/cli/program.js');
  const collect = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _enc, done) {
        chunks.push(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };
  const out = collect();
  const err = collect();
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, options.env);
  try {
    const status = await main([...args], { stdout: out.stream, stderr: err.stream });
    return { status, stdout: out.text(), stderr: err.text() };
  } catch (e) {
    return { status: 70, stdout: out.text(), stderr: `${err.text()}storygraph: internal error: ${e instanceof Error ? e.stack : String(e)}\n` };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
