import { expect, test } from 'vitest';
import { showNode } from '../../src/queries/show.js';
import { buildFixture } from './fixture.js';

const g = buildFixture();

test('shows attributes and every relation, out before in, with the other end and quotes', () => {
  const s = showNode(g, 'person/wu-qian');
  expect(s.attributes.label).toBe('Wu Qian');
  expect(s.attributes.aliases).toEqual(['吳謙']);
  expect(s.relations.every((r) => r.direction === 'in')).toBe(true);
  expect(s.relations.map((r) => [r.type, r.other.id])).toEqual([
    ['attributed_to', 'claim/esper-denies'],
    ['attributed_to', 'claim/wu-urges'],
    ['participant', 'event/meeting'],
  ]);
  const derived = s.relations[0]!;
  expect(derived.derived).toEqual({ role: 'source', position: 1, explicit: false });
  expect(derived.factuality).toBe('possible');
  expect(derived.evidence[0]!.exact).toBe('Wu said');
});

test('a claim: outgoing relations first', () => {
  const s = showNode(g, 'claim/esper-denies');
  expect(s.relations.map((r) => `${r.direction} ${r.type} ${r.other.id}`)).toEqual([
    'out attributed_to article/test-story',
    'out attributed_to person/mark-esper',
    'out attributed_to person/wu-qian',
    'out denies event/strike',
  ]);
  expect(s.relations[3]).toMatchObject({ factuality: 'reported', other: { type: 'event', label: 'US strike' } });
});
