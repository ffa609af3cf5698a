// Folding for name lookup and search: case-, accent- and width-insensitive, so "ESPER", "Ésper"
// and full-width "Ｅｓｐｅｒ" meet. Accents are stripped only after Latin, Greek and Cyrillic
// letters: marks that carry meaning elsewhere (kana voicing, Indic vowel signs) are kept, and
// Hangul is recomposed, so CJK text folds to itself.

const MARKS_AFTER_ALPHABETIC = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

export function normalizeText(s: string): string {
  return s
    .normalize('NFKC') // width: full-width Latin, half-width kana, ligatures
    .normalize('NFKD')
    .replace(MARKS_AFTER_ALPHABETIC, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A search key: the folded text with punctuation turned into spaces and dotted acronyms closed
 * up ("U.S." → "us"), so words compare without their punctuation.
 */
export function searchKey(s: string): string {
  return normalizeText(s)
    .replace(/(?<![\p{L}\p{N}])(\p{L})\.(?=\p{L}(?![\p{L}\p{N}]))/gu, '$1')
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}
