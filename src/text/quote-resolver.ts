// Resolves a TextQuoteSelector against a text: every occurrence of `exact` whose surroundings
// match `prefix`/`suffix`. Exactly one must remain; the loader never guesses a re-anchoring.
import type { CodePointText } from './code-points.js';

export interface QuoteInput {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start?: number | undefined;
  end?: number | undefined;
}

export type QuoteResolution =
  | { ok: true; start: number; end: number }
  | { ok: false; code: 'quote-not-found' | 'quote-ambiguous' | 'offset-out-of-range' | 'offset-mismatch'; message: string; candidates?: number[] };

/** UTF-16 indexes of every occurrence of `exact` (overlapping ones included). */
function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

export function resolveQuote(doc: CodePointText, q: QuoteInput, textName = 'the text'): QuoteResolution {
  const { text } = doc;
  const all = occurrences(text, q.exact);
  const matching = all.filter(
    (i) =>
      (q.prefix === undefined || text.slice(0, i).endsWith(q.prefix)) &&
      (q.suffix === undefined || text.startsWith(q.suffix, i + q.exact.length)),
  );
  if (q.start !== undefined || q.end !== undefined) {
    const n = doc.length;
    if ((q.start ?? 0) > n || (q.end ?? 0) > n || (q.start !== undefined && q.end !== undefined && q.start > q.end)) {
      return { ok: false, code: 'offset-out-of-range', message: `offsets ${q.start}..${q.end} lie outside ${textName} (${n} code points)` };
    }
  }
  if (all.length === 0) return { ok: false, code: 'quote-not-found', message: `${show(q.exact)} does not occur in ${textName}` };
  if (matching.length === 0) {
    return { ok: false, code: 'quote-not-found', message: `${show(q.exact)} occurs in ${textName}, but not with the given prefix/suffix` };
  }
  const starts = matching.map((i) => doc.toCodePoint(i));
  if (q.start !== undefined) {
    // Explicit offsets pick the occurrence and must agree with the quote.
    const k = starts.indexOf(q.start);
    const end = q.start + [...q.exact].length;
    if (k === -1 || (q.end !== undefined && q.end !== end)) {
      const actual = doc.slice(q.start, q.end ?? end);
      return { ok: false, code: 'offset-mismatch', message: `offsets ${q.start}..${q.end ?? end} hold ${show(actual)}, not ${show(q.exact)}` };
    }
    return { ok: true, start: q.start, end };
  }
  if (matching.length > 1) {
    return {
      ok: false,
      code: 'quote-ambiguous',
      message: `${show(q.exact)} occurs ${matching.length} times in ${textName} (at code points ${starts.join(', ')}); add a prefix or suffix`,
      candidates: starts,
    };
  }
  const start = starts[0]!;
  return { ok: true, start, end: start + [...q.exact].length };
}
