// A data folder's RDF as N-Triples: what `storygraph sparql` loads into its store (and caches).
// The embedded store holds every triple in memory, so past a size it fails instead of answering
// (oxigraph ran out of memory at about 4.5 M triples, 1,000 synthetic stories): the conversion
// stops at SPARQL_MAX_TRIPLES with a coded error that points to a SPARQL server.
import { Writer } from 'n3';
import { loadGraph } from '../graph/load-graph.js';
import { StorygraphError, EXIT } from '../model/storygraph-error.js';
import { streamQuads } from './graph-to-quads.js';

export const SPARQL_MAX_TRIPLES_ENV = 'STORYGRAPH_SPARQL_MAX_TRIPLES';
export const SPARQL_MAX_TRIPLES = 3_000_000;

export function maxTriples(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env[SPARQL_MAX_TRIPLES_ENV]);
  return Number.isInteger(v) && v > 0 ? v : SPARQL_MAX_TRIPLES;
}

export async function dataNTriples(dataDir: string, base: string, limit = maxTriples()): Promise<string> {
  const graph = await loadGraph(dataDir);
  // Each evidence quote is 13 to 16 triples, a node or a relation about 8 more: a lower bound
  // known before any triple is made, so a corpus far too large fails at once.
  let estimate = 8 * (graph.order + graph.size);
  graph.forEachNode((_, a) => {
    estimate += 13 * a.evidence.length;
  });
  graph.forEachEdge((_, a) => {
    estimate += 13 * a.evidence.length;
  });
  const tooLarge = () =>
    new StorygraphError(
      'sparql-too-large',
      `${dataDir}: more than ${limit.toLocaleString('en')} triples (${graph.getAttribute('stories').length} stories) is too large for the embedded SPARQL engine; query a SPARQL server with --endpoint URL (README, "Scale"), or raise ${SPARQL_MAX_TRIPLES_ENV}`,
      EXIT.data,
    );
  if (estimate > limit) throw tooLarge();
  const parts: string[] = [];
  const writer = new Writer(
    {
      write: (chunk: string, _e: unknown, done?: () => void) => {
        parts.push(chunk);
        done?.();
      },
      end: (done?: () => void) => done?.(),
    } as unknown as NodeJS.WritableStream,
    { format: 'N-Triples' },
  );
  let count = 0;
  streamQuads(graph, { base }, (q) => {
    if (++count > limit) {
      throw tooLarge();
    }
    writer.addQuad(q);
  });
  writer.end();
  return parts.join('');
}
