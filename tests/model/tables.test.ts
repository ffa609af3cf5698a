// The model's tables are data that the loader, the CLI and the exports derive from: they must be
// consistent with each other, and the zod schemas must accept the base story and reject bad shapes.
import { describe, expect, it } from 'vitest';
import {
  AnnotationFile,
  DERIVED_RELATION_TYPES,
  ENTITY_TYPES,
  FACTUALITY_VALUES,
  NODE_TYPE_NAMES,
  NODE_TYPES,
  QuoteSelector,
  Relation,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  StoryMeta,
  relationAllows,
  typeOfId,
} from '../../src/model/index.js';
import { baseStory } from '../support/base-story.js';

describe('node types', () => {
  it('have unique id prefixes, and typeOfId inverts them', () => {
    const prefixes = NODE_TYPE_NAMES.map((t) => NODE_TYPES[t].prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const t of NODE_TYPE_NAMES) expect(typeOfId(`${NODE_TYPES[t].prefix}/x`)).toBe(t);
    expect(typeOfId('organization/x')).toBeUndefined(); // the prefix is org/
    expect(typeOfId('nothing')).toBeUndefined();
  });

  it('entity types are node types', () => {
    for (const t of ENTITY_TYPES) expect(NODE_TYPE_NAMES).toContain(t);
  });
});

describe('relation types', () => {
  it.each(RELATION_TYPE_NAMES)('%s allows only known node types at each end, and says what it means', (r) => {
    const spec = RELATION_TYPES[r];
    for (const end of ['source', 'target'] as const) {
      expect(spec[end].length).toBeGreaterThan(0);
      for (const t of spec[end]) expect(NODE_TYPE_NAMES).toContain(t);
    }
    expect(spec.description).toMatch(/^[A-Z].*\.$/);
  });

  it('relationAllows reads the table', () => {
    expect(relationAllows('participant', 'source', 'event')).toBe(true);
    expect(relationAllows('participant', 'source', 'person')).toBe(false);
    expect(relationAllows('about', 'target', 'article')).toBe(true);
  });

  it('derived relation types are relation types', () => {
    for (const t of DERIVED_RELATION_TYPES) expect(RELATION_TYPE_NAMES).toContain(t);
  });

  it('factuality has the FactBank-style values', () => {
    expect(FACTUALITY_VALUES).toEqual(['asserted', 'reported', 'denied', 'possible', 'planned', 'hypothetical', 'unknown']);
  });
});

describe('schemas', () => {
  it('accept the base story', () => {
    const fx = baseStory();
    expect(StoryMeta.safeParse(fx.meta).success).toBe(true);
    expect(AnnotationFile.safeParse(fx.annotations).success).toBe(true);
  });

  it('reject unknown fields, bare tuples and negative offsets', () => {
    expect(QuoteSelector.safeParse({ exact: 'x', extra: 1 }).success).toBe(false);
    expect(QuoteSelector.safeParse({ exact: 'x', start: -1 }).success).toBe(false);
    expect(QuoteSelector.safeParse({ exact: '' }).success).toBe(false);
    expect(Relation.safeParse(['event/a', 'participant', 'person/b']).success).toBe(false);
    const rel = { id: 'rel/a', type: 'participant', source: 'event/a', target: 'person/b', factuality: 'asserted', evidence: [] };
    expect(Relation.safeParse(rel).success).toBe(false); // evidence must not be empty
    expect(Relation.safeParse({ ...rel, evidence: [{ exact: 'met' }] }).success).toBe(true);
    expect(Relation.safeParse({ ...rel, id: 'relation/a', evidence: [{ exact: 'met' }] }).success).toBe(false);
  });
});
