import { describe, expect, test } from 'vitest';
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
