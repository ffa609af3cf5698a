// The fast path for common EDTF forms must agree with the edtf package on every value it takes.
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { edtfBounds, fastBounds } from '../../src/load/time-bounds.js';

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);
const library = (v: string) => { const d = edtf(v); return { earliest: iso(d.min), latest: iso(d.max) }; };

const COMMON = [
  '2020', '2020-11', '2020-11-03', '2020-02-29', '2020-10~', '2020-10-28?', '2020-11-11%',
  '2020-10-28/2020-10-29', '2020-11-11~/2020-11-20~', '2020-10/2020-12', '2019/2021-03-04',
  '../2020-12-31', '2020-10-28/..', '/2020-12-31', '2020-10-28/', '/..', '../..',
  '[2020-10-29,2020-10-30]', '[2020-11-03]', '[2020-10-29,2020-10-30,2021-01-05]',
];

describe('EDTF bounds', () => {
  it.each(COMMON)('the fast path agrees with the edtf package on %s', (v) => {
    expect(fastBounds(v)).toBeDefined();
    expect(fastBounds(v)).toEqual(library(v));
  });

  it.each(['2020-02-30', '2020-13', '2020-12-31/2020-01-01', 'yesterday', '2020-10-28/2020/2021', '[2020-10-29..2020-12-31]'])(
    'leaves %s to the edtf package', (v) => {
      expect(fastBounds(v)).toBeUndefined();
    });

  it.each(['2020-02-30', '2020-13', 'yesterday', '2020-12-31/2020-01-01'])('rejects invalid %s', (v) => {
    expect(edtfBounds(v)).toBeUndefined();
  });
});
