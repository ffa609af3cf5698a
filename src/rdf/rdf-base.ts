// The base IRI for a run: STORYGRAPH_RDF_BASE if set (checked), else the default. A bad value is
// a usage error, reported before any output is written.
import { UsageError } from '../model/storygraph-error.js';
import { BASE_ENV, baseFromEnv } from './base-iri.js';

export function rdfBaseOrThrow(env: NodeJS.ProcessEnv = process.env): string {
  const base = baseFromEnv(env);
  if (base === undefined) throw new UsageError('invalid-base-iri', `${BASE_ENV}=${JSON.stringify(env[BASE_ENV])} is not an absolute http(s) IRI ending in "/"`);
  return base;
}
