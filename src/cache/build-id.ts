// The identity of the built code: a hash of the sources that rolldown writes into the bundle
// (rolldown.config.mjs). Caches key on it; run from source (tests) there is none, and no cache.
declare const __STORYGRAPH_BUILD__: string | undefined;

export const BUILD_ID: string | undefined = typeof __STORYGRAPH_BUILD__ === 'string' ? __STORYGRAPH_BUILD__ : undefined;
