// Whether a name occurs in a text as whole words, ignoring case: the loader's rule for names the
// text contains (src/load/check-names.ts), also used where names are made (drafts, the editor).
const WORD = /[\p{L}\p{N}]/u;

/** Whether `name` occurs in `text` as whole words, ignoring case. */
export function occursInText(text: string, name: string): boolean {
  const hay = text.toLowerCase();
  const needle = name.toLowerCase();
  if (needle === '') return false;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const before = hay.slice(0, at).at(-1) ?? ' ';
    const after = hay.slice(at + needle.length).at(0) ?? ' ';
    // A CJK name has no spaces around it; a Latin one must not be part of a longer word.
    const latinEdge = (c: string, inner: string | undefined) => !(WORD.test(c) && inner !== undefined && /[\p{Script=Latin}\p{N}]/u.test(inner));
    if (latinEdge(before, needle[0]) && latinEdge(after, needle.at(-1))) return true;
  }
  return false;
}
