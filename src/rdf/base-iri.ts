// The base IRI of node, relation and story IRIs: the default, or STORYGRAPH_RDF_BASE (checked).
// Kept free of RDF libraries so that commands can check it before loading any.
export const DEFAULT_BASE = 'https://storygraph.invalid/';
export const BASE_ENV = 'STORYGRAPH_RDF_BASE';

/** An absolute http(s) IRI ending in "/", without spaces, quotes or angle brackets. */
export function isValidBase(base: string): boolean {
  return /^https?:\/\/[^\s<>"{}|\\^`]+\/$/.test(base);
}

/** The base from the environment, the default if unset; undefined if set but invalid. */
export function baseFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const v = env[BASE_ENV];
  if (v === undefined || v === '') return DEFAULT_BASE;
  return isValidBase(v) ? v : undefined;
}
