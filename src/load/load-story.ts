// Loads one story folder: reads and checks the article, the metadata and the annotations,
// resolves every quote, and returns the story's nodes and edges with every problem found.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import edtf from 'edtf';
import { z } from 'zod';
import {
  AnnotationFile, CuratedNode, DERIVED_RELATION_TYPES, LeftOut, NODE_TYPE_NAMES, NODE_TYPES, QuoteSelector, Relation,
  RELATION_TYPE_NAMES, RELATION_TYPES, STORY_FILES, StoryMeta, relationAllows, typeOfId, type NodeType,
} from '../model/index.js';
import { CodePointText } from '../text/code-points.js';
import { readArticleBytes } from '../text/read-article.js';
import { splitSentences } from '../text/sentences.js';
import type { EdgeAttributes, NodeAttributes, StoryAttributes } from '../graph/attributes.js';
import { checkItem, zodProblems } from './check-item.js';
import { parseJson } from './read-json.js';
import { jsonPath, type Problem } from './problem.js';
import { resolveSelectors, type ResolveContext } from './resolve-selectors.js';

export interface StoryEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface LoadedStory {
  story: StoryAttributes;
  nodes: Map<string, NodeAttributes>;
  edges: StoryEdge[];
}

// The top level is checked loosely so that each node and relation is checked on its own.
const Skeleton = z.looseObject({
  $schema: z.string().optional(),
  article: AnnotationFile.shape.article,
  nodes: z.array(z.unknown()),
  relations: z.array(z.unknown()),
  leftOut: z.array(z.unknown()).optional(),
});

function readJsonFile(file: string, problems: Problem[]): unknown {
  const r = parseJson(file, readFileSync(file, 'utf8'));
  if (!r.ok) problems.push(r.problem);
  return r.ok ? r.value : undefined;
}

function checkEdtf(value: string, file: string, path: readonly PropertyKey[], problems: Problem[]): void {
  try {
    edtf(value);
  } catch {
    problems.push({ file, where: jsonPath(path), code: 'invalid-edtf', message: `${JSON.stringify(value)} is not a valid EDTF date or interval` });
  }
}

