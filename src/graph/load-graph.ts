// Loads the data folder and builds the graph: what every data command starts with. Each story
// is cached on its own once it loaded without problems (src/graph/cached-stories.ts): on
// unchanged stories a command reads them back instead of loading the schemas, checking and
// resolving every quote, and an edited story is the only one checked again. The graph itself
// is rebuilt each time (linear) and never serialised whole: a corpus's JSON outgrows V8's
// maximum string length at about 8,800 stories.
import { BUILD_ID } from '../cache/build-id.js';
import type { StoryGraph } from './build-graph.js';
import { DataError } from '../load/problem.js';

async function loadUncached(dataDir: string): Promise<StoryGraph> {
  const [{ loadStoriesOrThrow }, { buildGraph }] = await Promise.all([import('../load/load-data.js'), import('./build-graph.js')]);
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}

export async function loadGraph(dataDir: string): Promise<StoryGraph> {
  if (!BUILD_ID) return loadUncached(dataDir); // run from source: no cache
  const [{ loadStoriesCached }, { buildGraph }] = await Promise.all([import('./cached-stories.js'), import('./build-graph.js')]);
  const { stories, problems } = await loadStoriesCached(dataDir, BUILD_ID);
  if (problems.length) throw new DataError(problems);
  return buildGraph(stories, dataDir);
}
