// Sentences of an article, for coverage. Intl.Segmenter (built into Node) splits after
// abbreviations such as "Oct." and "Nov."; a segment that starts with a lower-case letter or a
// digit continues the sentence before it, so the two are joined again.
import { CodePointText } from './code-points.js';

export interface Sentence {
  index: number;
  start: number; // code points, end-exclusive
  end: number;
  text: string;
}

export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const doc = new CodePointText(text);
  const pieces: { start: number; end: number }[] = [];
  for (const s of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (!body) continue;
    const start = s.index + lead;
    const piece = { start, end: start + body.length };
    const prev = pieces[pieces.length - 1];
    if (prev && /^[\p{Ll}\p{Nd}]/u.test(body) && !/\n\s*$/.test(text.slice(prev.end, start))) prev.end = piece.end;
    else pieces.push(piece);
  }
  return pieces.map((p, index) => ({
    index,
    start: doc.toCodePoint(p.start),
    end: doc.toCodePoint(p.end),
    text: text.slice(p.start, p.end),
  }));
}
