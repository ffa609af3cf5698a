// A cache file of named sections, written in chunks (never one giant string) and read back
// section by section: the whole-graph snapshot (src/graph/graph-snapshot.ts) is hundreds of MB
// at 10,000 stories, and a warm query should decode only what it touches.
//
//   storygraph-sections <format> <key>\n   then the sections' bytes, then the index (JSON:
//   name, offset, length and CRC-32 of each section), then the index's length (16 digits).
//
// A file is used only when the format and key match, its length agrees with the index, and a
// section's CRC-32 matches when that section is first read: a damaged or truncated file is a
// miss. (CRC-32, not SHA-256: it guards against damage, not against someone who can write the
// cache folder, which is checked by owner; hashing 600 MB on every warm command would cost
// more than the query.) Written to a temporary file and renamed when complete.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';

export type Chunk = string | Uint8Array;
interface SectionIndex {
  name: string;
  offset: number;
  length: number;
  crc: number;
}

const MAGIC = 'storygraph-sections';
const TAIL = 16;
const FLUSH = 1 << 20;

/** Writes sections (each an iterable of chunks) to `file` atomically; false if it could not. */
export function writeSections(file: string, format: string, key: string, sections: Iterable<[string, Iterable<Chunk>]>): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    fd = openSync(tmp, 'w', 0o600);
    const out = fd;
    let position = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      const bytes = Buffer.concat(pending, pendingBytes);
      let done = 0;
      while (done < bytes.length) done += writeSync(out, bytes, done, bytes.length - done);
      pending = [];
      pendingBytes = 0;
    };
    const put = (chunk: Chunk): Buffer => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      pending.push(bytes);
      pendingBytes += bytes.length;
      position += bytes.length;
      if (pendingBytes >= FLUSH) flush();
      return bytes;
    };
    put(`${MAGIC} ${format} ${key}\n`);
    const index: SectionIndex[] = [];
    for (const [name, chunks] of sections) {
      const offset = position;
      let crc = 0;
      for (const chunk of chunks) {
        const bytes = put(chunk);
        // Never an empty chunk: zlib's crc32 of one with no memory behind it is 0, whatever came before.
        if (bytes.length) crc = crc32(bytes, crc);
      }
      index.push({ name, offset, length: position - offset, crc });
    }
    const json = JSON.stringify(index);
    put(json);
    put(String(Buffer.byteLength(json)).padStart(TAIL, '0'));
    flush();
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    return true;
  } catch {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing written */
    }
    return false;
  }
}

export interface Sections {
  has(name: string): boolean;
  /** The section's bytes, checked against its CRC-32 (throws SectionDamaged when they differ). */
  bytes(name: string): Buffer;
  close(): void;
}

export class SectionDamaged extends Error {}

/** The sections of `file` when it was written with this format and key (null: any key), else undefined. */
export function readSections(file: string, format: string, key: string | null): Sections | undefined {
  let fd: number;
  try {
    // Only a file this user wrote: a cache another user could plant is no cache.
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (uid !== undefined && statSync(file).uid !== uid) return undefined;
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  const read = (offset: number, length: number): Buffer => {
    const b = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(fd, b, done, length - done, offset + done);
      if (n === 0) throw new SectionDamaged('truncated');
      done += n;
    }
    return b;
  };
  try {
    const size = fstatSync(fd).size;
    let head = `${MAGIC} ${format} ${key}\n`;
    if (key === null) {
      // An older snapshot of the same folder (to update): its key is what its header says.
      const start = read(0, Math.min(size, 512)).toString('utf8');
      const prefix = `${MAGIC} ${format} `;
      const end = start.indexOf('\n');
      if (!start.startsWith(prefix) || end < 0) throw new SectionDamaged('foreign');
      head = start.slice(0, end + 1);
    }
    const headBytes = Buffer.byteLength(head);
    if (size < headBytes + TAIL || read(0, headBytes).toString('utf8') !== head) throw new SectionDamaged('foreign');
    const indexLength = Number(read(size - TAIL, TAIL).toString('latin1'));
    if (!Number.isInteger(indexLength) || indexLength <= 0 || indexLength > size - TAIL - headBytes) throw new SectionDamaged('index');
    const index = JSON.parse(read(size - TAIL - indexLength, indexLength).toString('utf8')) as SectionIndex[];
    const end = size - TAIL - indexLength;
    const byName = new Map(index.map((s) => [s.name, s]));
    if (index.some((s) => s.offset < headBytes || s.offset + s.length > end)) throw new SectionDamaged('index');
    return {
      has: (name) => byName.has(name),
      bytes(name) {
        const s = byName.get(name);
        if (!s) throw new SectionDamaged(`no section ${name}`);
        const b = read(s.offset, s.length);
        if (crc32(b) !== s.crc) throw new SectionDamaged(`section ${name}`);
        return b;
      },
      close: () => {
        try {
          closeSync(fd);
        } catch {
          /* closed */
        }
      },
    };
  } catch {
    try {
      closeSync(fd);
    } catch {
      /* closed */
    }
    return undefined;
  }
}
