import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeText, searchKey } from '../../src/queries/normalize.js';

describe('normalizeText', () => {
  test.each([
    ['ESPER', 'esper'],
    ['Ésper', 'esper'],
    ['Ｅｓｐｅｒ', 'esper'], // full-width
    ['Crème  brûlée ', 'creme brulee'],
    ['Ελλάδα', 'ελλαδα'],
    ['ﬁnal', 'final'], // ligature
  ])('%s folds to %s', (input, out) => {
    expect(normalizeText(input)).toBe(out);
  });

  test('keeps CJK, kana voicing and Hangul as they are', () => {
    expect(normalizeText('吳謙')).toBe('吳謙');
    expect(normalizeText('が')).toBe('が');
    expect(normalizeText('한국')).toBe('한국');
    expect(normalizeText('ｶﾞ')).toBe('ガ'); // half-width kana widen, voicing kept
  });

  test('is idempotent', () => {
    for (const s of ['Ésper', 'Ｕ.Ｓ.', '吳謙', 'Crème']) expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });
});

describe('searchKey', () => {
  test('closes dotted acronyms and drops punctuation', () => {
    expect(searchKey('the U.S. and Chinese')).toBe('the us and chinese');
    expect(searchKey('Ｕ.Ｓ.')).toBe('us');
    expect(searchKey("countries' militaries")).toBe('countries militaries');
    expect(searchKey('Wu Qian (吳謙)')).toBe('wu qian 吳謙');
  });
});

describe('the ASCII fast path', () => {
  // The general folding, as it was before ASCII text took its shortcut: the two must agree.
  const fold = (s: string) =>
    s
      .normalize('NFKC')
      .normalize('NFKD')
      .replace(/([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '$1')
      .normalize('NFC')
      .toLowerCase()
      .replace(/\s+/gu, ' ')
      .trim();
  const key = (s: string) =>
    fold(s)
      .replace(/(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}(?![\p{L}\p{N}]))/gu, '$1')
      .replace(/['’]/gu, '')
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
      .trim();
  const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
  const acronyms = fc.array(fc.constantFrom('U', '.', 's', 'S', ' ', "'", 'a', '1', '\t', '-', 'x.'), { maxLength: 12 }).map((a) => a.join(''));

  test('folds and keys ASCII text exactly as the general folding does', () => {
    fc.assert(
      fc.property(fc.oneof(ascii, acronyms), (s) => {
        expect(normalizeText(s)).toBe(fold(s));
        expect(searchKey(s)).toBe(key(s));
      }),
      { numRuns: 2000 },
    );
  });
});
