// Loads the data folder and builds the graph: what every data command starts with.
import { loadStoriesOrThrow } from '../load/load-data.js';
import { buildGraph, type StoryGraph } from '../graph/build-graph.js';

export function loadGraph(dataDir: string): StoryGraph {
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}
