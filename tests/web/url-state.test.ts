import { describe, expect, it } from 'vitest';
import { FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { RELATION_TYPE_NAMES } from '../../src/model/relation-types.js';
import { formatHash, parseHash, type Vocabulary } from '../../web/src/url-state.js';
import { NO_FILTERS, type Filters } from '../../web/src/state.js';

const vocab: Vocabulary = { nodeTypes: NODE_TYPE_NAMES, relationTypes: RELATION_TYPE_NAMES, factuality: FACTUALITY_VALUES };

describe('url state', () => {
  it('an empty hash is no selection and no filters', () => {
    const u = parseHash('', vocab);
    expect(u.selection).toBeNull();
    expect(u.filters.claims).toBe(true);
    expect(u.filters.hiddenNodeTypes.size + u.filters.hiddenRelationTypes.size + u.filters.hiddenFactuality.size).toBe(0);
    expect(formatHash(null, NO_FILTERS, null, vocab)).toBe('');
  });

  it('keeps ids readable (#sel=person/mark-esper)', () => {
    expect(formatHash({ kind: 'node', id: 'person/mark-esper' }, NO_FILTERS, null, vocab)).toBe('#sel=person/mark-esper');
    expect(parseHash('#sel=person/mark-esper', vocab).selection).toBe('person/mark-esper');
  });

  it('"asserted only" is fact=asserted', () => {
    const f: Filters = { ...NO_FILTERS, hiddenFactuality: new Set(FACTUALITY_VALUES.filter((v) => v !== 'asserted')) };
    const hash = formatHash(null, f, null, vocab);
    expect(hash).toBe('#fact=asserted');
    expect([...parseHash(hash, vocab).filters.hiddenFactuality].sort()).toEqual(FACTUALITY_VALUES.filter((v) => v !== 'asserted').sort());
  });

  it('round-trips selection, filters and story (edge keys with # included)', () => {
    const f: Filters = {
      hiddenNodeTypes: new Set(['region', 'article']),
      hiddenRelationTypes: new Set(['about', 'part_of']),
      hiddenFactuality: new Set(['denied']),
      hiddenActs: new Set(),
      hiddenVoices: new Set(),
      claims: false,
      drafts: false,
    };
    const sel = { kind: 'edge' as const, id: 'claim/x-y#attribution-0' };
    const hash = formatHash(sel, f, 'story-2', vocab);
    expect(hash).toBe(
      '#sel=claim/x-y%23attribution-0&hide=region,article&rel=-part_of,-about&fact=asserted,reported,possible,planned,hypothetical,unknown&claims=off&drafts=off&story=story-2',
    );
    const u = parseHash(hash, vocab);
    expect(u.selection).toBe(sel.id);
    expect(u.story).toBe('story-2');
    expect(u.filters.claims).toBe(false);
    expect(u.filters.drafts).toBe(false);
    expect([...u.filters.hiddenNodeTypes].sort()).toEqual(['article', 'region']);
    expect([...u.filters.hiddenRelationTypes].sort()).toEqual(['about', 'part_of']);
    expect([...u.filters.hiddenFactuality]).toEqual(['denied']);
  });

  it('ignores values that are not in the model', () => {
    const u = parseHash('#hide=person,<script>,bogus&rel=-nope&fact=asserted,maybe', vocab);
    expect([...u.filters.hiddenNodeTypes]).toEqual(['person']);
    expect(u.filters.hiddenRelationTypes.size).toBe(0);
    expect(u.filters.hiddenFactuality.has('asserted')).toBe(false);
  });
});
