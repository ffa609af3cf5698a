import fc from 'fast-check';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { expect, test } from 'vitest';
import { parseCrossings, paths, PATH_CROSSINGS, type PathCrossing } from '../../src/queries/path.js';
import { QueryError } from '../../src/queries/errors.js';
import { buildFixture, ev } from './fixture.js';

const g = buildFixture();
const ALL = [...PATH_CROSSINGS];
const show = (p: ReturnType<typeof paths>['paths'][number]) => p.map((s) => `${s.from.id} -${s.type}${s.direction === 'forward' ? '->' : '<-'} ${s.to.id}`);

test('the shortest path ignores direction for connectivity but reports it', () => {
  const r = paths(g, 'person/mark-esper', 'city/hanoi');
  expect(r.length).toBe(2);
  expect(r.paths).toHaveLength(1);
  expect(show(r.paths[0]!)).toEqual(['person/mark-esper -participant<- event/meeting', 'event/meeting -location-> city/hanoi']);
  expect(r.paths[0]![1]).toMatchObject({ edge: 'rel/meeting-hanoi', factuality: 'asserted', quote: { exact: 'in Hanoi' }, evidence: 1 });
});

test('by default a path crosses entities and events only: no claim, no "about" or attribution link', () => {
  const r = paths(g, 'person/mark-esper', 'person/wu-qian', { all: true });
  expect(r.via).toEqual([]);
  expect(r.paths.map((p) => show(p).join(' | '))).toEqual(['person/mark-esper -participant<- event/meeting | event/meeting -participant-> person/wu-qian']);
  expect(r.count).toBe(1);
  expect(r.reason).toMatch(/only shortest path \(2 steps\) crossing entities and events only/);
  // Hanoi and the United States meet only through claims: not connected by default, and it says so.
  const none = paths(g, 'city/hanoi', 'country/us');
  expect(none).toMatchObject({ length: null, paths: [], count: 0 });
  expect(none.reason).toMatch(/No path crossing entities and events only.*allowing more may find one/);
});

test('claims and attribution links on request: every shortest path so allowed, best supported first', () => {
  const r = paths(g, 'person/mark-esper', 'person/wu-qian', { all: true, via: ['claims', 'attribution'] });
  expect(r.length).toBe(2);
  // Equal evidence (one quote a step): id order decides.
  expect(r.evidence).toEqual([2, 2]);
  expect(r.paths.map((p) => show(p).join(' | '))).toEqual([
    'person/mark-esper -attributed_to<- claim/esper-denies | claim/esper-denies -attributed_to-> person/wu-qian',
    'person/mark-esper -participant<- event/meeting | event/meeting -participant-> person/wu-qian',
  ]);
  expect(r.truncated).toBe(false);
  expect(r.reason).toMatch(/of 2, this one has the most evidence behind its steps: 2 quotes \(tied; first in id order\)/);
  const one = paths(g, 'person/mark-esper', 'person/wu-qian', { via: ['claims', 'attribution'] });
  expect(one.paths).toEqual([r.paths[0]]);
  expect(one.truncated).toBe(true);
  expect(one.count).toBe(2);
  // Attribution links alone do not open a claim: the claim itself may not be crossed.
  expect(paths(g, 'person/mark-esper', 'person/wu-qian', { all: true, via: ['attribution'] }).count).toBe(1);
});

test('alternatives are ranked by the evidence behind their steps, not by id', () => {
  const h = buildFixture();
  h.updateEdgeAttribute('rel/meeting-wu', 'evidence', (e) => [...(e ?? []), ev('Wu', 1), ev('吳謙')]);
  const r = paths(h, 'person/mark-esper', 'person/wu-qian', { all: true, via: ['claims', 'attribution'] });
  expect(r.evidence).toEqual([4, 2]);
  expect(r.paths[0]!.map((s) => s.edge)).toEqual(['rel/meeting-esper', 'rel/meeting-wu']);
  expect(r.reason).toMatch(/4 quotes \(the next has 2\)/);
});

test('"about" links on request', () => {
  const h = buildFixture();
  h.addDirectedEdgeWithKey('rel/meeting-about-us', 'event/meeting', 'country/us', { type: 'about', evidence: [], story: 'test-story', factuality: 'asserted' });
  expect(paths(h, 'city/hanoi', 'country/us').length).toBeNull();
  const r = paths(h, 'city/hanoi', 'country/us', { via: ['about'] });
  expect(show(r.paths[0]!)).toEqual(['city/hanoi -location<- event/meeting', 'event/meeting -about-> country/us']);
});

test('--max caps the number of paths', () => {
  const r = paths(g, 'person/mark-esper', 'person/wu-qian', { all: true, max: 1, via: ALL });
  expect(r.paths).toHaveLength(1);
  expect(r.truncated).toBe(true);
});

test('attribution links carry their factuality along the path', () => {
  const r = paths(g, 'claim/esper-denies', 'person/wu-qian', { via: ['attribution'] });
  expect(r.paths[0]).toEqual([
    expect.objectContaining({
      type: 'attributed_to',
      direction: 'forward',
      factuality: 'possible',
      derived: { role: 'source', position: 1, explicit: false },
    }),
  ]);
});

test('unconnected nodes: no path', () => {
  expect(paths(g, 'person/li-wei', 'city/hanoi', { via: ALL })).toMatchObject({ length: null, paths: [] });
});

test('a node to itself: one empty path', () => {
  expect(paths(g, 'city/hanoi', 'city/hanoi')).toMatchObject({ length: 0, paths: [[]], count: 1 });
});

test.each([0, -2, 1.5])('max %d is a typed error', (max) => {
  expect(() => paths(g, 'city/hanoi', 'country/us', { all: true, max })).toThrow(QueryError);
});

test('--via parses a list and names what is wrong', () => {
  expect(parseCrossings('claims, about,claims')).toEqual(['claims', 'about']);
  expect(parseCrossings('claim,article')).toEqual(['claims', 'articles']);
  expect(() => parseCrossings('claims,mentions')).toThrow(/--via: "mentions" is not one of claims, articles, about, attribution/);
});

test('property: every listed path is a shortest path under its rules, distinct, best supported first', () => {
  const ids = g.nodes().sort();
  fc.assert(
    fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.subarray(ALL), (a, b, via: PathCrossing[]) => {
      const r = paths(g, a, b, { all: true, via });
      expect(r.paths.length).toBeLessThanOrEqual(r.count);
      const seen = new Set<string>();
      r.paths.forEach((p, i) => {
        expect(p).toHaveLength(r.length!);
        expect(r.evidence[i]).toBe(p.reduce((s, x) => s + x.evidence, 0));
        if (i > 0) expect(r.evidence[i]!).toBeLessThanOrEqual(r.evidence[i - 1]!);
        p.forEach((s, k) => {
          if (k > 0) expect(s.from.id).toBe(p[k - 1]!.to.id);
          if (s.type === 'about') expect(via).toContain('about');
          if (s.type === 'attributed_to') expect(via).toContain('attribution');
          if (k > 0 && s.from.type === 'claim') expect(via).toContain('claims');
          if (k > 0 && s.from.type === 'article') expect(via).toContain('articles');
        });
        const key = p.map((s) => s.edge).join(' ');
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      });
      // With everything allowed, the length is graphology's plain shortest distance.
      if (via.length === ALL.length) expect(r.length).toBe(undirectedSingleSourceLength(g, a)[b] ?? null);
    }),
  );
});
