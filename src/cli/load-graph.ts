// Loads the data folder and builds the graph: what every data command starts with. The
// validated graph is cached per data folder (src/cache/data-cache.ts): on unchanged data a
// command reads it back instead of loading the schemas, checking and resolving every quote.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { cachedText } from '../cache/data-cache.js';
import type { StoryGraph } from '../graph/build-graph.js';
import type { SerializedStoryGraph } from '../graph/serialize.js';

async function loadUncached(dataDir: string): Promise<StoryGraph> {
  const [{ loadStoriesOrThrow }, { buildGraph }] = await Promise.all([import('../load/load-data.js'), import('../graph/build-graph.js')]);
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}

export async function loadGraph(dataDir: string): Promise<StoryGraph> {
  const self = fileURLToPath(import.meta.url);
  // Run from source (tests), this file's text does not change with the loader's: no cache.
  if (self.endsWith('.ts')) return loadUncached(dataDir);
  // Built, this chunk imports the loader's chunks by content-hashed names: its text names the code.
  let built: StoryGraph | undefined;
  const text = await cachedText({ dataDir, kind: 'graph', salt: readFileSync(self, 'utf8') }, async () => {
    built = await loadUncached(dataDir);
    return JSON.stringify(built.export());
  });
  if (built) return built;
  const graph: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.import(JSON.parse(text) as SerializedStoryGraph);
  return graph;
}
