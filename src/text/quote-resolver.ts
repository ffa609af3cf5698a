// Resolves a TextQuoteSelector against a text: every occurrence of `exact` whose surroundings
// match `prefix`/`suffix`. Exactly one must remain; the loader never guesses a re-anchoring.
import type { CodePointText } from './code-points.js';
import { escapeJson } from './escape-json.js';
import { disambiguate, type Disambiguation } from './disambiguate.js';

export interface QuoteInput {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
  start?: number | undefined;
  end?: number | undefined;
}

export type QuoteFailure = 'quote-not-found' | 'quote-ambiguous' | 'offset-out-of-range' | 'offset-mismatch';

export type QuoteResolution =
  | { ok: true; start: number; end: number }
  | { ok: false; code: QuoteFailure; message: string; candidates?: number[]; suggestions?: Disambiguation[] };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True unless UTF-16 index i falls between the two halves of a surrogate pair. */
const onBoundary = (text: string, i: number) => !(isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)));

/** UTF-16 indexes of every occurrence of `exact` (overlapping ones included) that starts and ends on a code point. */
function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    if (onBoundary(text, i) && onBoundary(text, i + exact.length)) found.push(i);
  }
  return found;
}

const SHOW = 60;
const show = (s: string) => {
  const cps = [...s];
  return escapeJson(cps.length > SHOW ? `${cps.slice(0, SHOW - 3).join('')}...` : s);
};
const list = (starts: number[]) => (starts.length > 10 ? `${starts.slice(0, 10).join(', ')}, ...` : starts.join(', '));
const SUGGEST = 5; // occurrences given a suggestion in the message
const SUGGEST_MAX = 20; // occurrences given a suggestion in the result

function ambiguous(doc: CodePointText, q: QuoteInput, matching: number[], starts: number[], textName: string): QuoteResolution {
  const suggestions = disambiguate(doc.text, matching.slice(0, SUGGEST_MAX), (i) => doc.toCodePoint(i));
  const hint = suggestions
    .slice(0, SUGGEST)
    .map((s) => ('prefix' in s ? show(s.prefix) : `"start": ${s.start}`))
    .join(' / ');
  const more = matching.length > SUGGEST ? ' / ...' : '';
  return {
    ok: false,
    code: 'quote-ambiguous',
    message: `${show(q.exact)} occurs ${matching.length} times in ${textName} (at ${list(starts)}); add a prefix: ${hint}${more}`,
    candidates: starts,
    suggestions,
  };
}

export function resolveQuote(doc: CodePointText, q: QuoteInput, textName = 'the text'): QuoteResolution {
  const { text } = doc;
  const n = doc.length;
  if ((q.start ?? 0) > n || (q.end ?? 0) > n || (q.start !== undefined && q.end !== undefined && q.start > q.end)) {
    return { ok: false, code: 'offset-out-of-range', message: `offsets ${q.start ?? ''}..${q.end ?? ''} lie outside ${textName} (${n} code points)` };
  }
  const all = occurrences(text, q.exact);
  const matching = all.filter(
    (i) =>
      (q.prefix === undefined || (i >= q.prefix.length && text.startsWith(q.prefix, i - q.prefix.length))) &&
      (q.suffix === undefined || text.startsWith(q.suffix, i + q.exact.length)),
  );
  if (all.length === 0) return { ok: false, code: 'quote-not-found', message: `${show(q.exact)} does not occur in ${textName}` };
  if (matching.length === 0) {
    return { ok: false, code: 'quote-not-found', message: `${show(q.exact)} occurs in ${textName}, but not with the given prefix/suffix` };
  }
  const length = [...q.exact].length;
  const starts = matching.map((i) => doc.toCodePoint(i));
  if (q.start !== undefined || q.end !== undefined) {
    // Explicit offsets pick the occurrence and must agree with the quote.
    const start = q.start ?? Math.max(0, q.end! - length);
    const end = q.end ?? Math.min(n, start + length);
    if (!starts.includes(start) || end !== start + length) {
      const actual = doc.slice(start, end);
      return {
        ok: false,
        code: 'offset-mismatch',
        message: `offsets ${start}..${end} hold ${show(actual)}, not ${show(q.exact)} (which is at ${list(starts)})`,
      };
    }
    return { ok: true, start, end };
  }
  if (matching.length > 1) return ambiguous(doc, q, matching, starts, textName);
  const start = starts[0]!;
  return { ok: true, start, end: start + length };
}
