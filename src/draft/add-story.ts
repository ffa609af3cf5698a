// `storygraph add` and `storygraph draft`: every input is checked before anything is written;
// the stories are staged in hidden temp folders and renamed into place together (story-folders.ts),
// so a failure (or a crash) half-way leaves no story folder behind. The corpus gazetteer is loaded once per run and
// learns each added story's entities, so a batch merges with itself.
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AnnotationFile, STORY_FILES } from '../model/story-files.js';
import { UsageError } from '../model/storygraph-error.js';
import { loadStories, STORIES_DIR } from '../load/load-data.js';
import type { LoadedStory } from '../load/load-story.js';
import { commitStories, discardStaged, ensureStoriesDir, stageStory, sweepLeftovers, type Staged } from './story-folders.js';
import { formatProblem } from '../load/problem.js';
import { readArticleFile, STORY_ID, InputError } from './article-input.js';
import { draftMeta, type MetaOptions } from './story-meta.js';
import { draftAnnotations, mergeDraft } from './draft-story.js';
import { corpusSurfaces } from './corpus-gazetteer.js';
import { Gazetteer, type Surface } from './gazetteer.js';
import type { NlpName } from './nlp.js';
import { edtfBounds } from '../load/time-bounds.js';
import { layoutJson } from '../text/json-layout.js';
import { slug } from '../text/slug.js';

