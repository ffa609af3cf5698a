// Checks the records of annotations.json one by one (so one bad node does not hide the others):
// each against its schema, then ids (unique, prefix naming the type), references (to nodes of
// this story) and the node types each relation type allows at its ends.
import { edtfBounds } from './time-bounds.js';
import {
  CuratedNode,
  DERIVED_RELATION_TYPES,
  LeftOut,
  NODE_TYPE_NAMES,
  NODE_TYPES,
  Relation,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  relationAllows,
  typeOfId,
  type NodeType,
} from '../model/index.js';
import type { z } from 'zod';
import { checkItem } from './check-item.js';
import { jsonPath, quote, type Problem } from './problem.js';

export interface CheckedAnnotations {
  nodes: { node: CuratedNode; index: number }[];
  relations: { rel: Relation; index: number }[];
  leftOut: { item: z.infer<typeof LeftOut>; index: number }[];
  /** Node id → type, the article included. */
  types: Map<string, NodeType>;
}

export interface AnnotationInput {
  articleId: string;
  nodes: unknown[];
  relations: unknown[];
  leftOut?: unknown[] | undefined;
}

export function checkEdtf(value: string, file: string, path: readonly PropertyKey[], problems: Problem[]): void {
  if (!edtfBounds(value)) {
    problems.push({ file, where: jsonPath(path), code: 'invalid-edtf', message: `${quote(value)} is not a valid EDTF date or interval` });
  }
}

const aOrAn = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

function field(raw: unknown, name: 'id' | 'type'): unknown {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const value: unknown = Object.getOwnPropertyDescriptor(raw, name)?.value;
  return value;
}

