// Sentence splitting for coverage: abbreviations ("Oct.", "Nov.", "Mr.", "Gen.") do not end a
// sentence; offsets are code points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { ROOT } from '../support/cli.js';

const SEED = readFileSync(join(ROOT, 'data', 'stories', 'taiwannews-2020-10-us-china-crisis-talks', 'article.txt'), 'utf8');
const texts = (s: string, locale?: string) => splitSentences(s, locale).map((x) => x.text);

describe('the seed article', () => {
  const sentences = splitSentences(SEED);

  it('has 13 sentences: title, subtitle, two photo credits and nine of body text', () => {
    expect(sentences).toHaveLength(13);
    expect(sentences.map((s) => s.index)).toEqual([...Array(13).keys()]);
    expect(sentences[0]!.text).toBe('US, Chinese militaries hold crisis communication talks');
    expect(sentences[2]!.text).toBe('(Reuters photo)');
    expect(sentences[12]!.text).toMatch(/^In a statement, the Pentagon said, .*post-crisis assessment\.”$/);
  });

  it('does not split "Oct. 28-29" or "Nov. 3."', () => {
    expect(sentences[1]!.text).toBe('American, Chinese militaries held video conference about crisis communication Oct. 28-29');
    expect(sentences.find((s) => s.text.includes('Nov.'))!.text).toMatch(/^Wu said that during the talks, .* loses the election on Nov\. 3\.$/);
  });

  it('gives code-point spans that slice each sentence out of the text', () => {
    const cps = Array.from(SEED);
    for (const s of sentences) expect(cps.slice(s.start, s.end).join('')).toBe(s.text);
    // 吳謙 is in the BMP, so here code points and UTF-16 agree; the astral case is below.
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.start).toBeGreaterThan(sentences[i - 1]!.end);
  });
});

describe('abbreviations', () => {
  it('joins a month abbreviation with the date after it', () => {
    expect(texts('It was Oct. 28. Nobody came.')).toEqual(['It was Oct. 28.', 'Nobody came.']);
    expect(texts('Talks begin Jan. 5 and end Feb. 10. Then a vote.')).toEqual(['Talks begin Jan. 5 and end Feb. 10.', 'Then a vote.']);
  });

  it('joins a title with the name after it', () => {
    expect(texts('Mr. Smith went to Washington. He met Dr. Jones.')).toEqual(['Mr. Smith went to Washington.', 'He met Dr. Jones.']);
    expect(texts('Gen. Mark Milley spoke. Sen. Doe agreed!')).toEqual(['Gen. Mark Milley spoke.', 'Sen. Doe agreed!']);
    expect(texts('Lt. Col. Dan Roe left. Ms. Roe stayed.')).toEqual(['Lt. Col. Dan Roe left.', 'Ms. Roe stayed.']);
  });

  it('joins an abbreviation followed by a lower-case word', () => {
    expect(texts('He left at 5 p.m. and came back. The rain fell.')).toEqual(['He left at 5 p.m. and came back.', 'The rain fell.']);
    expect(texts('It hit the U.S. economy hard. Markets fell.')).toEqual(['It hit the U.S. economy hard.', 'Markets fell.']);
  });

  it('still ends a sentence at a word that only looks like a title', () => {
    expect(texts('They wanted more. Dr. Roe agreed.')).toEqual(['They wanted more.', 'Dr. Roe agreed.']);
    expect(texts('He met Adm. Roe. Then he left.')).toEqual(['He met Adm. Roe.', 'Then he left.']);
    expect(texts('Prices rose 5 pct. Analysts were surprised.')).toEqual(['Prices rose 5 pct.', 'Analysts were surprised.']);
  });

  it('never joins across a line break', () => {
    expect(texts('Oct.\n28 was the day.')).toEqual(['Oct.', '28 was the day.']);
    expect(texts('Talks with Gen.\nRoe ended.')).toEqual(['Talks with Gen.', 'Roe ended.']);
  });
});

describe('offsets and odd input', () => {
  it('counts astral characters as one code point', () => {
    const text = '😀 First one. 𠀀 Second one.';
    const s = splitSentences(text);
    expect(s.map((x) => [x.start, x.end])).toEqual([
      [0, 12],
      [13, 26],
    ]);
    expect(s.map((x) => x.text)).toEqual(['😀 First one.', '𠀀 Second one.']);
  });

  it('skips blank lines and trims CRLF', () => {
    expect(texts('Title\r\n\r\nBody one. Body two.\r\n')).toEqual(['Title', 'Body one.', 'Body two.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n ')).toEqual([]);
  });

  it('falls back to English for a tag ICU rejects, rather than throwing', () => {
    expect(texts('Mr. Smith left. He came back.', 'en-a')).toEqual(['Mr. Smith left.', 'He came back.']);
  });
});
