// The story folders of a data folder and the checks between stories, without the schemas: the
// full loader (load-data.ts) and the cached one (src/graph/cached-stories.ts) share them.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { STORY_FILES } from '../model/story-file-names.js';
import type { LoadedStory } from './load-story.js';
import { kbProblems, readKbLinks } from './kb-links.js';
import { quote, type Problem } from './problem.js';

export const STORIES_DIR = 'stories';

const isDir = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Story folders (symbolic links to folders too), sorted; hidden ones (.git, editors') are skipped. */
function storyDirNames(root: string): string[] {
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((d) => !d.name.startsWith('.') && (d.isDirectory() || (d.isSymbolicLink() && isDir(join(root, d.name)))))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** The paths of the story folders, or the problem that there are none. */
export function listStoryDirs(dataDir: string): { dirs: string[]; problems: Problem[] } {
  if (!isDir(dataDir)) {
    const exists = statSync(dataDir, { throwIfNoEntry: false }) !== undefined;
    return {
      dirs: [],
      problems: [
        { file: dataDir, where: '', code: 'data-dir-missing', message: exists ? 'this is a file, not a data folder' : 'the data folder does not exist' },
      ],
    };
  }
  const root = join(dataDir, STORIES_DIR);
  const names = storyDirNames(root);
  if (names.length === 0) {
    return {
      dirs: [],
      problems: [
        {
          file: root,
          where: '',
          code: 'data-dir-empty',
          message: `no story folders (expected ${STORIES_DIR}/<story-id>/ with ${Object.values(STORY_FILES).join(', ')})`,
        },
      ],
    };
  }
  return { dirs: names.map((n) => join(root, n)), problems: [] };
}

/**
 * Edge keys (relation ids, claims' derived attribution links) and article ids used by two stories,
 * and kb ids the corpus's table of checked links (kb-links.tsv) does not give.
 */
export function crossStoryProblems(stories: readonly LoadedStory[], dataDir: string): Problem[] {
  const problems: Problem[] = [];
  const file = (story: string) => join(dataDir, STORIES_DIR, story, STORY_FILES.annotations);
  const articles = new Map<string, string>();
  const edges = new Map<string, string>();
  for (const { story, edges: storyEdges } of stories) {
    const other = articles.get(story.article);
    if (other)
      problems.push({
        file: file(story.id),
        where: 'article.id',
        code: 'duplicate-id',
        message: `${quote(story.article)} is also the article of story ${other}`,
      });
    else articles.set(story.article, story.id);
    for (const e of storyEdges) {
      const first = edges.get(e.key);
      if (first === undefined) edges.set(e.key, story.id);
      else if (first !== story.id) {
        const what = e.attributes.derived ? `claim ${quote(e.source)} (its attribution link ${e.key})` : quote(e.key);
        problems.push({
          file: file(story.id),
          where: e.where,
          code: 'duplicate-id',
          message: `${what} is also defined in story ${first}; ids of relations and claims must be unique across stories`,
        });
      }
    }
  }
  const kb = readKbLinks(dataDir);
  if (kb) problems.push(...kb.problems, ...kbProblems(stories, kb.links, file));
  return problems;
}
