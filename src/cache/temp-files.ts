// The process's temporary files: every file or folder written beside its final place
// (`.NAME.PID.tmp`, then renamed in) is tracked while it exists, so that an error, an exit or
// SIGINT/SIGTERM removes it, and a run killed outright (SIGKILL, power loss) leaves nothing for
// long: the next write into the same folder removes the temp files of processes that are gone.
// It lives in the lowest layer that writes files (the cache); the CLI's outputs use it too.
//
// The signal listeners are installed only while a temp file exists: a listener defers a signal
// until JavaScript runs again, which must not delay Ctrl-C during a long computation or a write
// blocked on a FIFO with no reader (written in place, no temp file).
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const live = new Set<string>();
let listening = false;
let unlistenSoon = false;

/** `.NAME.PID.tmp` (being written) or `.NAME.PID.old` (a folder being replaced). */
const TEMP = /^\.(.+)\.(\d+)\.(tmp|old)$/;

/** The temp path for `path` in its own folder (same file system, so the rename is atomic). */
export function tempPath(path: string, suffix: 'tmp' | 'old' = 'tmp'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${suffix}`);
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function onSignal(signal: NodeJS.Signals): void {
  removeTrackedTemps();
  if (process.listenerCount(signal) > 1) return; // a command (serve) ends itself cleanly
  process.removeListener(signal, onSignal);
  process.kill(process.pid, signal); // die of the signal, as the shell expects (130, 143)
}

function listen(on: boolean): void {
  for (const signal of SIGNALS) {
    if (on) process.on(signal, onSignal);
    else process.removeListener(signal, onSignal);
  }
  if (on) process.on('exit', removeTrackedTemps);
  else process.removeListener('exit', removeTrackedTemps);
}

/** Tracks a temp path until `release`: removed if the process errs, exits or is interrupted. */
export function track(path: string): void {
  if (live.size === 0 && !listening) {
    listening = true;
    listen(true);
  }
  live.add(path);
}

export function release(path: string): void {
  live.delete(path);
  // A signal that came during a synchronous write is delivered when the event loop turns:
  // keep listening until then.
  if (live.size === 0 && listening && !unlistenSoon) {
    unlistenSoon = true;
    setImmediate(() => {
      unlistenSoon = false;
      if (live.size > 0 || !listening) return;
      listening = false;
      listen(false);
    }).unref();
  }
}

/** Removes every tracked temp path now (an exit or a signal); never throws. */
export function removeTrackedTemps(): void {
  for (const path of live) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // nothing more can be done while exiting
    }
  }
  live.clear();
}

export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // another user's process: alive
  }
}

/**
 * Removes the leftovers of dead processes in `dir`: their `.NAME.PID.tmp` files and folders, and
 * their `.NAME.PID.old` folders (renamed back to NAME if a swap was cut between its two renames
 * and NAME is missing, so the old output is never lost). Returns what it removed; never throws.
 */
export function removeLeftovers(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || processAlive(Number(m[2]))) continue;
    const path = join(dir, name);
    try {
      if (m[3] === 'old' && statSync(join(dir, m[1]!), { throwIfNoEntry: false }) === undefined) {
        renameSync(path, join(dir, m[1]!));
        continue;
      }
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // another process got there first, or the folder is not ours to clean
    }
  }
  return removed;
}