export function loadStory(dir: string): { story?: LoadedStory; problems: Problem[] } {
  const problems: Problem[] = [];
  const files = { text: join(dir, STORY_FILES.text), meta: join(dir, STORY_FILES.meta), annotations: join(dir, STORY_FILES.annotations) };
  const missing = Object.values(files).filter((f) => !existsSync(f));
  for (const f of missing) problems.push({ file: f, where: '', code: 'story-file-missing', message: `the story folder has no ${basename(f)}` });
  if (missing.length) return { problems };

  // The article: strict UTF-8, not empty, unchanged.
  const read = readArticleBytes(readFileSync(files.text));
  const metaRaw = readJsonFile(files.meta, problems);
  const annRaw = readJsonFile(files.annotations, problems);
  if (!read.ok) problems.push({ file: files.text, where: read.where, code: read.code, message: read.message });

  const metaParse = metaRaw === undefined ? undefined : StoryMeta.safeParse(metaRaw);
  if (metaParse && !metaParse.success) problems.push(...zodProblems(files.meta, [], metaParse.error));
  const meta = metaParse?.success ? metaParse.data : undefined;
  if (meta && meta.id !== basename(dir)) {
    problems.push({ file: files.meta, where: 'id', code: 'story-id-mismatch', message: `story id ${JSON.stringify(meta.id)} differs from its folder name ${JSON.stringify(basename(dir))}` });
  }
  if (meta && read.ok && meta.sha256 !== read.sha256) {
    problems.push({ file: files.text, where: '', code: 'article-changed', message: `sha256 is ${read.sha256}, but story.json records ${meta.sha256}: the article was changed` });
  }
  if (meta) checkEdtf(meta.published.edtf, files.meta, ['published', 'edtf'], problems);

  const skeleton = annRaw === undefined ? undefined : Skeleton.safeParse(annRaw);
  if (skeleton && !skeleton.success) problems.push(...zodProblems(files.annotations, [], skeleton.error));
  if (!meta || !read.ok || !skeleton?.success) return { problems };
  const ann = skeleton.data;
  const storyId = meta.id;
  const file = files.annotations;
  const doc = new CodePointText(read.text);
  const ctx: ResolveContext = { story: storyId, doc, file, textName: STORY_FILES.text, problems };

  // Nodes, each on its own; an unknown type gets its own code.
  const curated: { node: CuratedNode; index: number }[] = [];
  ann.nodes.forEach((raw, index) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !(NODE_TYPE_NAMES as readonly string[]).includes(type)) {
      problems.push({ file, where: jsonPath(['nodes', index, 'type']), code: 'unknown-node-type', message: `${JSON.stringify(type)} is not a node type (one of: ${NODE_TYPE_NAMES.join(', ')})` });
      return;
    }
    const node = checkItem(CuratedNode, raw, file, ['nodes', index], problems);
    if (node) curated.push({ node, index });
  });
  const relations: { rel: Relation; index: number }[] = [];
  ann.relations.forEach((raw, index) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (typeof type === 'string' && !(RELATION_TYPE_NAMES as readonly string[]).includes(type)) {
      problems.push({ file, where: jsonPath(['relations', index, 'type']), code: 'unknown-relation-type', message: `${JSON.stringify(type)} is not a relation type (one of: ${RELATION_TYPE_NAMES.join(', ')})` });
      return;
    }
    const rel = checkItem(Relation, raw, file, ['relations', index], problems);
    if (rel) relations.push({ rel, index });
  });
  const leftOut = (ann.leftOut ?? []).flatMap((raw, index) => checkItem(LeftOut, raw, file, ['leftOut', index], problems) ?? []);

  // Ids: unique, and their prefix names their type.
  const types = new Map<string, NodeType>([[ann.article.id, 'article']]);
  if (typeOfId(ann.article.id) !== 'article') {
    problems.push({ file, where: 'article.id', code: 'id-type-mismatch', message: `${JSON.stringify(ann.article.id)} should start with "article/"` });
  }
  for (const { node, index } of curated) {
    if (types.has(node.id)) problems.push({ file, where: jsonPath(['nodes', index, 'id']), code: 'duplicate-id', message: `${JSON.stringify(node.id)} is defined more than once` });
    types.set(node.id, node.type);
    if (typeOfId(node.id) !== node.type) {
      problems.push({ file, where: jsonPath(['nodes', index, 'id']), code: 'id-type-mismatch', message: `${JSON.stringify(node.id)} is a ${node.type}; its id should start with "${NODE_TYPES[node.type].prefix}/"` });
    }
  }
  const relIds = new Set<string>();
  const exists = (id: string, where: readonly PropertyKey[], what: string) => {
    if (types.has(id)) return true;
    problems.push({ file, where: jsonPath(where), code: 'dangling-reference', message: `${what} ${JSON.stringify(id)} is not a node of this story` });
    return false;
  };
  exists(meta.publisher, [], 'publisher (story.json)');

  // References inside node annotations.
  for (const { node, index } of curated) {
    if (node.type === 'event' || node.type === 'claim') {
      node.attribution?.forEach((l, i) => exists(l.agent, ['nodes', index, 'attribution', i, 'agent'], 'attribution agent'));
      node.factualityBySource?.forEach((s, i) => exists(s.source, ['nodes', index, 'factualityBySource', i, 'source'], 'factuality source'));
      if (node.condition?.event) exists(node.condition.event, ['nodes', index, 'condition', 'event'], 'condition event');
      if (node.time) checkEdtf(node.time.edtf, file, ['nodes', index, 'time', 'edtf'], problems);
    }
  }
  for (const { rel, index } of relations) {
    const at = ['relations', index];
    if (relIds.has(rel.id)) problems.push({ file, where: jsonPath([...at, 'id']), code: 'duplicate-id', message: `${JSON.stringify(rel.id)} is defined more than once` });
    relIds.add(rel.id);
    if (DERIVED_RELATION_TYPES.includes(rel.type)) {
      problems.push({ file, where: jsonPath([...at, 'type']), code: 'derived-relation-type', message: `${rel.type} relations are derived from claims' attribution; write the attribution instead` });
    }
    for (const end of ['source', 'target'] as const) {
      if (!exists(rel[end], [...at, end], end)) continue;
      const t = types.get(rel[end])!;
      if (!relationAllows(rel.type, end, t)) {
        problems.push({ file, where: jsonPath([...at, end]), code: 'relation-type-not-allowed', message: `a ${rel.type} relation cannot have a ${t} (${rel[end]}) as its ${end}; allowed: ${RELATION_TYPES[rel.type][end].join(', ')}` });
      }
    }
    rel.attribution?.forEach((l, i) => exists(l.agent, [...at, 'attribution', i, 'agent'], 'attribution agent'));
    rel.factualityBySource?.forEach((s, i) => exists(s.source, [...at, 'factualityBySource', i, 'source'], 'factuality source'));
    if (rel.condition?.event) exists(rel.condition.event, [...at, 'condition', 'event'], 'condition event');
    if (rel.time) checkEdtf(rel.time.edtf, file, [...at, 'time', 'edtf'], problems);
  }

  // Quotes → offsets, and the graph's attributes.
  const nodes = new Map<string, NodeAttributes>();
  const articleEvidence = resolveSelectors(ann.article.mentions, ['article', 'mentions'], ctx);
  nodes.set(ann.article.id, {
    type: 'article', label: meta.title, aliases: meta.subtitle ? [meta.subtitle] : [], evidence: articleEvidence as NodeAttributes['evidence'],
    stories: [storyId], story: storyId, publisher: meta.publisher, published: meta.published, language: meta.language,
    ...(meta.dateline ? { dateline: meta.dateline } : {}), ...(meta.url ? { url: meta.url } : {}),
  });
  const edges: StoryEdge[] = [];
  for (const { node, index } of curated) {
    const { id, mentions, ...rest } = resolveSelectors(node, ['nodes', index], ctx);
    nodes.set(id, { ...(rest as Omit<NodeAttributes, 'evidence' | 'stories'>), evidence: mentions as NodeAttributes['evidence'], stories: [storyId] });
    if (node.type === 'claim') {
      // Each link of the attribution chain is also an edge, so paths and neighbours see it.
      (rest as unknown as { attribution: NonNullable<NodeAttributes['attribution']> }).attribution.forEach((link, position) => {
        edges.push({
          key: `${id}#attribution-${position}`, source: id, target: link.agent,
          attributes: {
            type: 'attributed_to', story: storyId, evidence: [link.cue], factuality: link.explicit ? 'asserted' : 'possible',
            derived: true, attributionRole: link.role, position, explicit: link.explicit, ...(link.note ? { note: link.note } : {}),
          },
        });
      });
    }
  }
  for (const { rel, index } of relations) {
    const { id, source, target, ...rest } = resolveSelectors(rel, ['relations', index], ctx);
    edges.push({ key: id, source, target, attributes: { ...(rest as Omit<EdgeAttributes, 'story'>), story: storyId } });
  }
  const resolvedLeftOut = leftOut.map((l, i) => ({
    evidence: resolveSelectors(l.evidence, ['leftOut', i, 'evidence'], ctx) as StoryAttributes['leftOut'][number]['evidence'],
    reason: l.reason,
  }));
  const story: StoryAttributes = {
    id: storyId, title: meta.title, publisher: meta.publisher, published: meta.published, language: meta.language,
    ...(meta.subtitle ? { subtitle: meta.subtitle } : {}), ...(meta.dateline ? { dateline: meta.dateline } : {}),
    ...(meta.url ? { url: meta.url } : {}), ...(meta.source ? { source: meta.source } : {}),
    sha256: meta.sha256, article: ann.article.id, text: read.text,
    sentences: splitSentences(read.text, meta.language).map(({ index, start, end }) => ({ index, start, end })),
    leftOut: resolvedLeftOut,
  };
  return { story: { story, nodes, edges }, problems };
}

export { QuoteSelector };
