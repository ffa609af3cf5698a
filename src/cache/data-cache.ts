// A per-data-folder cache of derived text (the validated graph, its N-Triples) between runs, so
// that commands on unchanged data skip parsing, schema checks and quote resolution. The key
// hashes every byte the result can depend on: every file of the data folder (symlinks followed,
// dot entries skipped) and a salt naming the code that made it. Only data that loaded without
// problems is ever stored. STORYGRAPH_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const CACHE_ENV = 'STORYGRAPH_CACHE';
const MAX_DEPTH = 4;

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
export function dataHash(dataDir: string): string | undefined {
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
  /** What kind of result this is (the file extension); one entry per kind and data folder. */
  kind: string;
  /** Everything besides the data that the result depends on (code identity, options). */
  salt: string;
  dir?: string;
  env?: NodeJS.ProcessEnv;
}

/** The cached text for this data, or `build()`'s result, stored for next time. */
export async function cachedText(options: CacheOptions, build: () => string | Promise<string>): Promise<string> {
  const env = options.env ?? process.env;
  const data = env[CACHE_ENV] === '0' ? undefined : dataHash(options.dataDir);
  if (!data) return build();
  const dir = options.dir ?? defaultCacheDir(env);
  const folder = createHash('sha256').update(resolve(options.dataDir)).digest('hex').slice(0, 16);
  const key = createHash('sha256').update(`${options.salt}\u0000${data}`).digest('hex').slice(0, 32);
  const file = join(dir, `${folder}-${key}.${options.kind}`);
  try {
    // Only a file this user wrote: a cache another user could plant is no cache.
    if (typeof process.getuid !== 'function' || statSync(file).uid === process.getuid()) return readFileSync(file, 'utf8');
  } catch {
    // not cached yet
  }
  const text = await build();
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // One entry per data folder and kind: earlier versions go.
    for (const old of readdirSync(dir)) if (old.startsWith(`${folder}-`) && old.endsWith(`.${options.kind}`)) rmSync(join(dir, old), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return text;
}
