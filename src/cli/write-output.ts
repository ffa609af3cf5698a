// Writes command output atomically: a temp file beside the target, then a rename, so a failed
// run never leaves a half-written file. Without a path, output goes to stdout.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { OutputError } from '../model/storygraph-error.js';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (existsSync(path) && statSync(path).isDirectory()) throw new OutputError('output-is-directory', `${path}: is a directory`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    try { rmSync(tmp, { force: true }); } catch { /* the folder itself is unusable: nothing was written */ }
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new OutputError('output-not-writable', `${path}: cannot write (${reason})`);
  }
}

/** Writes several files into a folder atomically: all into a temp folder, then one rename. */
export function writeDirAtomic(dir: string, files: Record<string, string | Uint8Array>): void {
  const tmp = `${dir.replace(/\/+$/, '')}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(tmp), { recursive: true });
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), data);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    try { rmSync(tmp, { recursive: true, force: true }); } catch { /* nothing was written */ }
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new OutputError('output-not-writable', `${dir}: cannot write (${reason})`);
  }
}
