// Loads the stories of a data folder through the per-story cache (src/cache/story-entries.ts):
// a story whose files and code are unchanged is read back from its entry, already checked and
// with its quotes resolved; only the others are loaded (schemas, checks, quote resolution) and
// stored. Each file is read once: the bytes that were hashed for the key are the bytes checked.
// The checks between stories run on every load, over all of them (loadStoriesCached); the
// snapshot update (snapshot-update.ts) loads only the changed folders (loadStoryDirsCached).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { entryKey, storyEntries } from '../cache/story-entries.js';
import type { LoadedStory, StoryBytes, StoryEdge } from '../load/load-story.js';
import type { Problem } from '../load/problem.js';
import { crossStoryProblems, listStoryDirs } from '../load/story-dirs.js';
import type { NodeAttributes, StoryAttributes } from '../model/graph-attributes.js';
import { STORY_FILES } from '../model/story-file-names.js';

interface Entry {
  story: StoryAttributes;
  nodes: [string, NodeAttributes][];
  edges: StoryEdge[];
  nodeWhere: [string, string][];
}

const PARTS = ['text', 'meta', 'annotations'] as const;

/** A story folder's files and the key of its entry, or undefined when a file cannot be read (no cache then). */
function readFolder(dir: string, salt: string): { key: string; bytes: StoryBytes } | undefined {
  try {
    const files = PARTS.map((p) => readFileSync(join(dir, STORY_FILES[p])));
    return { key: entryKey(salt, [basename(dir), ...files]), bytes: { text: files[0], meta: files[1], annotations: files[2] } };
  } catch {
    return undefined;
  }
}

export interface CachedLoad {
  stories: LoadedStory[];
  problems: Problem[];
  /** Story folders that were loaded and checked in this run (the rest came from the cache). */
  loaded: string[];
}

/** These story folders, each from its entry or loaded (and stored), in order; without the checks between stories. */
export async function loadStoryDirsCached(dataDir: string, dirs: readonly string[], salt: string, env: NodeJS.ProcessEnv = process.env): Promise<CachedLoad> {
  const problems: Problem[] = [];
  const entries = storyEntries(dataDir, { env });
  const slots: (LoadedStory | undefined)[] = [];
  const loaded: string[] = [];
  let loadStory: typeof import('../load/load-story.js').loadStory | undefined;
  for (const dir of dirs) {
    const read = entries && readFolder(dir, salt);
    const text = read && entries.get(basename(dir), read.key);
    if (text) {
      const e = JSON.parse(text) as Entry;
      slots.push({ story: e.story, nodes: new Map(e.nodes), edges: e.edges, nodeWhere: new Map(e.nodeWhere) });
      continue;
    }
    // Loaded at once, with the bytes just hashed (not kept for later: 470 MB at 10,000 stories).
    // The schemas load only when some story changed.
    loadStory ??= (await import('../load/load-story.js')).loadStory;
    const r = loadStory(dir, read?.bytes ?? {});
    loaded.push(dir);
    problems.push(...r.problems);
    slots.push(r.story);
    // Only a story that loaded without problems is stored.
    if (r.story && entries && read && !r.problems.length) {
      const entry: Entry = { story: r.story.story, nodes: [...r.story.nodes], edges: r.story.edges, nodeWhere: [...r.story.nodeWhere] };
      entries.set(basename(dir), read.key, JSON.stringify(entry));
    }
  }
  return { stories: slots.filter((s): s is LoadedStory => s !== undefined), problems, loaded };
}

export async function loadStoriesCached(dataDir: string, salt: string, env: NodeJS.ProcessEnv = process.env): Promise<CachedLoad> {
  const { dirs, problems } = listStoryDirs(dataDir);
  if (problems.length) return { stories: [], problems, loaded: [] };
  const load = await loadStoryDirsCached(dataDir, dirs, salt, env);
  load.problems.push(...crossStoryProblems(load.stories, dataDir));
  return load;
}
