// Per-story cache entries: one small file per story of a data folder, named by the story folder
// and holding the hash of the story's files (and of the code) it was made from. A corpus is
// never serialised as one string (V8 caps strings at 2^29 characters, ≈ 8,800 stories), and
// changing one story invalidates its entry only. STORYGRAPH_CACHE=0 turns it off. Each file is
// an entry of src/cache/entry.ts (format version, checksum) whose name is the hash of the story
// folder's name and key: a damaged, truncated or foreign file is a miss, removed and rebuilt.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_ENV, defaultCacheDir } from './data-cache.js';
import { entryContent } from './entry.js';
import { writeEntryFile } from './store.js';

export interface StoryEntries {
  /** The entry's text when it was made from exactly this key, else undefined. */
  get(name: string, key: string): string | undefined;
  /** Stores text under a name (replacing the entry of an earlier key); errors only cost time. */
  set(name: string, key: string, text: string): void;
}

/** The hash of the parts a story's entry depends on (the code's salt, the folder name, file bytes). */
export function entryKey(salt: string, parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256').update(salt);
  for (const p of parts) h.update(`\u0000${p.length}\u0000`).update(p);
  return h.digest('hex');
}

/** The entry store of one data folder, or undefined when caching is off. */
export function storyEntries(dataDir: string, options: { dir?: string; env?: NodeJS.ProcessEnv } = {}): StoryEntries | undefined {
  const env = options.env ?? process.env;
  if (env[CACHE_ENV] === '0') return undefined;
  const root = options.dir ?? defaultCacheDir(env);
  const folder = join(root, `${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}-stories`);
  const entryName = (name: string, key: string) => createHash('sha256').update(`${name}\u0000${key}`).digest('hex').slice(0, 32);
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  let made = false;
  return {
    get(name, key) {
      const file = join(folder, `${name}.json`);
      let bytes: Buffer;
      try {
        // Only a file this user wrote: a cache another user could plant is no cache.
        if (uid !== undefined && statSync(file).uid !== uid) return undefined;
        bytes = readFileSync(file);
      } catch {
        return undefined;
      }
      const content = entryContent(entryName(name, key), bytes);
      if (content) return content.toString('utf8');
      // An entry of an earlier key is simply old; anything else is damaged: either way it goes.
      try {
        rmSync(file, { force: true });
      } catch {
        /* a read-only cache still answers */
      }
      return undefined;
    },
    set(name, key, text) {
      const file = join(folder, `${name}.json`);
      try {
        if (!made) {
          mkdirSync(folder, { recursive: true, mode: 0o700 });
          made = true;
        }
      } catch {
        return; // a cache that cannot be written only costs time
      }
      writeEntryFile(file, entryName(name, key), [text]);
    },
  };
}