export function checkAnnotations(ann: AnnotationInput, file: string, problems: Problem[]): CheckedAnnotations {
  // Each record on its own; an unknown type gets its own code rather than a wall of union errors.
  const nodes: CheckedAnnotations['nodes'] = [];
  ann.nodes.forEach((raw, index) => {
    const type = field(raw, 'type');
    if (typeof type === 'string' && !(NODE_TYPE_NAMES as readonly string[]).includes(type)) {
      problems.push({
        file,
        where: jsonPath(['nodes', index, 'type']),
        code: 'unknown-node-type',
        message: `${quote(type)} is not a node type (one of: ${NODE_TYPE_NAMES.join(', ')})`,
      });
      return;
    }
    const node = checkItem(CuratedNode, raw, file, ['nodes', index], problems);
    if (node) nodes.push({ node, index });
  });
  const relations: CheckedAnnotations['relations'] = [];
  ann.relations.forEach((raw, index) => {
    const type = field(raw, 'type');
    if (typeof type === 'string' && !(RELATION_TYPE_NAMES as readonly string[]).includes(type)) {
      problems.push({
        file,
        where: jsonPath(['relations', index, 'type']),
        code: 'unknown-relation-type',
        message: `${quote(type)} is not a relation type (one of: ${RELATION_TYPE_NAMES.join(', ')})`,
      });
      return;
    }
    const rel = checkItem(Relation, raw, file, ['relations', index], problems);
    if (rel) relations.push({ rel, index });
  });
  const leftOut = (ann.leftOut ?? []).flatMap((raw, index) => {
    const item = checkItem(LeftOut, raw, file, ['leftOut', index], problems);
    return item ? [{ item, index }] : [];
  });

  // Ids: unique, and their prefix names their type.
  const types = new Map<string, NodeType>([[ann.articleId, 'article']]);
  if (typeOfId(ann.articleId) !== 'article') {
    problems.push({ file, where: 'article.id', code: 'id-type-mismatch', message: `${quote(ann.articleId)} should start with "article/"` });
  }
  // A node that failed its checks still counts as defined, so references to it do not cascade.
  const broken = new Set<string>();
  const valid = new Set(nodes.map(({ node }) => node.id));
  ann.nodes.forEach((raw) => {
    const id = field(raw, 'id');
    if (typeof id === 'string' && !valid.has(id)) broken.add(id);
  });
  for (const { node, index } of nodes) {
    if (types.has(node.id))
      problems.push({ file, where: jsonPath(['nodes', index, 'id']), code: 'duplicate-id', message: `${quote(node.id)} is defined more than once` });
    types.set(node.id, node.type);
    if (typeOfId(node.id) !== node.type) {
      problems.push({
        file,
        where: jsonPath(['nodes', index, 'id']),
        code: 'id-type-mismatch',
        message: `${quote(node.id)} is ${aOrAn(node.type)}; its id should start with "${NODE_TYPES[node.type].prefix}/"`,
      });
    }
  }

  const exists = (id: string, where: readonly PropertyKey[], what: string) => {
    if (types.has(id) || broken.has(id)) return true;
    problems.push({ file, where: jsonPath(where), code: 'dangling-reference', message: `${what} ${quote(id)} is not a node of this story` });
    return false;
  };
  type Annotated = Pick<Relation, 'attribution' | 'factualityBySource' | 'condition' | 'time'>;
  const agents = RELATION_TYPES.attributed_to.target;
  const annotationRefs = (a: Annotated, at: readonly PropertyKey[]) => {
    a.attribution?.forEach((l, i) =>
      l.agents.forEach((agent, k) => {
        const where = [...at, 'attribution', i, 'agents', k];
        if (l.agents.indexOf(agent) !== k) {
          problems.push({ file, where: jsonPath(where), code: 'duplicate-id', message: `${agent} is named twice at one level of the chain` });
          return;
        }
        if (!exists(agent, where, 'attribution agent')) return;
        const t = types.get(agent);
        if (t && !relationAllows('attributed_to', 'target', t)) {
          problems.push({
            file,
            where: jsonPath(where),
            code: 'relation-type-not-allowed',
            message: `${aOrAn(t)} (${agent}) cannot be an attribution agent; allowed: ${agents.join(', ')}`,
          });
        }
      }),
    );
    a.factualityBySource?.forEach((s, i) => exists(s.source, [...at, 'factualityBySource', i, 'source'], 'factuality source'));
    if (a.condition?.event) exists(a.condition.event, [...at, 'condition', 'event'], 'condition event');
    if (a.time) checkEdtf(a.time.edtf, file, [...at, 'time', 'edtf'], problems);
  };
  for (const { node, index } of nodes) if (node.type === 'event' || node.type === 'claim' || node.type === 'document') annotationRefs(node, ['nodes', index]);

  const relIds = new Set<string>();
  for (const { rel, index } of relations) {
    const at = ['relations', index];
    if (relIds.has(rel.id))
      problems.push({ file, where: jsonPath([...at, 'id']), code: 'duplicate-id', message: `${quote(rel.id)} is defined more than once` });
    relIds.add(rel.id);
    if (DERIVED_RELATION_TYPES.includes(rel.type)) {
      problems.push({
        file,
        where: jsonPath([...at, 'type']),
        code: 'derived-relation-type',
        message: `${rel.type} relations are derived from claims' attribution; write the attribution instead`,
      });
    }
    if (rel.source === rel.target) {
      problems.push({ file, where: jsonPath([...at, 'target']), code: 'self-relation', message: `a relation cannot link ${rel.source} to itself` });
    }
    for (const end of ['source', 'target'] as const) {
      if (!exists(rel[end], [...at, end], end)) continue;
      const t = types.get(rel[end]);
      if (t && !relationAllows(rel.type, end, t)) {
        problems.push({
          file,
          where: jsonPath([...at, end]),
          code: 'relation-type-not-allowed',
          message: `${aOrAn(rel.type)} relation cannot have ${aOrAn(t)} (${rel[end]}) as its ${end}; allowed: ${RELATION_TYPES[rel.type][end].join(', ')}`,
        });
      }
    }
    annotationRefs(rel, at);
  }
  return { nodes, relations, leftOut, types };
}
