// A per-data-folder cache of derived results (the validated graph, its N-Triples, exports)
// between runs, so that commands on unchanged data skip parsing, schema checks and quote
// resolution. The whole API:
//
//   openCache(options)          the slot of one result: its cached bytes (hit), and store(chunks)
//   cachedText(options, build)  the cached text, or build()'s result stored for next time
//   cacheSettings, entries, clearCache, defaultCacheDir   (src/cache/store.ts: `storygraph cache`)
//
// The key hashes every byte the result can depend on: every file of the data folder
// (src/cache/data-snapshot.ts) and a salt naming the code and options that made it. A result is
// stored only if the data did not change while it was built, only for data that loaded without
// problems (a build that throws stores nothing), in the entry format of src/cache/entry.ts
// (version and checksum: a bad entry is a miss, removed and rebuilt), one entry per data folder
// and kind, in a folder capped at STORYGRAPH_CACHE_MAX. STORYGRAPH_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Chunk } from './entry.js';
import { snapshotData, unchangedSince } from './data-snapshot.js';
import { cacheSettings, readEntry, storeEntry } from './store.js';

export { CACHE_ENV, CACHE_MAX_ENV, cacheSettings, clearCache, defaultCacheDir, entries } from './store.js';
export type { Chunk } from './entry.js';

export interface CacheOptions {
  dataDir: string;
  /** What kind of result this is (the entry's extension: [a-z0-9-]+); one entry per kind and data folder. */
  kind: string;
  /** Everything besides the data that the result depends on (code identity, options). */
  salt: string;
  /** The cache folder (default: cacheSettings' from the environment). */
  dir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface CacheSlot {
  /** The cached content, verified; undefined on a miss. */
  hit: Buffer | undefined;
  /** Stores the result built from the data as the slot saw it; false if not stored (the data
   *  changed meanwhile, or the cache cannot be written). Chunks are written as they come. */
  store(chunks: Iterable<Chunk>): boolean;
}

/** The cache slot of one result of a data folder; undefined when the cache is off or the data unreadable. */
export function openCache(options: CacheOptions): CacheSlot | undefined {
  const settings = cacheSettings(options.env ?? process.env, options.dir);
  if (!settings.enabled || !/^[a-z0-9-]+$/.test(options.kind)) return undefined;
  const snapshot = snapshotData(options.dataDir);
  if (!snapshot) return undefined;
  const folder = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 16);
  const key = createHash('sha256').update(`${options.salt}\u0000${snapshot.hash}`).digest('hex').slice(0, 32);
  const name = `${folder}-${key}.${options.kind}`;
  return {
    hit: readEntry(settings.dir, name),
    store: (chunks) =>
      unchangedSince(snapshot) &&
      // One entry per data folder and kind: earlier versions go.
      storeEntry(settings, name, chunks, (other) => other.startsWith(`${folder}-`) && other.endsWith(`.${options.kind}`)),
  };
}

/** The cached text for this data, or `build()`'s result, stored for next time. */
export async function cachedText(options: CacheOptions, build: () => string | Promise<string>): Promise<string> {
  const slot = openCache(options);
  if (slot?.hit) return slot.hit.toString('utf8');
  const text = await build();
  slot?.store([text]);
  return text;
}
