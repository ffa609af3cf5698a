// Writes command output so that it never destroys anything:
// - a file is written to a temp file beside it (`.NAME.PID.tmp`), then renamed over it, so a
//   failed or interrupted run leaves the old file or the new one, never half of one;
// - a target that is not a regular file (a FIFO, a character device, /dev/stdout, a symlink to
//   one) is opened and written in place, never renamed over (that would replace a device or a
//   pipe with a file); a symlink to a regular file is replaced at the file it points to;
// - a folder is written whole beside the old one and swapped in (the old one removed last); a
//   folder holding anything this output does not rewrite is refused (`out-not-empty`) unless
//   the command was given --force.
// Temp files are tracked (src/cache/temp-files.ts): removed on error, exit and SIGINT/SIGTERM,
// and the leftovers of killed runs in the target's folder are removed by the next write there.
import { chmodSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputError, UsageError } from '../model/storygraph-error.js';
import { release, removeLeftovers, tempPath, track } from '../cache/temp-files.js';

function reason(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

function notWritable(path: string, e: unknown): OutputError {
  return new OutputError('output-not-writable', `${path}: cannot write (${reason(e)})`);
}

function statOrUndefined(path: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Writes `data` to a new temp file beside `path`, then renames it over `path`. */
function replaceFile(path: string, data: string | Uint8Array, mode: number | undefined): void {
  const tmp = tempPath(path);
  removeLeftovers(dirname(path));
  track(tmp);
  try {
    writeFileSync(tmp, data);
    if (mode !== undefined) chmodSync(tmp, mode & 0o7777); // the replaced file's permissions stay
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* the folder itself is unusable: nothing was written */
    }
    throw notWritable(path, e);
  } finally {
    release(tmp);
  }
}

/** Writes one output file (see the top of this file for what happens to each kind of target). */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const own = statOrUndefined(path, false);
  if (!own) {
    replaceFile(path, data, undefined);
    return;
  }
  const target = own.isSymbolicLink() ? statOrUndefined(path, true) : own;
  if (target?.isDirectory()) throw new OutputError('output-is-directory', `${path}: is a directory`);
  if (target?.isFile()) {
    let real = path;
    try {
      real = own.isSymbolicLink() ? realpathSync(path) : path;
    } catch (e) {
      throw notWritable(path, e);
    }
    replaceFile(real, data, target.mode);
    return;
  }
  // A FIFO, a device, a socket, a dangling symlink: open it and write in place.
  try {
    writeFileSync(path, data);
  } catch (e) {
    // A pipe whose reader stopped early (`--out /dev/stdout | head`) is not an error.
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw notWritable(path, e);
  }
}

export interface DirOptions {
  /** Replace a folder holding things this output does not rewrite. */
  force?: boolean;
  /** Whether a non-empty folder is an earlier output of this command (replaced without --force). */
  isEarlierOutput?: (names: readonly string[]) => boolean;
}

/**
 * Writes several files as one folder: all into a temp folder beside it, then swapped in with two
 * renames (the old folder aside, the new one in), the old folder removed last. A crash between
 * the renames leaves the old folder whole as `.NAME.PID.old`, renamed back by the next write.
 */
export function writeDirAtomic(dir: string, files: Record<string, string | Uint8Array>, options: DirOptions = {}): void {
  let target = dir.replace(/(.)\/+$/, '$1');
  const own = statOrUndefined(target, false);
  const existing = statOrUndefined(target, true);
  if (own && !existing) throw new OutputError('output-not-writable', `${dir}: a symbolic link to nothing`);
  if (existing && !existing.isDirectory()) throw new UsageError('out-not-directory', `${dir}: exists and is not a folder`);
  if (own?.isSymbolicLink()) target = realpathSync(target); // the link stays; its folder is replaced
  if (existing) {
    const names = readdirSync(target);
    const ours = new Set(Object.keys(files).map((f) => f.split('/')[0]));
    const earlier = names.every((n) => ours.has(n)) || (options.isEarlierOutput?.(names) ?? false);
    if (names.length > 0 && !earlier && !options.force) {
      throw new OutputError(
        'out-not-empty',
        `${dir}: the folder holds files this output would not rewrite (${names
          .filter((n) => !ours.has(n))
          .slice(0, 3)
          .join(', ')}); choose an empty or new folder, or pass --force to replace it`,
      );
    }
  }
  const tmp = tempPath(target);
  const old = tempPath(target, 'old');
  try {
    mkdirSync(dirname(target), { recursive: true });
    removeLeftovers(dirname(target));
    track(tmp);
    mkdirSync(tmp);
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(tmp, name)), { recursive: true });
      writeFileSync(join(tmp, name), data);
    }
    if (existing) renameSync(target, old);
  } catch (e) {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      /* nothing was written */
    }
    release(tmp);
    throw notWritable(dir, e);
  }
  try {
    renameSync(tmp, target);
  } catch (e) {
    if (existing) renameSync(old, target); // put the old folder back
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      /* nothing more to do */
    }
    throw notWritable(dir, e);
  } finally {
    release(tmp);
  }
  if (existing) {
    try {
      rmSync(old, { recursive: true, force: true });
    } catch {
      // the new output is in place; the old one goes with the next write's leftovers
    }
  }
}
