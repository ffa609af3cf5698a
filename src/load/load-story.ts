// Loads one story folder: reads and checks the article, the metadata and the annotations,
// resolves every quote, and returns the story's nodes and edges with every problem found.
import { linkFactuality } from './link-factuality.js';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { AnnotationFile, QuoteSelector, RELATION_TYPES, STORY_FILES, StoryMeta, relationAllows } from '../model/index.js';
import { CodePointText } from '../text/code-points.js';
import { readArticleBytes } from '../text/read-article.js';
import type { EdgeAttributes, NodeAttributes, StoryAttributes } from '../model/graph-attributes.js';
import { withBounds } from './time-bounds.js';
import { checkAnnotations, checkEdtf } from './check-annotations.js';
import { unknownKeyMessage, zodProblems } from './check-item.js';
import { checkCharacters } from './check-characters.js';
import { decodeUtf8 } from './decode-utf8.js';
import { checkNames } from './check-names.js';
import { parseJson } from './read-json.js';
import { readStoryFile } from './read-file.js';
import { jsonPath, quote, type Problem } from './problem.js';
import { resolveSelectors, type ResolveContext } from './resolve-selectors.js';

export interface StoryEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** Where the edge is defined, as a JSON path into annotations.json (for problems). */
  where: string;
}

export interface LoadedStory {
  story: StoryAttributes;
  nodes: Map<string, NodeAttributes>;
  edges: StoryEdge[];
  /** Where each curated node is in annotations.json (`nodes[3]`), for problems found later. */
  nodeWhere: Map<string, string>;
}

// The top level is checked loosely so that each node and relation is checked on its own; its
// unknown keys are found apart (topLevelKeys), so a misspelled key does not hide the records' problems.
const Skeleton = z.looseObject({
  $schema: z.string().optional(),
  article: AnnotationFile.shape.article,
  nodes: z.array(z.unknown()),
  relations: z.array(z.unknown()),
  leftOut: z.array(z.unknown()).optional(),
  rejected: AnnotationFile.shape.rejected.optional(),
});

/** A JSON file's value, or undefined after recording why not: unreadable, not UTF-8, not JSON, or holding characters no export can carry. */
function readJsonFile(file: string, problems: Problem[], given?: Buffer): unknown {
  const bytes = given ?? readStoryFile(file, problems);
  if (!bytes) return undefined;
  const decoded = decodeUtf8(file, bytes);
  if (!decoded.ok) {
    problems.push(decoded.problem);
    return undefined;
  }
  const r = parseJson(file, decoded.text);
  if (!r.ok) {
    problems.push(r.problem);
    return undefined;
  }
  return checkCharacters(r.value, file, problems) ? r.value : undefined;
}

/** Keys at the top of annotations.json that the model does not know. */
function topLevelKeys(raw: object, file: string): Problem[] {
  const known = Object.keys(AnnotationFile.shape);
  return Object.keys(raw)
    .filter((k) => !known.includes(k))
    .map((k) => ({ file, where: jsonPath([k]), code: 'unknown-key', message: unknownKeyMessage(k, known) }));
}

function validLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The bytes of a story's files when the caller has them already: the per-story cache hashed them; the edit API checks a change before writing it. */
export type StoryBytes = Partial<Record<keyof typeof STORY_FILES, Buffer>>;

