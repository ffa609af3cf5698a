// The formats made as one text in memory (all but graphology, turtle and ntriples, which stream)
// are refused when the corpus would make them too large, with a coded error naming the streamed
// formats, before anything is built: at 10,000 generated stories JSON-LD would be ≈ 4.4 GB,
// past V8's maximum string length (2^29 characters) and the memory of one machine.
import type { ReadGraph } from '../graph/read-graph.js';
import { countGraph } from '../graph/graph-counts.js';
import { OutputError } from '../model/storygraph-error.js';
import type { FormatSpec } from './exporter.js';

/** Largest estimated output of an in-memory format, in bytes (STORYGRAPH_EXPORT_MAX_BYTES changes it). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** Outputs estimated above this are not copied into the cache (a copy would double the memory). */
export const CACHE_MAX_BYTES = 32 * 1024 * 1024;

/** The estimated output size of a format for a graph, in bytes; 0 for streamed formats. */
export function estimatedBytes(spec: FormatSpec, graph: ReadGraph): number {
  if (!spec.bytesPerElement) return 0;
  const c = countGraph(graph);
  return spec.bytesPerElement * (c.nodes + c.edges + c.evidence);
}

export function maxExportBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.STORYGRAPH_EXPORT_MAX_BYTES);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_MAX_BYTES;
}

const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en')} MB`;

/** Throws export-too-large when a format made in memory would be larger than the limit. */
export function checkExportSize(format: string, spec: FormatSpec, graph: ReadGraph, env: NodeJS.ProcessEnv = process.env): number {
  const bytes = estimatedBytes(spec, graph);
  const max = maxExportBytes(env);
  if (bytes > max) {
    const rdf = ['jsonld', 'annotations'].includes(format) ? 'turtle or ntriples' : 'graphology (or turtle, ntriples for RDF)';
    throw new OutputError(
      'export-too-large',
      `--format ${format} of this corpus would be about ${mb(bytes)}, made in memory (limit ${mb(max)}, STORYGRAPH_EXPORT_MAX_BYTES): use --format ${rdf}, which stream at any size`,
    );
  }
  return bytes;
}
