// Loads every story under a data folder (data/stories/<id>/) and collects all problems, those
// between stories included: ids of articles and of relations must be unique across the corpus.
import { loadStory, type LoadedStory } from './load-story.js';
import { DataError, type Problem } from './problem.js';
import { crossStoryProblems, listStoryDirs } from './story-dirs.js';

export { STORIES_DIR } from './story-dirs.js';

export function loadStories(dataDir: string): { stories: LoadedStory[]; problems: Problem[] } {
  const { dirs, problems } = listStoryDirs(dataDir);
  if (problems.length) return { stories: [], problems };
  const stories: LoadedStory[] = [];
  for (const dir of dirs) {
    const r = loadStory(dir);
    problems.push(...r.problems);
    if (r.story) stories.push(r.story);
  }
  problems.push(...crossStoryProblems(stories, dataDir));
  return { stories, problems };
}

/** Loads and throws a DataError carrying every problem when any is found. */
export function loadStoriesOrThrow(dataDir: string): LoadedStory[] {
  const { stories, problems } = loadStories(dataDir);
  if (problems.length) throw new DataError(problems);
  return stories;
}