export function loadStory(dir: string, given: StoryBytes = {}): { story?: LoadedStory; problems: Problem[] } {
  const problems: Problem[] = [];
  const files = { text: join(dir, STORY_FILES.text), meta: join(dir, STORY_FILES.meta), annotations: join(dir, STORY_FILES.annotations) };

  // The article: strict UTF-8, not empty, unchanged.
  const bytes = given.text ?? readStoryFile(files.text, problems);
  const read = bytes && readArticleBytes(bytes);
  if (read && !read.ok) problems.push({ file: files.text, where: read.where, code: read.code, message: read.message });
  const metaRaw = readJsonFile(files.meta, problems, given.meta);
  const annRaw = readJsonFile(files.annotations, problems, given.annotations);

  const metaParse = metaRaw === undefined ? undefined : StoryMeta.safeParse(metaRaw);
  if (metaParse && !metaParse.success) problems.push(...zodProblems(files.meta, [], StoryMeta, metaRaw, metaParse.error));
  const meta = metaParse?.success ? metaParse.data : undefined;
  if (meta && meta.id !== basename(dir)) {
    problems.push({
      file: files.meta,
      where: 'id',
      code: 'story-id-mismatch',
      message: `story id ${quote(meta.id)} differs from its folder name ${quote(basename(dir))}`,
    });
  }
  if (meta && !validLanguage(meta.language)) {
    problems.push({ file: files.meta, where: 'language', code: 'schema-violation', message: `${quote(meta.language)} is not a valid BCP 47 language tag` });
  }
  if (meta && read?.ok && meta.sha256 !== read.sha256) {
    problems.push({
      file: files.text,
      where: '',
      code: 'article-changed',
      message: `sha256 is ${read.sha256}, but story.json records ${meta.sha256}: the article was changed`,
    });
  }
  if (meta) checkEdtf(meta.published.edtf, files.meta, ['published', 'edtf'], problems);

  const skeleton = annRaw === undefined ? undefined : Skeleton.safeParse(annRaw);
  if (skeleton && !skeleton.success) problems.push(...zodProblems(files.annotations, [], Skeleton, annRaw, skeleton.error));
  if (typeof annRaw === 'object' && annRaw !== null && !Array.isArray(annRaw)) problems.push(...topLevelKeys(annRaw, files.annotations));
  if (!skeleton?.success) return { problems };
  // The records need neither the text nor the metadata: check them whatever else is wrong.
  const ann = skeleton.data;
  const file = files.annotations;
  const {
    nodes: curated,
    relations,
    leftOut,
    types,
  } = checkAnnotations({ articleId: ann.article.id, nodes: ann.nodes, relations: ann.relations, leftOut: ann.leftOut }, file, problems);
  if (meta) {
    const publisherType = types.get(meta.publisher);
    if (!publisherType) {
      problems.push({
        file: files.meta,
        where: 'publisher',
        code: 'dangling-reference',
        message: `publisher ${quote(meta.publisher)} is not a node of this story (define it in ${STORY_FILES.annotations})`,
      });
    } else if (!relationAllows('published_by', 'target', publisherType)) {
      problems.push({
        file: files.meta,
        where: 'publisher',
        code: 'relation-type-not-allowed',
        message: `the publisher ${meta.publisher} is ${publisherType === 'organization' ? 'an' : 'a'} ${publisherType}; allowed: ${RELATION_TYPES.published_by.target.join(', ')}`,
      });
    }
  }
  if (!meta || !read?.ok) return { problems };
  const storyId = meta.id;
  checkNames(curated, read.text, file, problems);
  const doc = new CodePointText(read.text);
  const ctx: ResolveContext = { story: storyId, doc, file, textName: STORY_FILES.text, problems };

  // Quotes → offsets, and the graph's attributes.
  const nodes = new Map<string, NodeAttributes>();
  const articleEvidence = resolveSelectors(ann.article.mentions, ['article', 'mentions'], ctx);
  nodes.set(ann.article.id, {
    type: 'article',
    label: meta.title,
    aliases: meta.subtitle ? [meta.subtitle] : [],
    evidence: articleEvidence as NodeAttributes['evidence'],
    stories: [storyId],
    story: storyId,
    publisher: meta.publisher,
    published: withBounds(meta.published),
    language: meta.language,
    ...(meta.dateline ? { dateline: meta.dateline } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  });
  const edges: StoryEdge[] = [];
  const nodeWhere = new Map<string, string>();
  for (const { node, index } of curated) {
    nodeWhere.set(node.id, jsonPath(['nodes', index]));
    const { id, mentions, ...rest } = resolveSelectors(node, ['nodes', index], ctx);
    if ('time' in rest && rest.time) rest.time = withBounds(rest.time);
    nodes.set(id, { ...(rest as Omit<NodeAttributes, 'evidence' | 'stories'>), evidence: mentions as NodeAttributes['evidence'], stories: [storyId] });
    if (node.type === 'claim') {
      // Each agent of each level of the attribution chain is also an edge, so paths and
      // neighbours see it; joint speakers are edges of the same level (position).
      const chain = (rest as unknown as { attribution: NonNullable<NodeAttributes['attribution']> }).attribution;
      chain.forEach((link, position) => {
        link.agents.forEach((agent, agentIndex) => {
          edges.push({
            key: `${id}#attribution/${position}${agentIndex ? `/${agentIndex}` : ''}`,
            source: id,
            target: agent,
            attributes: {
              type: 'attributed_to',
              story: storyId,
              evidence: [link.cue],
              factuality: linkFactuality(chain, position),
              derived: true,
              attributionRole: link.role,
              position,
              ...(link.agents.length > 1 ? { agentIndex } : {}),
              explicit: link.explicit,
              ...(link.note ? { note: link.note } : {}),
            },
            where: jsonPath(['nodes', index, 'attribution', position, 'agents', agentIndex]),
          });
        });
      });
    }
  }
  for (const { rel, index } of relations) {
    const { id, source, target, ...rest } = resolveSelectors(rel, ['relations', index], ctx);
    if (rest.time) rest.time = withBounds(rest.time);
    edges.push({
      key: id,
      source,
      target,
      attributes: { ...(rest as Omit<EdgeAttributes, 'story'>), story: storyId },
      where: jsonPath(['relations', index, 'id']),
    });
  }
  const resolvedLeftOut = leftOut.map(({ item, index }) => ({
    evidence: resolveSelectors(item.evidence, ['leftOut', index, 'evidence'], ctx) as StoryAttributes['leftOut'][number]['evidence'],
    reason: item.reason,
  }));
  const story: StoryAttributes = {
    id: storyId,
    title: meta.title,
    publisher: meta.publisher,
    published: withBounds(meta.published),
    language: meta.language,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}),
    ...(meta.dateline ? { dateline: meta.dateline } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    sha256: meta.sha256,
    article: ann.article.id,
    text: read.text,
    leftOut: resolvedLeftOut,
  };
  return { story: { story, nodes, edges, nodeWhere }, problems };
}

export { QuoteSelector };
