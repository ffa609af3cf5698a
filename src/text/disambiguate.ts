// When a quote occurs more than once, the curator needs a prefix that picks each occurrence.
// This finds, for each, the short text right before it (about 15 characters, from a word start)
// that no other occurrence has before it; where no prefix can tell them apart, `start` does.

export type Disambiguation = { prefix: string } | { start: number };

const WANT = 15; // code points, before widening to the start of a word
const WIDEN = 12; // at most this many more to reach a word start
const isWordChar = (s: string | undefined) => s !== undefined && /[\p{L}\p{N}]/u.test(s);

/** Code points of `text` just before UTF-16 index `at`, as [utf16 start, count] steps. */
function stepBack(text: string, from: number): number {
  const low = text.charCodeAt(from - 1);
  const high = text.charCodeAt(from - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? from - 2 : from - 1;
}

function endsWithAt(text: string, at: number, prefix: string): boolean {
  return at >= prefix.length && text.startsWith(prefix, at - prefix.length);
}

/**
 * For each occurrence (UTF-16 indexes, sorted) a prefix no other occurrence shares, or its
 * code-point start when none exists (the occurrence at the very start, or repeats like "aaa").
 */
export function disambiguate(text: string, occurrences: readonly number[], toCodePoint: (i: number) => number): Disambiguation[] {
  return occurrences.map((at) => {
    const unique = (from: number) => occurrences.every((other) => other === at || !endsWithAt(text, other, text.slice(from, at)));
    let from = at;
    let count = 0;
    while (from > 0 && (count < WANT || !unique(from))) {
      from = stepBack(text, from);
      count++;
    }
    if (from === at || !unique(from)) return { start: toCodePoint(at) };
    // Widen to the start of the word it cuts into, so the prefix reads naturally.
    for (let extra = 0, f = from; extra < WIDEN && f > 0 && isWordChar(text[f]) && isWordChar(text[f - 1]); extra++) {
      f = stepBack(text, f);
      if (!isWordChar(text[f])) break;
      from = f;
    }
    return { prefix: text.slice(from, at) };
  });
}
