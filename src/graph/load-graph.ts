// Loads the data folder and builds the graph: what every data command starts with. Each story
// is cached on its own once it loaded without problems (src/graph/cached-stories.ts): on
// unchanged stories a command reads them back instead of loading the schemas, checking and
// resolving every quote, and an edited story is the only one checked again. The merged graph is
// kept too, as a snapshot in sections (graph-snapshot.ts) that the query commands open lazily
// (loadQueryGraph), updated story by story when a few stories changed (snapshot-update.ts); it
// is never serialised to one string: a corpus's JSON outgrows V8's maximum string length at
// about 8,800 stories.
import { BUILD_ID } from '../cache/build-id.js';
import type { StoryGraph } from './build-graph.js';
import type { ReadGraph } from './read-graph.js';
import { DataError } from '../load/problem.js';
import type { LoadedStory } from '../load/load-story.js';

async function loadUncached(dataDir: string): Promise<StoryGraph> {
  const [{ loadStoriesOrThrow }, { buildGraph }] = await Promise.all([import('../load/load-data.js'), import('./build-graph.js')]);
  return buildGraph(loadStoriesOrThrow(dataDir), dataDir);
}

async function buildCached(dataDir: string, salt: string): Promise<{ graph: StoryGraph; stories: LoadedStory[] }> {
  const [{ loadStoriesCached }, { buildGraph }] = await Promise.all([import('./cached-stories.js'), import('./build-graph.js')]);
  const { stories, problems } = await loadStoriesCached(dataDir, salt);
  if (problems.length) throw new DataError(problems);
  return { graph: buildGraph(stories, dataDir), stories };
}

/** The whole graph as graphology (exports, the site): built from the (cached) stories. */
export async function loadGraph(dataDir: string): Promise<StoryGraph> {
  if (!BUILD_ID) return loadUncached(dataDir); // run from source: no cache
  const { snapshotCurrent, snapshotSlot, writeSnapshot } = await import('./graph-snapshot.js');
  const slot = snapshotSlot(dataDir, BUILD_ID);
  const { graph, stories } = await buildCached(dataDir, BUILD_ID);
  if (slot && !snapshotCurrent(slot)) writeSnapshot(slot, graph, stories);
  return graph;
}

/**
 * The graph for reading (queries, validate, stats): the snapshot of the last build when no file
 * of the data folder changed since, decoded lazily; else built (and snapshotted) as loadGraph.
 * Only data that loaded without problems is ever snapshotted, so a hit is also a valid corpus.
 */
export async function loadQueryGraph(dataDir: string): Promise<ReadGraph> {
  if (!BUILD_ID) return loadUncached(dataDir);
  const { openSnapshot, snapshotSlot, writeSnapshot } = await import('./graph-snapshot.js');
  const slot = snapshotSlot(dataDir, BUILD_ID);
  const hit = slot && openSnapshot(slot);
  if (hit) return hit;
  const current = () => snapshotSlot(dataDir, BUILD_ID!)?.key === slot?.key;
  if (slot) {
    // A few stories changed since the last snapshot: update it with those only.
    const { updateSnapshot } = await import('./snapshot-update.js');
    const updated = (await updateSnapshot(slot, dataDir, BUILD_ID, { stillCurrent: current })) && openSnapshot(slot);
    if (updated) return updated;
  }
  const { graph, stories } = await buildCached(dataDir, BUILD_ID);
  // Stored only if no file changed while the graph was built (its key is taken again after).
  if (slot && current()) writeSnapshot(slot, graph, stories);
  return graph;
}

/** The graphology graph of what loadQueryGraph gave: itself when it was built, else built now. */
export async function fullGraph(graph: ReadGraph, dataDir: string): Promise<StoryGraph> {
  const { SnapshotGraph } = await import('./snapshot-graph.js');
  return graph instanceof SnapshotGraph ? loadGraph(dataDir) : (graph as StoryGraph);
}
