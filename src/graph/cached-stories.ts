// Loads the stories of a data folder through the per-story cache (src/cache/story-entries.ts):
// a story whose files and code are unchanged is read back from its entry, already checked and
// with its quotes resolved; only the others are loaded (schemas, checks, quote resolution) and
// stored. The checks between stories run on every load, over all of them.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { entryKey, storyEntries } from '../cache/story-entries.js';
import type { LoadedStory, StoryEdge } from '../load/load-story.js';
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

const FILES = [STORY_FILES.text, STORY_FILES.meta, STORY_FILES.annotations];

/** The key of a story folder's entry, or undefined when a file cannot be read (no cache then). */
function folderKey(dir: string, salt: string): string | undefined {
  try {
    return entryKey(salt, [basename(dir), ...FILES.map((f) => readFileSync(join(dir, f)))]);
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

export async function loadStoriesCached(dataDir: string, salt: string, env: NodeJS.ProcessEnv = process.env): Promise<CachedLoad> {
  const { dirs, problems } = listStoryDirs(dataDir);
  if (problems.length) return { stories: [], problems, loaded: [] };
  const entries = storyEntries(dataDir, { env });
  const slots: (LoadedStory | undefined)[] = [];
  const misses: { index: number; dir: string; key: string | undefined }[] = [];
  dirs.forEach((dir, index) => {
    const key = entries && folderKey(dir, salt);
    const text = key && entries.get(basename(dir), key);
    if (text) {
      const e = JSON.parse(text) as Entry;
      slots.push({ story: e.story, nodes: new Map(e.nodes), edges: e.edges, nodeWhere: new Map(e.nodeWhere) });
    } else {
      slots.push(undefined);
      misses.push({ index, dir, key });
    }
  });
  if (misses.length) {
    // The schemas load only when some story changed.
    const { loadStory } = await import('../load/load-story.js');
    for (const { index, dir, key } of misses) {
      const r = loadStory(dir);
      problems.push(...r.problems);
      if (!r.story) continue;
      slots[index] = r.story;
      // Only a story that loaded without problems is stored.
      if (entries && key && !r.problems.length) {
        const entry: Entry = { story: r.story.story, nodes: [...r.story.nodes], edges: r.story.edges, nodeWhere: [...r.story.nodeWhere] };
        entries.set(basename(dir), key, JSON.stringify(entry));
      }
    }
  }
  const stories = slots.filter((s): s is LoadedStory => s !== undefined);
  problems.push(...crossStoryProblems(stories, dataDir));
  return { stories, problems, loaded: misses.map((m) => m.dir) };
}
