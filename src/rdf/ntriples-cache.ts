// Caches a data folder's N-Triples between runs of `storygraph sparql`, so that repeated queries
// skip loading, checking and converting the stories (most of a run's time besides the store).
// The key hashes every byte that the triples can depend on: every file of the data folder
// (symlinks followed), the base IRI and the code that made them; a cached copy exists only for
// data that loaded without problems.
// STORYGRAPH_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const CACHE_ENV = 'STORYGRAPH_CACHE';
const MAX_DEPTH = 4;

/** Hashes every file under a folder (symlinks followed, dot entries skipped), names included. */
function hashTree(h: ReturnType<typeof createHash>, dir: string, rel: string, depth: number): void {
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (depth >= MAX_DEPTH) throw new Error(`${path}: too deep to fingerprint`);
      hashTree(h, path, `${rel}${name}/`, depth + 1);
    } else if (stat.isFile()) {
      h.update(`\u0000${rel}${name}\u0000${stat.size}\u0000`);
      h.update(readFileSync(path));
    }
  }
}

/** The hash of every file of a data folder, or undefined if the folder cannot be read. */
function dataHash(dataDir: string): string | undefined {
  try {
    const h = createHash('sha256');
    hashTree(h, dataDir, '', 0);
    return h.digest('hex');
  } catch {
    return undefined;
  }
}

/** $XDG_CACHE_HOME/storygraph, else ~/.cache/storygraph: a folder of this user's. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'storygraph');
}

export interface CacheOptions {
  dataDir: string;
  /** Everything besides the data that the triples depend on (base IRI, code identity). */
  salt: string;
  dir?: string;
  env?: NodeJS.ProcessEnv;
}

/** The cached N-Triples for this data, or `build()`'s result, stored for next time. */
export async function cachedNTriples(options: CacheOptions, build: () => string | Promise<string>): Promise<string> {
  const env = options.env ?? process.env;
  const data = env[CACHE_ENV] === '0' ? undefined : dataHash(options.dataDir);
  if (!data) return build();
  const dir = options.dir ?? defaultCacheDir(env);
  const folder = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 16);
  const key = createHash('sha256').update(`${options.salt}\u0000${data}`).digest('hex').slice(0, 32);
  const file = join(dir, `${folder}-${key}.nt`);
  try {
    // Only a file this user wrote: a cache another user could plant is no cache.
    if (typeof process.getuid !== 'function' || statSync(file).uid === process.getuid()) return readFileSync(file, 'utf8');
  } catch {
    // not cached yet
  }
  const nt = await build();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // One entry per data folder: earlier versions of this folder's triples go.
    for (const old of readdirSync(dir)) if (old.startsWith(`${folder}-`)) rmSync(join(dir, old), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, nt);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return nt;
}
