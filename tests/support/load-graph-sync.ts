// Loads a data folder into the graph synchronously and without the cache: for tests and
// build scripts that run from source. The CLI uses src/cli/load-graph.ts (cached, lazy).
import { buildGraph, type StoryGraph } from '../../src/graph/build-graph.js';
import { loadStoriesOrThrow } from '../../src/load/load-data.js';

export function loadGraphSync(dataDir: string): StoryGraph {
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}
