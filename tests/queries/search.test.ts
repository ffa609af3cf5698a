import { describe, expect, test } from 'vitest';
import { matchQuality, search } from '../../src/queries/search.js';
import { QueryError } from '../../src/queries/errors.js';
import { buildFixture, TEXT } from './fixture.js';
import { CodePointText } from '../../src/text/code-points.js';

const g = buildFixture();
const doc = new CodePointText(TEXT);

describe('search', () => {
  test('CJK: 吳謙 finds Wu Qian by alias, with the quote at code-point offsets', () => {
    const [top] = search(g, '吳謙');
    expect(top).toMatchObject({ id: 'person/wu-qian', type: 'person', matched: 'alias' });
    const e = top!.evidence!.find((x) => x.exact === '吳謙')!;
    expect(doc.slice(e.start, e.end)).toBe('吳謙');
    expect(TEXT.indexOf('吳謙')).toBe(e.start + 1); // 𠮷 before it is one code point, two UTF-16 units
  });

  test('a label ranks before an alias, a quote and content', () => {
    const results = search(g, 'esper');
    expect(results[0]).toMatchObject({ id: 'person/mark-esper', matched: 'label' });
    expect(results.map((r) => r.id)).toContain('claim/esper-denies');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  test('case, accents and punctuation do not matter', () => {
    expect(search(g, 'ÉSPER')[0]!.id).toBe('person/mark-esper');
    expect(search(g, 'US')[0]).toMatchObject({ id: 'country/us', matched: 'alias' });
  });

  test('words of a quote find the node and carry the matching quote', () => {
    const r = search(g, 'keep its promise').find((x) => x.id === 'claim/wu-urges')!;
    expect(r.matched).toBe('quote');
    expect(r.evidence![0]!.exact).toContain('keep its promise');
    expect(r.factuality).toBe('asserted');
    expect(r.attribution![0]).toMatchObject({ agent: 'person/wu-qian', role: 'speaker' });
  });

  test('claim content is searched', () => {
    expect(search(g, 'not planning').map((r) => [r.id, r.matched])).toEqual([['claim/esper-denies', 'content']]);
  });

  test('--type filters the results', () => {
    expect(search(g, 'esper', { type: 'claim' }).every((r) => r.type === 'claim')).toBe(true);
    expect(search(g, 'esper', { type: 'city' })).toEqual([]);
  });

  test('results are sorted by score, then id, and deterministic', () => {
    expect(search(g, 'li wei').map((r) => r.id)).toEqual(['person/li-wei', 'person/li-wei-2']);
    expect(search(g, 'hanoi')).toEqual(search(g, 'hanoi'));
  });

  test('nothing to search for is a typed error', () => {
    expect(() => search(g, ' ... ')).toThrow(QueryError);
  });

  test('no match: empty list', () => {
    expect(search(g, 'zebra')).toEqual([]);
  });
});

describe('matchQuality', () => {
  test('kinds of match, best first', () => {
    const q = (query: string, field: string) => matchQuality(query, field);
    const ranked = [
      q('wu qian', 'wu qian'), // the whole field
      q('wu', 'wu qian'), // a whole word
      q('qi', 'wu qian'), // the start of a word
      q('spen', 'mark ispen'), // inside a word (4+ characters)
      q('esper wu', 'mark esper met wu qian'), // every word somewhere
    ];
    expect(ranked[0]).toBe(1);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    expect(new Set(ranked).size).toBe(ranked.length);
    expect(ranked.at(-1)).toBeGreaterThan(0);
  });

  test('CJK matches inside a run of characters', () => {
    expect(matchQuality('吳謙', '中國國防部發言人吳謙說')).toBeGreaterThan(0.7);
  });

  test('no match inside a word for short queries', () => {
    expect(matchQuality('ian', 'wu qian')).toBe(0);
  });

  test('a shorter field ranks higher for the same kind of match', () => {
    expect(matchQuality('esper', 'mark esper')).toBeGreaterThan(matchQuality('esper', 'esper denies the strike plan'));
  });
});
