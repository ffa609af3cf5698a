import { expect, test } from 'vitest';
import { paths } from '../../src/queries/path.js';
import { QueryError } from '../../src/queries/errors.js';
import { buildFixture } from './fixture.js';

const g = buildFixture();
const show = (p: ReturnType<typeof paths>['paths'][number]) => p.map((s) => `${s.from.id} -${s.type}${s.direction === 'forward' ? '->' : '<-'} ${s.to.id}`);

test('the shortest path ignores direction for connectivity but reports it', () => {
  const r = paths(g, 'person/mark-esper', 'city/hanoi');
  expect(r.length).toBe(2);
  expect(r.paths).toHaveLength(1);
  expect(show(r.paths[0]!)).toEqual(['person/mark-esper -participant<- event/meeting', 'event/meeting -location-> city/hanoi']);
  expect(r.paths[0]![1]).toMatchObject({ edge: 'rel/meeting-hanoi', factuality: 'asserted', quote: { exact: 'in Hanoi' } });
});

test('--all lists every shortest path (parallel routes included), sorted', () => {
  const r = paths(g, 'person/mark-esper', 'person/wu-qian', { all: true });
  expect(r.length).toBe(2);
  expect(r.paths.map((p) => show(p).join(' | '))).toEqual([
    'person/mark-esper -attributed_to<- claim/esper-denies | claim/esper-denies -attributed_to-> person/wu-qian',
    'person/mark-esper -participant<- event/meeting | event/meeting -participant-> person/wu-qian',
  ]);
  expect(r.truncated).toBe(false);
  const one = paths(g, 'person/mark-esper', 'person/wu-qian');
  expect(one.paths).toEqual([r.paths[0]]);
  expect(one.truncated).toBe(true);
});

test('--max caps the number of paths', () => {
  const r = paths(g, 'person/mark-esper', 'person/wu-qian', { all: true, max: 1 });
  expect(r.paths).toHaveLength(1);
  expect(r.truncated).toBe(true);
});

test('attribution links carry their factuality along the path', () => {
  const r = paths(g, 'claim/esper-denies', 'person/wu-qian');
  expect(r.paths[0]).toEqual([expect.objectContaining({
    type: 'attributed_to', direction: 'forward', factuality: 'possible', derived: { role: 'source', position: 1, explicit: false },
  })]);
});

test('unconnected nodes: no path', () => {
  expect(paths(g, 'person/li-wei', 'city/hanoi')).toMatchObject({ length: null, paths: [] });
});

test('a node to itself: one empty path', () => {
  expect(paths(g, 'city/hanoi', 'city/hanoi')).toMatchObject({ length: 0, paths: [[]] });
});

test.each([0, -2, 1.5])('max %d is a typed error', (max) => {
  expect(() => paths(g, 'city/hanoi', 'country/us', { all: true, max })).toThrow(QueryError);
});