export interface AddOptions extends Omit<MetaOptions, 'id'> {
  dataDir: string;
  id?: string | undefined;
  idFromFilename?: boolean | undefined;
  replace?: boolean | undefined;
  nlp?: NlpName | undefined;
}
export interface AddedStory {
  id: string;
  dir: string;
  nodes: number;
  relations: number;
  drafted: number;
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
// annotations.json in the curators' layout (a quote on one line), as the browser's editor writes it:
// a first edit of a drafted story then changes only what it changes.
const annotationsJson = (v: unknown) => layoutJson(v);

function idFor(file: string, o: AddOptions, many: boolean): string {
  if (o.id !== undefined) {
    if (many) throw new UsageError('id-with-many-files', '--id names one story; with several files use --id-from-filename');
    return o.id;
  }
  if (o.idFromFilename) return slug(basename(file, extname(file)));
  throw new UsageError('story-id-missing', 'give the story an id: --id ID (or --id-from-filename)');
}

class Corpus {
  private surfaces: Surface[];
  private gaz: Gazetteer | undefined;
  constructor(stories: LoadedStory[]) {
    this.surfaces = corpusSurfaces(stories);
  }
  gazetteer(): Gazetteer | undefined {
    return this.surfaces.length ? (this.gaz ??= new Gazetteer(this.surfaces)) : undefined;
  }
  learn(story: LoadedStory): void {
    this.surfaces.push(
      ...corpusSurfaces([
        { ...story, nodes: new Map([...story.nodes].map(([k, v]) => [k, { ...v, draft: v.draft ? { ...v.draft, review: 'accepted' as const } : undefined }])) },
      ]),
    );
    this.gaz = undefined;
  }
}

export async function addStories(files: string[], o: AddOptions): Promise<AddedStory[]> {
  if (files.length === 0) throw new UsageError('article-missing', 'name an article file: storygraph add ARTICLE.txt --id ID');
  if (o.published !== undefined && !edtfBounds(o.published))
    throw new UsageError('invalid-edtf', `--published ${JSON.stringify(o.published)} is not a valid EDTF date`);
  if (o.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(o.language))
    throw new UsageError('invalid-language', `--language ${JSON.stringify(o.language)} is not a BCP 47 language tag`);
  if (o.url !== undefined && !URL.canParse(o.url)) throw new UsageError('invalid-url', `--url ${JSON.stringify(o.url)} is not a URL`);
  const storiesDir = join(o.dataDir, STORIES_DIR);
  // Every input first: nothing is written unless all are good.
  const inputs = files.map((file) => {
    const id = idFor(file, o, files.length > 1);
    if (!STORY_ID.test(id))
      throw new UsageError(
        'invalid-story-id',
        `${JSON.stringify(id)} is not a story id: lower-case letters, digits and hyphens, starting with a letter or digit`,
      );
    if (!o.replace && existsSync(join(storiesDir, id)))
      throw new UsageError('story-exists', `${join(storiesDir, id)}: a story with id ${id} exists (use --replace to replace it)`);
    return { file, id, ...readArticleFile(file) };
  });
  const dup = inputs.find((x, i) => inputs.findIndex((y) => y.id === x.id) !== i);
  if (dup) throw new UsageError('duplicate-story-id', `two files give the story id ${dup.id} (${dup.file})`);
  sweepLeftovers(storiesDir);
  const created = ensureStoriesDir(storiesDir);
  const staged: Staged[] = [];
  const out: AddedStory[] = [];
  try {
    const corpus = new Corpus(loadStories(o.dataDir).stories.filter((s) => !inputs.some((i) => i.id === s.story.id)));
    for (const input of inputs) {
      const { meta, dateline, publisherName } = draftMeta(input.text, input.bytes, { ...o, id: input.id });
      const ann = await draftAnnotations({ text: input.text, meta, dateline, publisherName, corpus: corpus.gazetteer(), nlp: o.nlp });
      const s = stageStory(storiesDir, input.id, {
        [STORY_FILES.text]: input.bytes,
        [STORY_FILES.meta]: json(meta),
        [STORY_FILES.annotations]: annotationsJson(ann),
      });
      staged.push(s);
      corpus.learn(s.story);
      out.push({
        id: input.id,
        dir: join(storiesDir, input.id),
        nodes: ann.nodes.length,
        relations: ann.relations.length,
        drafted: ann.nodes.length + ann.relations.length,
      });
    }
  } catch (e) {
    discardStaged(staged, created);
    throw e;
  }
  // Every story is staged and valid: only now does any appear in the corpus.
  commitStories(storiesDir, staged, o.replace ?? false);
  return out;
}

/** `storygraph draft ID`: drafts an existing story again, keeping curated, reviewed and rejected decisions. */
export async function redraftStory(id: string, o: { dataDir: string; replace?: boolean | undefined; nlp?: NlpName | undefined }): Promise<AddedStory> {
  if (!STORY_ID.test(id)) throw new UsageError('invalid-story-id', `${JSON.stringify(id)} is not a story id`);
  const storiesDir = join(o.dataDir, STORIES_DIR);
  const dir = join(storiesDir, id);
  sweepLeftovers(storiesDir);
  if (!existsSync(dir)) throw new UsageError('story-not-found', `${dir}: no story with id ${id}`);
  const { stories, problems } = loadStories(o.dataDir);
  const own = problems.filter((p) => p.file.startsWith(dir));
  if (own.length) throw new InputError('story-invalid', `story ${id} does not validate; fix it first:\n${own.map(formatProblem).join('\n')}`);
  const current = stories.find((s) => s.story.id === id)!;
  const existing = AnnotationFile.parse(JSON.parse(readFileSync(join(dir, STORY_FILES.annotations), 'utf8')));
  const meta = JSON.parse(readFileSync(join(dir, STORY_FILES.meta), 'utf8'));
  const corpus = new Corpus(stories.filter((s) => s.story.id !== id));
  const { dateline, publisherName } = draftMeta(current.story.text, Buffer.from(''), { id, publisher: current.nodes.get(meta.publisher)?.label });
  const fresh = await draftAnnotations({ text: current.story.text, meta, dateline, publisherName, corpus: corpus.gazetteer(), nlp: o.nlp });
  const merged = mergeDraft(existing, fresh, o.replace ?? false);
  const bytes = readFileSync(join(dir, STORY_FILES.text));
  const staged = stageStory(storiesDir, id, {
    [STORY_FILES.text]: bytes,
    [STORY_FILES.meta]: readFileSync(join(dir, STORY_FILES.meta)),
    [STORY_FILES.annotations]: annotationsJson(merged),
  });
  commitStories(storiesDir, [staged], true);
  const drafted = [...merged.nodes, ...merged.relations].filter((x) => x.draft && !x.draft.review).length;
  return { id, dir, nodes: merged.nodes.length, relations: merged.relations.length, drafted };
}
