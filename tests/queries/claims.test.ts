import { expect, test } from 'vitest';
import { claims } from '../../src/queries/claims.js';
import { buildFixture } from './fixture.js';

const g = buildFixture();
const ids = (f: Parameters<typeof claims>[1]) => claims(g, f).map((c) => c.id);

test('every claim in text order with speaker, cue, chain and what it asserts or denies', () => {
  const all = claims(g);
  expect(all.map((c) => c.id)).toEqual(['claim/esper-denies', 'claim/wu-urges']);
  const c = all[0]!;
  expect(c.speakers).toEqual([{ id: 'person/mark-esper', type: 'person', label: 'Mark Esper' }]);
  expect(c.cue?.exact).toBe('denied');
  expect(c.content).toBe('The U.S. is not planning a strike.');
  expect(c.attribution.map((l) => [l.agent, l.role, l.explicit])).toEqual([
    ['person/mark-esper', 'speaker', true],
    ['person/wu-qian', 'source', false],
    ['article/test-story', 'publisher', true],
  ]);
  expect(c.relations.map((r) => [r.type, r.other.id, r.factuality])).toEqual([['denies', 'event/strike', 'reported']]);
  expect(c.factuality).toBe('reported');
  expect(all[1]!.quote?.exact).toBe('We urge the U.S. to keep its promise.');
});

test('filters: speaker, via (after the speaker), about, factuality', () => {
  expect(ids({ speaker: 'person/wu-qian' })).toEqual(['claim/wu-urges']);
  expect(ids({ via: 'person/wu-qian' })).toEqual(['claim/esper-denies']);
  expect(ids({ via: 'person/mark-esper' })).toEqual([]);
  expect(ids({ about: 'country/us' })).toEqual(['claim/wu-urges']);
  expect(ids({ about: 'event/strike' })).toEqual(['claim/esper-denies']);
  expect(ids({ factuality: 'asserted' })).toEqual(['claim/wu-urges']);
  expect(ids({ speaker: 'person/mark-esper', factuality: 'asserted' })).toEqual([]);
});
