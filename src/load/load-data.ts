// Loads every story under a data folder (data/stories/<id>/) and collects all problems.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory, type LoadedStory } from './load-story.js';
import { DataError, type Problem } from './problem.js';

export const STORIES_DIR = 'stories';

export function loadStories(dataDir: string): { stories: LoadedStory[]; problems: Problem[] } {
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    return { stories: [], problems: [{ file: dataDir, where: '', code: 'data-dir-missing', message: 'the data folder does not exist' }] };
  }
  const root = join(dataDir, STORIES_DIR);
  const dirs = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  if (dirs.length === 0) {
    return { stories: [], problems: [{ file: root, where: '', code: 'data-dir-empty', message: `no story folders (expected ${STORIES_DIR}/<story-id>/ with article.txt, story.json, annotations.json)` }] };
  }
  const stories: LoadedStory[] = [];
  const problems: Problem[] = [];
  for (const name of dirs) {
    const r = loadStory(join(root, name));
    problems.push(...r.problems);
    if (r.story) stories.push(r.story);
  }
  return { stories, problems };
}

/** Loads and throws a DataError carrying every problem when any is found. */
export function loadStoriesOrThrow(dataDir: string): LoadedStory[] {
  const { stories, problems } = loadStories(dataDir);
  if (problems.length) throw new DataError(problems);
  return stories;
}
