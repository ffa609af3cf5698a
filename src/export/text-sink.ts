// Where a streamed export writes: text in chunks to stdout or to a file that appears only when
// complete (a temp file beside it, renamed at the end). Chunks gather up to 1 MB and are written
// synchronously, so memory stays flat whatever the size of the output.
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../model/storygraph-error.js';

export interface TextSink {
  write(text: string): void;
}

const CHUNK = 1 << 20;

export interface OutputSink extends TextSink {
  /** Writes what is left and puts the file in place. */
  commit(): void;
  /** Removes the partial output (a failed export leaves nothing behind). */
  abort(): void;
}

export function openOutput(path: string | undefined): OutputSink {
  let parts: string[] = [];
  let size = 0;
  if (!path) {
    const flush = () => {
      if (parts.length) process.stdout.write(parts.join(''));
      parts = [];
      size = 0;
    };
    return {
      write(text) {
        parts.push(text);
        size += text.length;
        if (size >= CHUNK) flush();
      },
      commit: flush,
      abort() {
        parts = [];
      },
    };
  }
  if (existsSync(path) && statSync(path).isDirectory()) throw new OutputError('output-is-directory', `${path}: is a directory`);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fail = (e: unknown): never => {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* the folder itself is unusable */
    }
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new OutputError('output-not-writable', `${path}: cannot write (${reason})`);
  };
  let fd: number;
  try {
    fd = openSync(tmp, 'w');
  } catch (e) {
    return fail(e);
  }
  const flush = () => {
    try {
      if (parts.length) writeSync(fd, parts.join(''));
    } catch (e) {
      try {
        closeSync(fd);
      } catch {
        /* gone */
      }
      fail(e);
    }
    parts = [];
    size = 0;
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    commit() {
      flush();
      try {
        closeSync(fd);
        renameSync(tmp, path);
      } catch (e) {
        fail(e);
      }
    },
    abort() {
      try {
        closeSync(fd);
      } catch {
        /* closed */
      }
      rmSync(tmp, { force: true });
    },
  };
}

/** The whole text of a streamed writer (small graphs, tests, the site). */
export function collect(write: (sink: TextSink) => void): string {
  const parts: string[] = [];
  write({ write: (text) => parts.push(text) });
  return parts.join('');
}
