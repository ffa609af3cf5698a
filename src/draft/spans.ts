// The drafter's working unit: a span of the article in UTF-16 indexes (what RegExp and the NLP
// libraries give); converted to code points only when written out as a selector.
import type { CodePointText } from '../text/code-points.js';
import type { DraftMark, DraftOrigin } from '../model/draft.js';

export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
export const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

export const mark = (origin: DraftOrigin, confidence: number): DraftMark => ({ origin, confidence: Math.round(confidence * 100) / 100 });

/** A quote selector with explicit code-point offsets, so repeated words need no prefix. */
export function selector(doc: CodePointText, s: Span): { exact: string; start: number; end: number } {
  return { exact: doc.text.slice(s.start, s.end), start: doc.toCodePoint(s.start), end: doc.toCodePoint(s.end) };
}
