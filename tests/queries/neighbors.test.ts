import { expect, test } from 'vitest';
import { neighbors } from '../../src/queries/neighbors.js';
import { QueryError } from '../../src/queries/errors.js';
import { buildFixture } from './fixture.js';

const g = buildFixture();
const ids = (n: ReturnType<typeof neighbors>) => n.nodes.map((x) => x.id);

test('depth 1 follows edges both ways and reports the edges used', () => {
  const n = neighbors(g, 'person/mark-esper');
  expect(ids(n)).toEqual(['claim/esper-denies', 'event/meeting']);
  expect(n.edges.map((e) => e.edge)).toEqual(['claim/esper-denies#attribution-0', 'rel/meeting-esper']);
  expect(n.edges[1]).toMatchObject({ type: 'participant', source: 'event/meeting', target: 'person/mark-esper', factuality: 'asserted', depth: 1 });
  expect(n.edges[1]!.evidence[0]!.exact).toBe('Mark Esper');
});

test('depth 2 reaches further, each node with its depth', () => {
  const n = neighbors(g, 'person/mark-esper', { depth: 2 });
  expect(n.nodes.find((x) => x.id === 'city/hanoi')).toMatchObject({ depth: 2, type: 'city' });
  expect(n.nodes.find((x) => x.id === 'event/strike')).toMatchObject({ depth: 2 });
  expect(n.nodes.every((x, i, a) => i === 0 || a[i - 1]!.depth <= x.depth)).toBe(true);
});

test('--type keeps only nodes of the type, and the edges on the way to them', () => {
  const n = neighbors(g, 'person/mark-esper', { depth: 2, type: 'city' });
  expect(ids(n)).toEqual(['city/hanoi']);
  expect(n.edges.map((e) => e.edge)).toEqual(['rel/meeting-esper', 'rel/meeting-hanoi']);
});

test('--relation and --factuality filter the edges walked', () => {
  expect(ids(neighbors(g, 'event/meeting', { relation: 'participant' }))).toEqual(['person/mark-esper', 'person/wu-qian']);
  expect(ids(neighbors(g, 'person/wu-qian', { factuality: 'possible' }))).toEqual(['claim/esper-denies']);
  expect(ids(neighbors(g, 'person/wu-qian', { relation: 'located_in' }))).toEqual([]);
});

test.each([0, -1, 1.5, 11, Number.NaN])('depth %d is a typed error', (depth) => {
  expect(() => neighbors(g, 'person/mark-esper', { depth })).toThrow(QueryError);
});
