// sg:earliest / sg:latest: the direct reading of common EDTF forms agrees with the edtf library
// wherever the library accepts the value (fast-check), and the rest goes to the library.
import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfBounds, libraryBounds } from '../../src/rdf/edtf-bounds.js';

const qualifier = fc.constantFrom('', '~', '?', '%');
const date = fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 31 }), qualifier)
  .map(([y, m, d, q]) => `${y}${m ? `-${String(m).padStart(2, '0')}${d ? `-${String(d).padStart(2, '0')}` : ''}` : ''}${q}`);
const side = fc.oneof(date, fc.constantFrom('', '..'));
const value = fc.oneof(date, fc.tuple(side, side).map(([a, b]) => `${a}/${b}`));

const accepted = (v: string) => {
  try {
    edtf(v);
    return true;
  } catch {
    return false;
  }
};

describe('edtfBounds', () => {
  it('agrees with the edtf library on every value the library accepts', () => {
    fc.assert(fc.property(value, (v) => {
      fc.pre(accepted(v));
      expect(edtfBounds(v)).toEqual(libraryBounds(v));
    }), { numRuns: 400 });
  });

  it.each([
    ['2020-10-28/2020-10-29', { earliest: '2020-10-28', latest: '2020-10-29' }],
    ['2020-10~', { earliest: '2020-10-01', latest: '2020-10-31' }],
    ['2020-02', { earliest: '2020-02-01', latest: '2020-02-29' }],
    ['../2020-12-31', { latest: '2020-12-31' }],
    ['/..', {}],
    ['2020-11-11~/2020-11-20~', { earliest: '2020-11-11', latest: '2020-11-20' }],
    ['2020-21', { earliest: '2020-01-01', latest: '2020-03-31' }], // a season: the library's answer
    ['2020-1X', { earliest: '2020-10-01', latest: '2020-12-31' }], // unspecified digits: the library's answer
  ])('%s → %j', (v, bounds) => {
    expect(edtfBounds(v)).toEqual(bounds);
  });
});
