// Loads every story under a data folder (data/stories/<id>/) and collects all problems, those
// between stories included: ids of articles and of relations must be unique across the corpus.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_FILES } from '../model/index.js';
import { loadStory, type LoadedStory } from './load-story.js';
import { DataError, quote, type Problem } from './problem.js';

export const STORIES_DIR = 'stories';

const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Story folders (symbolic links to folders too), sorted; hidden ones (.git, editors') are skipped. */
function storyDirs(root: string): string[] {
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.') && (d.isDirectory() || (d.isSymbolicLink() && isDir(join(root, d.name)))))
      .map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Edge keys (relation ids, claims' derived attribution links) and article ids used by two stories. */
function crossStoryProblems(stories: readonly LoadedStory[], dataDir: string): Problem[] {
  const problems: Problem[] = [];
  const file = (story: string) => join(dataDir, STORIES_DIR, story, STORY_FILES.annotations);
  const articles = new Map<string, string>();
  const edges = new Map<string, string>();
  for (const { story, edges: storyEdges } of stories) {
    const other = articles.get(story.article);
    if (other) problems.push({ file: file(story.id), where: 'article.id', code: 'duplicate-id', message: `${quote(story.article)} is also the article of story ${other}` });
    else articles.set(story.article, story.id);
    for (const e of storyEdges) {
      const first = edges.get(e.key);
      if (first === undefined) edges.set(e.key, story.id);
      else if (first !== story.id) {
        const what = e.attributes.derived ? `claim ${quote(e.source)} (its attribution link ${e.key})` : quote(e.key);
        problems.push({ file: file(story.id), where: e.where, code: 'duplicate-id', message: `${what} is also defined in story ${first}; ids of relations and claims must be unique across stories` });
      }
    }
  }
  return problems;
}

export function loadStories(dataDir: string): { stories: LoadedStory[]; problems: Problem[] } {
  if (!isDir(dataDir)) {
    const exists = statSync(dataDir, { throwIfNoEntry: false }) !== undefined;
    return { stories: [], problems: [{ file: dataDir, where: '', code: 'data-dir-missing', message: exists ? 'this is a file, not a data folder' : 'the data folder does not exist' }] };
  }
  const root = join(dataDir, STORIES_DIR);
  const dirs = storyDirs(root);
  if (dirs.length === 0) {
    return { stories: [], problems: [{ file: root, where: '', code: 'data-dir-empty', message: `no story folders (expected ${STORIES_DIR}/<story-id>/ with ${Object.values(STORY_FILES).join(', ')})` }] };
  }
  const stories: LoadedStory[] = [];
  const problems: Problem[] = [];
  for (const name of dirs) {
    const r = loadStory(join(root, name));
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
