// A data folder's RDF as N-Triples: what `storygraph sparql` loads into its store (and caches).
import { loadGraph } from '../cli/load-graph.js';
import { graphToQuads } from './graph-to-quads.js';
import { toNTriples } from './write-rdf.js';

export function dataNTriples(dataDir: string, base: string): string {
  return toNTriples(graphToQuads(loadGraph(dataDir), { base }));
}
