// Makes sure web-dist/ (the production build of the explorer) exists and is newer than its
// sources before the e2e tests serve it; test files share one build through a lock folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const BIN = join(ROOT, 'dist', 'storygraph.mjs');
const STAMP = join(ROOT, 'web-dist', 'index.html');
const LOCK = join(tmpdir(), `storygraph-web-build-${ROOT.replace(/\W/g, '_')}.lock`);

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return [
    join(ROOT, 'web'),
    join(ROOT, 'src', 'queries'),
    join(ROOT, 'src', 'model'),
    join(ROOT, 'src', 'web'),
    join(ROOT, 'src', 'graph'),
    join(ROOT, 'src', 'text'),
  ].some((d) => existsSync(d) && newest(d) > built);
}

export async function ensureWebBuild(): Promise<void> {
  if (!existsSync(BIN)) throw new Error('dist/storygraph.mjs is missing: run `npm run build` first');
  for (;;) {
    if (!stale()) return;
    try {
      mkdirSync(LOCK);
    } catch {
      await delay(200); // another test file is building; wait for it, then check again
      continue;
    }
    try {
      if (stale()) execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
