// The format of one cache entry: a one-line header, then the content bytes.
//
//   storygraph-cache 1 <entry name> <content length, 16 digits> <sha256 of the content>\n
//
// The header is written first with a zero checksum and rewritten in place once the content is
// written (it has a fixed width), so content can be streamed in chunks of any size and is never
// held as one string. An entry is used only if the header names this format version and this
// entry (a file copied or swapped from another key is foreign) and the length and checksum of
// what follows match; anything else is not an entry.
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';

export const ENTRY_VERSION = 1;
const MAGIC = 'storygraph-cache';
const LENGTH_DIGITS = 16;
const MAX_HEADER = 512;

export type Chunk = string | Uint8Array;

function header(name: string, length: number, sha256: string): Buffer {
  return Buffer.from(`${MAGIC} ${ENTRY_VERSION} ${name} ${String(length).padStart(LENGTH_DIGITS, '0')} ${sha256}\n`);
}

function writeAll(fd: number, bytes: Uint8Array, position?: number): void {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
  }
}

/** Writes an entry named `name` with the chunks' bytes as content to an open file. */
export function writeEntry(fd: number, name: string, chunks: Iterable<Chunk>): void {
  writeAll(fd, header(name, 0, '0'.repeat(64)));
  const hash = createHash('sha256');
  let length = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    hash.update(bytes);
    writeAll(fd, bytes);
    length += bytes.length;
  }
  writeAll(fd, header(name, length, hash.digest('hex')), 0);
}

/** The content of a whole entry file if it is a sound entry named `name`, else undefined. */
export function entryContent(name: string, bytes: Buffer): Buffer | undefined {
  const end = bytes.subarray(0, MAX_HEADER).indexOf(0x0a);
  if (end < 0) return undefined;
  const m = /^(\S+) (\d+) (\S+) (\d+) ([0-9a-f]{64})$/.exec(bytes.subarray(0, end).toString('latin1'));
  if (!m || m[1] !== MAGIC || Number(m[2]) !== ENTRY_VERSION || m[3] !== name) return undefined;
  const content = bytes.subarray(end + 1);
  if (Number(m[4]) !== content.length) return undefined;
  return createHash('sha256').update(content).digest('hex') === m[5] ? content : undefined;
}
