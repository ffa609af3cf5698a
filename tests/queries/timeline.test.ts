import { expect, test } from 'vitest';
import { timeline } from '../../src/queries/timeline.js';
import { QueryError } from '../../src/queries/errors.js';
import { buildFixture } from './fixture.js';

const g = buildFixture();

test('sorted by EDTF start (an open start at its end), undated last', () => {
  const t = timeline(g);
  expect(t.map((e) => e.id)).toEqual(['event/meeting', 'event/tension', 'event/next-meeting', 'event/strike']);
  expect(t[1]).toMatchObject({ edtf: '../2020-10-29', min: null, max: '2020-10-29T23:59:59.999Z', open: true, status: 'past' });
  expect(t[0]).toMatchObject({
    edtf: '2020-10-28',
    expression: 'Oct. 28',
    min: '2020-10-28T00:00:00.000Z',
    max: '2020-10-28T23:59:59.999Z',
    uncertain: false,
    approximate: false,
    open: false,
    factuality: 'asserted',
    status: 'past',
    published: '2020-10-29',
  });
  expect(t[0]!.evidence.map((e) => e.exact)).toContain('Oct. 28');
  expect(t[2]).toMatchObject({ approximate: true, uncertain: false, status: 'planned' });
  expect(t[3]).toMatchObject({ edtf: null, min: null, status: 'denied' });
});

test('--from/--to keep entries that overlap the range (dated only)', () => {
  expect(timeline(g, { from: '2020-11' }).map((e) => e.id)).toEqual(['event/next-meeting']);
  expect(timeline(g, { to: '2020-10-28' }).map((e) => e.id)).toEqual(['event/meeting', 'event/tension']);
  expect(timeline(g, { from: '2020-10-29', to: '2020-10-29' }).map((e) => e.id)).toEqual(['event/tension']);
  expect(timeline(g, { from: '2021' })).toEqual([]);
});

test.each([[{ from: 'yesterday' }], [{ to: '2020-13-01' }], [{ from: '2020-12', to: '2020-11' }]])('bad dates are typed errors: %o', (opts) => {
  try {
    timeline(g, opts);
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(QueryError);
    expect((e as QueryError).code).toBe('bad-date');
  }
});

test('an asserted event with an open end is ongoing, not past', () => {
  const g2 = buildFixture();
  g2.setNodeAttribute('event/tension', 'time', { edtf: '/..', expression: 'ongoing', earliest: null, latest: null });
  expect(timeline(g2).find((e) => e.id === 'event/tension')).toMatchObject({ status: 'ongoing', min: null, max: null, open: true });
});
