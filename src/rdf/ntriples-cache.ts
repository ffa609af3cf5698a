// Caches a data folder's N-Triples between runs of `storygraph sparql`, so that repeated queries
// skip loading, checking and converting the stories (most of a run's time besides the store).
// The fingerprinting and storage are the shared data cache's (src/cache/data-cache.ts).
import { cachedText, type CacheOptions } from '../cache/data-cache.js';

export { CACHE_ENV, defaultCacheDir } from '../cache/data-cache.js';

/** The cached N-Triples for this data, or `build()`'s result, stored for next time. */
export function cachedNTriples(options: Omit<CacheOptions, 'kind'>, build: () => string | Promise<string>): Promise<string> {
  return cachedText({ ...options, kind: 'nt' }, build);
}
