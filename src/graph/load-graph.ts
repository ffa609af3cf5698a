// Loads the data folder and builds the graph: what every data command starts with. The
// validated graph is cached per data folder (src/cache/data-cache.ts): on unchanged data a
// command reads it back instead of loading the schemas, checking and resolving every quote.
import Graph from 'graphology';
import { BUILD_ID } from '../cache/build-id.js';
import { cachedText } from '../cache/data-cache.js';
import type { StoryGraph } from './build-graph.js';
import type { SerializedStoryGraph } from './serialize.js';

async function loadUncached(dataDir: string): Promise<StoryGraph> {
  const [{ loadStoriesOrThrow }, { buildGraph }] = await Promise.all([import('../load/load-data.js'), import('./build-graph.js')]);
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}

export async function loadGraph(dataDir: string): Promise<StoryGraph> {
  if (!BUILD_ID) return loadUncached(dataDir); // run from source: no cache
  let built: StoryGraph | undefined;
  const text = await cachedText({ dataDir, kind: 'graph', salt: BUILD_ID }, async () => {
    built = await loadUncached(dataDir);
    return JSON.stringify(built.export());
  });
  if (built) return built;
  const graph: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  // Not user input: this build wrote it (the key holds the build id) from a graph that loaded
  // without problems, so it is not checked again (that is what the cache saves).
  graph.import(JSON.parse(text) as SerializedStoryGraph);
  return graph;
}
