// Loads the data folder and builds the graph: what every data command starts with. The
// validated graph is cached per data folder (src/cache/data-cache.ts): on unchanged data a
// command reads it back instead of loading the schemas, checking and resolving every quote.
//
// The cached graph is JSON lines (the graph's attributes, then one line per node and per edge,
// in insertion order), written and read a line at a time: never one string of the whole graph,
// and nothing serialised at all when the cache is off.
import Graph from 'graphology';
import { BUILD_ID } from '../cache/build-id.js';
import { openCache, type Chunk } from '../cache/data-cache.js';
import type { StoryGraph } from './build-graph.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';

async function loadUncached(dataDir: string): Promise<StoryGraph> {
  const [{ loadStoriesOrThrow }, { buildGraph }] = await Promise.all([import('../load/load-data.js'), import('./build-graph.js')]);
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}

type Line = ['n', string, NodeAttributes] | ['e', string, string, string, EdgeAttributes];

function* graphLines(graph: StoryGraph): Generator<Chunk> {
  yield `${JSON.stringify(graph.getAttributes())}\n`;
  for (const { node, attributes } of graph.nodeEntries()) yield `${JSON.stringify(['n', node, attributes])}\n`;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) yield `${JSON.stringify(['e', edge, source, target, attributes])}\n`;
}

function readGraphLines(bytes: Buffer): StoryGraph {
  const graph: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  let start = 0;
  let first = true;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const json = bytes.toString('utf8', start, end);
    start = end + 1;
    if (first) {
      graph.replaceAttributes(JSON.parse(json) as GraphAttributes);
      first = false;
      continue;
    }
    const line = JSON.parse(json) as Line;
    if (line[0] === 'n') graph.addNode(line[1], line[2]);
    else graph.addDirectedEdgeWithKey(line[1], line[2], line[3], line[4]);
  }
  if (first) throw new Error('empty graph entry');
  return graph;
}

export async function loadGraph(dataDir: string): Promise<StoryGraph> {
  if (!BUILD_ID) return loadUncached(dataDir); // run from source: no cache
  const slot = openCache({ dataDir, kind: 'graph', salt: BUILD_ID });
  if (slot?.hit) {
    // Not user input: this build wrote it (the key holds the build id, the entry a checksum) from
    // a graph that loaded without problems, so it is not checked again (that is what the cache
    // saves). Should it still not read back, the data is loaded as if uncached.
    try {
      return readGraphLines(slot.hit);
    } catch {
      // fall through to an uncached load, which stores a fresh entry
    }
  }
  const graph = await loadUncached(dataDir);
  slot?.store(graphLines(graph));
  return graph;
}
