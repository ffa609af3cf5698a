// The cache folder: a flat folder of entries (src/cache/entry.ts), each written whole (a temp
// file, then a rename), read back only when sound (a damaged, truncated, foreign or old-format
// entry is removed and reported as a miss), and held under a size cap by evicting the least
// recently used entries (a read marks an entry used by touching its modification time).
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../model/storygraph-error.js';
import { entryContent, writeEntry, type Chunk } from './entry.js';
import { release, removeLeftovers, tempPath, track } from './temp-files.js';
import { compareStrings } from '../text/compare-strings.js';

export const CACHE_ENV = 'STORYGRAPH_CACHE';
export const CACHE_MAX_ENV = 'STORYGRAPH_CACHE_MAX';
export const DEFAULT_CACHE_MAX = 256 * 1024 * 1024;

/** Entry names: `<data folder hash>-<key>.<kind>`; nothing else in the folder is an entry. */
export const ENTRY_NAME = /^[0-9a-f]{16}-[0-9a-f]{32}\.[a-z0-9-]+$/;

/** $XDG_CACHE_HOME/storygraph, else ~/.cache/storygraph: a folder of this user's. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'storygraph');
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** STORYGRAPH_CACHE_MAX: bytes, or with a unit (K, M, G; binary multiples); 0 stores nothing. */
export function parseCacheMax(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_CACHE_MAX;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) throw new UsageError('cache-max-invalid', `${CACHE_MAX_ENV}=${value}: expected a size such as 268435456, 256M or 1G`);
  return Math.floor(Number(m[1]) * unit);
}

export interface CacheSettings {
  /** False with STORYGRAPH_CACHE=0. */
  enabled: boolean;
  dir: string;
  /** The size cap in bytes (STORYGRAPH_CACHE_MAX, default 256 MB). */
  max: number;
}

export function cacheSettings(env: NodeJS.ProcessEnv = process.env, dir?: string): CacheSettings {
  return { enabled: env[CACHE_ENV] !== '0', dir: dir ?? defaultCacheDir(env), max: parseCacheMax(env[CACHE_MAX_ENV]) };
}

/** A sound entry's content, or undefined (a bad entry is removed on the way). */
export function readEntry(dir: string, name: string): Buffer | undefined {
  const file = join(dir, name);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    // Only a file this user wrote: a cache another user could plant is no cache.
    if (!stat.isFile() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined; // not cached
  }
  const content = entryContent(name, bytes);
  try {
    if (!content) rmSync(file, { force: true });
    else utimesSync(file, new Date(), new Date()); // used now: last to be evicted
  } catch {
    // a read-only cache still answers
  }
  return content;
}

/**
 * Writes one entry file whole or not at all: a temp file of this process beside it (removed on
 * error and on signals), then a rename. Returns whether it was written; never throws.
 */
export function writeEntryFile(file: string, name: string, chunks: Iterable<Chunk>): boolean {
  const tmp = tempPath(file);
  track(tmp);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeEntry(fd, name, chunks);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing more to do */
    }
    return false;
  } finally {
    release(tmp);
  }
}

/**
 * Stores an entry (replacing the entries that `replaces` names), then evicts least recently used
 * entries past `max`. Returns whether it was stored; a cache that cannot be written only costs
 * time, so this never throws.
 */
export function storeEntry(settings: CacheSettings, name: string, chunks: Iterable<Chunk>, replaces: (name: string) => boolean = () => false): boolean {
  const { dir } = settings;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    removeLeftovers(dir);
  } catch {
    return false;
  }
  if (!writeEntryFile(join(dir, name), name, chunks)) return false;
  for (const other of entries(dir)) {
    if (other.name !== name && replaces(other.name)) rmSync(join(dir, other.name), { force: true });
  }
  evict(dir, settings.max);
  return entries(dir).some((e) => e.name === name);
}

export interface EntryInfo {
  name: string;
  kind: string;
  bytes: number;
  /** When it was last written or read (ms since the epoch). */
  used: number;
}

/** The whole-graph snapshots (src/graph/graph-snapshot.ts) and the per-story entry folders. */
const SNAPSHOT_NAME = /^[0-9a-f]{16}-graph\.snapshot$/;
const STORIES_FOLDER = /^[0-9a-f]{16}-stories$/;

/**
 * The entries of the cache folder, least recently used first: the flat entries, the graph
 * snapshots and the per-story entries (`<folder>-stories/<file>`), so the cap and `cache info`
 * count them all.
 */
export function entries(dir: string): EntryInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: EntryInfo[] = [];
  const add = (name: string, kind: string) => {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat?.isFile()) out.push({ name, kind, bytes: stat.size, used: stat.mtimeMs });
  };
  for (const name of names) {
    if (ENTRY_NAME.test(name)) add(name, name.slice(name.lastIndexOf('.') + 1));
    else if (SNAPSHOT_NAME.test(name)) add(name, 'graph-snapshot');
    else if (STORIES_FOLDER.test(name)) {
      let files: string[] = [];
      try {
        files = readdirSync(join(dir, name));
      } catch {
        /* removed meanwhile */
      }
      for (const f of files) if (!f.startsWith('.')) add(`${name}/${f}`, 'story');
    }
  }
  return out.sort((a, b) => a.used - b.used || compareStrings(a.name, b.name));
}

/** Removes least recently used entries until the folder holds at most `max` bytes of entries. */
export function evict(dir: string, max: number): void {
  const all = entries(dir);
  let total = all.reduce((n, e) => n + e.bytes, 0);
  for (const e of all) {
    if (total <= max) break;
    try {
      rmSync(join(dir, e.name), { force: true });
      total -= e.bytes;
    } catch {
      // left for the next eviction
    }
  }
}

/** Removes every entry and the temp files of processes that are gone; returns what went. */
export function clearCache(dir: string): { entries: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const e of entries(dir)) {
    try {
      rmSync(join(dir, e.name), { force: true });
      count += 1;
      bytes += e.bytes;
    } catch {
      // not ours to remove
    }
  }
  removeLeftovers(dir);
  return { entries: count, bytes };
}
