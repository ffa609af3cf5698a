// A data folder's RDF as N-Triples: what `storygraph sparql` loads into its store (and caches).
import { loadGraph } from '../graph/load-graph.js';
import { graphToQuads } from './graph-to-quads.js';
import { toNTriples } from './write-rdf.js';

export async function dataNTriples(dataDir: string, base: string): Promise<string> {
  return toNTriples(graphToQuads(await loadGraph(dataDir), { base }));
}
