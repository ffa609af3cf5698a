// Quote selectors → code-point offsets: exactly one occurrence must match, explicit offsets must
// agree, and an ambiguous quote comes with a prefix that picks each occurrence.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodePointText } from '../../src/text/code-points.js';
import { resolveQuote, type QuoteInput } from '../../src/text/quote-resolver.js';
import { ROOT } from '../support/cli.js';

const resolve = (text: string, q: QuoteInput) => resolveQuote(new CodePointText(text), q, 'article.txt');
const SEED = readFileSync(join(ROOT, 'data', 'stories', 'taiwannews-2020-10-us-china-crisis-talks', 'article.txt'), 'utf8');

describe('resolveQuote', () => {
  it('resolves a unique quote to code-point offsets', () => {
    expect(resolve('😀 Mark Esper said', { exact: 'Mark Esper' })).toEqual({ ok: true, start: 2, end: 12 });
  });

  it('uses prefix and suffix to pick one of several occurrences', () => {
    const text = 'Esper met Wu. Esper denied it. Esper left.';
    expect(resolve(text, { exact: 'Esper', suffix: ' denied' })).toEqual({ ok: true, start: 14, end: 19 });
    expect(resolve(text, { exact: 'Esper', prefix: 'it. ' })).toEqual({ ok: true, start: 31, end: 36 });
    expect(resolve(text, { exact: 'Esper', prefix: 'Wu. ', suffix: ' denied' })).toEqual({ ok: true, start: 14, end: 19 });
  });

  it('a prefix longer than the text before the quote does not match', () => {
    expect(resolve('Esper said', { exact: 'Esper', prefix: 'Mr. ' })).toMatchObject({ ok: false, code: 'quote-not-found' });
  });

  it('reports a quote that does not occur', () => {
    expect(resolve(SEED, { exact: 'Mark Espr' })).toEqual({ ok: false, code: 'quote-not-found', message: '"Mark Espr" does not occur in article.txt' });
    expect(resolve(SEED, { exact: 'Esper', prefix: 'Dr. ' })).toMatchObject({
      code: 'quote-not-found',
      message: '"Esper" occurs in article.txt, but not with the given prefix/suffix',
    });
  });

  it('shows a quote with line-breaking controls escaped, on one line (C1 NEL, DEL, U+2028 as well as C0)', () => {
    const r = resolve(SEED, { exact: '\u0085Mark\u007f\u2028Esper\n' });
    expect(r).toEqual({ ok: false, code: 'quote-not-found', message: '"\\u0085Mark\\u007f\\u2028Esper\\n" does not occur in article.txt' });
  });

  it('never matches half of a surrogate pair', () => {
    expect(resolve('a😀b', { exact: '\ude00b' })).toMatchObject({ ok: false, code: 'quote-not-found' });
    expect(resolve('a😀b', { exact: 'a\ud83d' })).toMatchObject({ ok: false, code: 'quote-not-found' });
  });

  it('an ambiguous quote lists every occurrence and a short prefix for each', () => {
    const r = resolve(SEED, { exact: 'the U.S.' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('quote-ambiguous');
    expect(r.message).toMatchInlineSnapshot(
      `""the U.S." occurs 3 times in article.txt (at 598, 950, 1257); add a prefix: "countries to work with " / "news report that " / "said, “We urge ""`,
    );
  });

  it('suggests the start offset where no prefix can tell occurrences apart', () => {
    expect(resolve('Wu said. Wu said.', { exact: 'Wu' })).toMatchObject({
      code: 'quote-ambiguous',
      message: '"Wu" occurs 2 times in article.txt (at 0, 9); add a prefix: "start": 0 / "Wu said. "',
      suggestions: [{ start: 0 }, { prefix: 'Wu said. ' }],
    });
    expect(resolve('aaa', { exact: 'a' })).toMatchObject({ suggestions: [{ start: 0 }, { start: 1 }, { prefix: 'aa' }] });
  });

  it('widens a prefix to the start of the word it cuts into', () => {
    const text = 'The Pentagon said no. The spokesman for the ministry said yes.';
    expect(resolve(text, { exact: 'said' })).toMatchObject({ suggestions: [{ prefix: 'The Pentagon ' }, { prefix: 'for the ministry ' }] });
  });

  it('shortens the message for many occurrences', () => {
    const r = resolve('x '.repeat(30), { exact: 'x' });
    expect(r).toMatchObject({
      code: 'quote-ambiguous',
      message: expect.stringMatching(
        /occurs 30 times in article\.txt \(at 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, \.\.\.\); add a prefix: "start": 0 \/ .* \/ \.\.\.$/,
      ),
    });
  });

  it('explicit offsets pick an occurrence and must agree with the quote', () => {
    const text = 'Esper met Wu. Esper 😀 denied it.';
    expect(resolve(text, { exact: 'Esper', start: 14 })).toEqual({ ok: true, start: 14, end: 19 });
    expect(resolve(text, { exact: 'Esper', start: 14, end: 19 })).toEqual({ ok: true, start: 14, end: 19 });
    expect(resolve(text, { exact: 'Esper', end: 5 })).toEqual({ ok: true, start: 0, end: 5 });
    expect(resolve(text, { exact: 'denied', start: 22 })).toEqual({ ok: true, start: 22, end: 28 });
    expect(resolve(text, { exact: 'Esper', start: 15 })).toEqual({
      ok: false,
      code: 'offset-mismatch',
      message: 'offsets 15..20 hold "sper ", not "Esper" (which is at 0, 14)',
    });
    expect(resolve(text, { exact: 'Esper', start: 14, end: 20 })).toMatchObject({ code: 'offset-mismatch' });
    expect(resolve(text, { exact: 'Esper', end: 6 })).toMatchObject({ code: 'offset-mismatch' });
    expect(resolve(text, { exact: 'it.', start: 30 })).toMatchObject({
      code: 'offset-mismatch',
      message: 'offsets 30..32 hold "t.", not "it." (which is at 29)',
    });
  });

  it('offsets outside the text are out of range', () => {
    expect(resolve('Esper', { exact: 'Esper', start: 6 })).toEqual({
      ok: false,
      code: 'offset-out-of-range',
      message: 'offsets 6.. lie outside article.txt (5 code points)',
    });
    expect(resolve('Esper', { exact: 'Esper', start: 0, end: 9 })).toMatchObject({ code: 'offset-out-of-range' });
    expect(resolve('Esper', { exact: 'Esper', start: 3, end: 1 })).toMatchObject({ code: 'offset-out-of-range' });
  });

  it('shows a long quote cut at 60 code points without splitting a character', () => {
    const exact = `${'😀'.repeat(70)}!`;
    const r = resolve('nothing here', { exact });
    expect(r).toMatchObject({ code: 'quote-not-found', message: `"${'😀'.repeat(57)}..." does not occur in article.txt` });
  });
});

describe('resolveQuote on random text with astral characters (property)', () => {
  // A small alphabet, so that quotes often repeat and need a prefix.
  const text = fc.array(fc.constantFrom('a', 'b', ' ', '😀', '𠀀', '吳', '\n'), { minLength: 1, maxLength: 40 });
  const story = text.chain((cps) => fc.tuple(fc.constant(cps), fc.nat({ max: cps.length - 1 }), fc.integer({ min: 1, max: 6 })));
  const occurrences = (cps: string[], exact: string[]) =>
    cps.flatMap((_, i) => (cps.slice(i, i + exact.length).join('') === exact.join('') && i + exact.length <= cps.length ? [i] : []));

  it('resolves to offsets whose code-point slice gives the quote back, or says it is ambiguous', () => {
    fc.assert(
      fc.property(story, ([cps, start, len]) => {
        const end = Math.min(cps.length, start + len);
        const exact = cps.slice(start, end);
        const full = cps.join('');
        const found = occurrences(cps, exact);
        const r = resolve(full, { exact: exact.join('') });
        if (found.length === 1) {
          expect(r).toEqual({ ok: true, start, end });
        } else {
          expect(r).toMatchObject({ ok: false, code: 'quote-ambiguous', candidates: found });
        }
        // A prefix just long enough, then a suffix if it must, always finds this occurrence.
        let q: QuoteInput = { exact: exact.join('') };
        let res = r;
        for (let k = 1; !res.ok && k <= start; k++) {
          q = { exact: exact.join(''), prefix: cps.slice(start - k, start).join('') };
          res = resolve(full, q);
          expect(res.ok || res.code === 'quote-ambiguous').toBe(true);
        }
        if (!res.ok && end < cps.length) res = resolve(full, { ...q, suffix: cps.slice(end).join('') });
        if (!res.ok) res = resolve(full, { exact: exact.join(''), start });
        expect(res).toEqual({ ok: true, start, end });
        expect(
          Array.from(full)
            .slice(res.ok ? res.start : 0, res.ok ? res.end : 0)
            .join(''),
        ).toBe(exact.join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('every suggestion of an ambiguous quote resolves to its own occurrence', () => {
    fc.assert(
      fc.property(story, ([cps, start, len]) => {
        const exact = cps.slice(start, Math.min(cps.length, start + len)).join('');
        const full = cps.join('');
        const r = resolve(full, { exact });
        if (r.ok || r.code !== 'quote-ambiguous') return;
        expect(r.suggestions).toHaveLength(Math.min(20, r.candidates!.length));
        r.suggestions!.forEach((s, i) => {
          const picked = resolve(full, 'prefix' in s ? { exact, prefix: s.prefix } : { exact, start: s.start });
          expect(picked).toEqual({ ok: true, start: r.candidates![i], end: r.candidates![i]! + Array.from(exact).length });
          if ('prefix' in s) expect(Array.from(s.prefix).length).toBeLessThanOrEqual(40);
        });
      }),
      { numRuns: 500 },
    );
  });
});
