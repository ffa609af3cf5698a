// Sentences of an article, for coverage. Intl.Segmenter (built into Node) splits after every
// abbreviation ("Oct.", "Nov.", "Mr."), so two pieces are joined again, unless a line break
// separates them, when the second starts with a lower-case letter or a digit ("Oct. 28-29",
// "Nov. 3.") or the first ends with a title that always precedes a name ("Gen. Mark Milley").
import { CodePointText } from './code-points.js';

export interface Sentence {
  index: number;
  start: number; // code points, end-exclusive
  end: number;
  text: string;
}

/** Titles and other abbreviations that do not end a sentence when a capital follows. */
const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Messrs',
  'Dr',
  'Prof',
  'Rev',
  'Hon',
  'Sen',
  'Sens',
  'Rep',
  'Reps',
  'Gov',
  'Pres',
  'Amb',
  'Gen',
  'Gens',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cmdr',
  'Adm',
  'Brig',
  'Sgt',
  'Cpl',
  'Pvt',
  'Supt',
  'Insp',
  'Det',
  'St',
  'Mt',
  'Ft',
  'vs',
];
const ENDS_WITH_TITLE = new RegExp(`(?<![\\p{L}.])(?:${TITLES.join('|')})\\.$`, 'u');
const CONTINUES = /^[\p{Ll}\p{Nd}]/u;

function segmenter(locale: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter('en', { granularity: 'sentence' }); // a tag ICU rejects
  }
}

export function splitSentences(text: string, locale = 'en'): Sentence[] {
  const doc = new CodePointText(text);
  const pieces: { start: number; end: number }[] = [];
  for (const s of segmenter(locale).segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (!body) continue;
    const start = s.index + lead;
    const piece = { start, end: start + body.length };
    const prev = pieces[pieces.length - 1];
    const joins =
      prev !== undefined && !/\n/.test(text.slice(prev.end, start)) && (CONTINUES.test(body) || ENDS_WITH_TITLE.test(text.slice(prev.start, prev.end)));
    if (joins) prev.end = piece.end;
    else pieces.push(piece);
  }
  return pieces.map((p, index) => ({
    index,
    start: doc.toCodePoint(p.start),
    end: doc.toCodePoint(p.end),
    text: text.slice(p.start, p.end),
  }));
}
