// The fast path for common EDTF forms must agree with the edtf package on every value it takes.
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { edtfBounds, fastBounds } from '../../src/load/time-bounds.js';

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);
const library = (v: string) => {
  const d = edtf(v);
  return { earliest: iso(d.min), latest: iso(d.max) };
};

const COMMON = [
  '2020',
  '2020-11',
  '2020-11-03',
  '2020-02-29',
  '2020-10~',
  '2020-10-28?',
  '2020-11-11%',
  '2020-10-28/2020-10-29',
  '2020-11-11~/2020-11-20~',
  '2020-10/2020-12',
  '2019/2021-03-04',
  '../2020-12-31',
  '2020-10-28/..',
  '/2020-12-31',
  '2020-10-28/',
  '/..',
  '0050-03',
  '0000',
  '0099-12-31',
  '0001-02-28/0099',
  '[0050-03-01,0050-03-02]',
  '0099-12~',
  '[2020-10-29,2020-10-30]',
  '[2020-11-03]',
  '[2020-10-29,2020-10-30,2021-01-05]',
];

describe('EDTF bounds', () => {
  it.each(COMMON)('the fast path agrees with the edtf package on %s', (v) => {
    expect(fastBounds(v)).toBeDefined();
    expect(fastBounds(v)).toEqual(library(v));
  });

  it.each(['2020-02-30', '2020-13', '2020-12-31/2020-01-01', 'yesterday', '2020-10-28/2020/2021', '[2020-10-29..2020-12-31]'])(
    'leaves %s to the edtf package',
    (v) => {
      expect(fastBounds(v)).toBeUndefined();
    },
  );

  it.each(['2020-02-30', '2020-13', 'yesterday', '2020-12-31/2020-01-01'])('rejects invalid %s', (v) => {
    expect(edtfBounds(v)).toBeUndefined();
  });

  it.each([
    ['0050-03', '0050-03-01T00:00:00.000Z', '0050-03-31T23:59:59.999Z'],
    ['0000', '0000-01-01T00:00:00.000Z', '0000-12-31T23:59:59.999Z'],
    ['0099-12-31', '0099-12-31T00:00:00.000Z', '0099-12-31T23:59:59.999Z'],
    ['0012/0099-02', '0012-01-01T00:00:00.000Z', '0099-02-28T23:59:59.999Z'],
  ])('14: EDTF years 0000-0099 are not moved 1,900 years late: %s', (v, earliest, latest) => {
    expect(edtfBounds(v)).toEqual({ earliest, latest });
  });

  it('14: 0004-02-29 is a real day (year 4 is a leap year), 0100-02-29 is not', () => {
    expect(edtfBounds('0004-02-29')).toBeDefined();
    expect(fastBounds('0100-02-29')).toBeUndefined();
  });

  it.each(['../..', '/'])('14: %s, an interval that says nothing, is refused', (v) => {
    expect(edtfBounds(v)).toBeUndefined();
  });
});
