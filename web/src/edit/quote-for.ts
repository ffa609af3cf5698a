// From a stretch of the article the curator picked (UTF-16 indexes of the story's text) to the
// quote selector curators write: the exact words, and only when they occur more than once a
// prefix that tells this occurrence apart (or its start and end, where no prefix can).
import type { QuoteSelector } from '../../../src/model/selector.js';
import { CodePointText } from '../../../src/text/code-points.js';
import { disambiguate } from '../../../src/text/disambiguate.js';
import { resolveQuote } from '../../../src/text/quote-resolver.js';

export function quoteFor(text: string, start: number, end: number): QuoteSelector {
  const exact = text.slice(start, end);
  const occ: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) occ.push(i);
  if (occ.length <= 1) return { exact };
  const doc = new CodePointText(text);
  const d = disambiguate(text, occ, (i) => doc.toCodePoint(i))[occ.indexOf(start)];
  if (d && 'prefix' in d) return { exact, prefix: d.prefix };
  return { exact, start: doc.toCodePoint(start), end: doc.toCodePoint(end) };
}

/** The first occurrence of `words` at or after `from` (UTF-16), as a picked stretch; undefined when absent. */
export function findWords(text: string, words: string, from = 0): { start: number; end: number } | undefined {
  if (!words) return undefined;
  let i = text.indexOf(words, from);
  if (i === -1 && from > 0) i = text.indexOf(words);
  return i === -1 ? undefined : { start: i, end: i + words.length };
}

/** Where a selector lands in the text (code points), for keeping mentions in article order. */
export function startOf(text: string, q: QuoteSelector): number {
  const r = resolveQuote(new CodePointText(text), q);
  return r.ok ? r.start : Number.MAX_SAFE_INTEGER;
}

/** The index at which a new selector keeps the list in article order. */
export function orderedIndex(text: string, list: readonly QuoteSelector[], q: QuoteSelector): number {
  const at = startOf(text, q);
  const i = list.findIndex((x) => startOf(text, x) > at);
  return i === -1 ? list.length : i;
}
