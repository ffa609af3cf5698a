// What a cached result of a data folder is keyed on: the hash of every file (symlinks followed,
// dot entries skipped), and proof that the files did not change while the result was built.
//
// The loader reads the files again after they are hashed, so an edit during a run could store
// the new data's result under the old data's key. Each file's identity (inode, size, change and
// modification times, taken before its bytes are read) is recorded with the hash; a result is
// stored only if, once built, every file still has the same identity, so the bytes the loader
// parsed are the bytes that were hashed. Any write changes a file's change time (which no
// program can set back), except one in the same clock tick as the last write before the
// snapshot: files changed that recently are "racy" (as git calls them), and for them the
// content is hashed again before storing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';

const MAX_DEPTH = 4;
/** Beyond any coarse kernel clock tick; file systems with whole-second times get two seconds. */
const RACY_NS = 100_000_000n;
const SECOND_NS = 1_000_000_000n;

export interface DataSnapshot {
  dataDir: string;
  /** sha256 of every file's path, length and bytes. */
  hash: string;
  /** sha256 of every file's path and identity. */
  stamps: string;
  /** Some file changed so recently that only its content can show a later change. */
  racy: boolean;
}

type Visit = (path: string, rel: string, stat: BigIntStats) => void;

function walk(dir: string, rel: string, depth: number, visit: Visit): void {
  for (const name of readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()) {
    const path = join(dir, name);
    const stat = statSync(path, { bigint: true });
    if (stat.isDirectory()) {
      if (depth >= MAX_DEPTH) throw new Error(`${path}: too deep to fingerprint`);
      walk(path, `${rel}${name}/`, depth + 1, visit);
    } else if (stat.isFile()) {
      visit(path, `${rel}${name}`, stat);
    }
  }
}

interface Scan {
  hash?: string;
  stamps: string;
  racy: boolean;
}

function scan(dataDir: string, withContent: boolean): Scan {
  const start = BigInt(Date.now()) * 1_000_000n;
  const content = createHash('sha256');
  const stamps = createHash('sha256');
  let racy = false;
  walk(dataDir, '', 0, (path, rel, stat) => {
    stamps.update(`\u0000${rel}\u0000${stat.ino}\u0000${stat.size}\u0000${stat.mtimeNs}\u0000${stat.ctimeNs}`);
    const window = stat.ctimeNs % SECOND_NS === 0n ? 2n * SECOND_NS : RACY_NS;
    if (stat.ctimeNs + window > start || stat.mtimeNs + window > start) racy = true;
    if (withContent) {
      const bytes = readFileSync(path);
      content.update(`\u0000${rel}\u0000${bytes.length}\u0000`);
      content.update(bytes);
    }
  });
  return { hash: withContent ? content.digest('hex') : undefined, stamps: stamps.digest('hex'), racy };
}

/** A snapshot of a data folder, or undefined if it cannot be read (then nothing is cached). */
export function snapshotData(dataDir: string): DataSnapshot | undefined {
  try {
    const s = scan(dataDir, true);
    return { dataDir, hash: s.hash!, stamps: s.stamps, racy: s.racy };
  } catch {
    return undefined;
  }
}

/** Whether the data folder is still exactly as the snapshot saw it. */
export function unchangedSince(snapshot: DataSnapshot): boolean {
  try {
    const now = scan(snapshot.dataDir, snapshot.racy);
    return now.stamps === snapshot.stamps && (!snapshot.racy || now.hash === snapshot.hash);
  } catch {
    return false;
  }
}
