// Refuses characters that no export can carry: control characters other than tab, newline and
// carriage return (XML 1.0 forbids C0 controls outright; a raw NUL makes GEXF not XML), DEL and
// the C1 controls, lone surrogates (not Unicode scalar values: JSON-LD and N-Triples writers
// choke on them) and the noncharacters U+FFFE and U+FFFF (not XML characters). CR stays: an
// article keeps its CRLF line ends, and a quote spanning one must match it byte for byte.
import { jsonPath, quote, type Problem } from './problem.js';

// With the u flag a surrogate pair is one code point, so the range matches only a lone half.
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function kind(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'a lone surrogate';
  if (cp === 0xfffe || cp === 0xffff) return 'a noncharacter';
  return 'a control character';
}

/** The message for the first bad character of `s`, or undefined; `what` names the string (a value or a key). */
function badCharacter(s: string, what: 'value' | 'key'): string | undefined {
  const m = BAD.exec(s);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  const position = [...s.slice(0, m.index)].length + 1;
  return `the ${what} ${quote(s)} holds ${hex(cp)} (${kind(cp)}) at character ${position}; remove it or write it as text`;
}

interface Item {
  v: unknown;
  key: PropertyKey | undefined;
  parent: Item | undefined;
}

const pathOf = (item: Item): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Item | undefined = item; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
};

/** Checks every string and key of a parsed JSON document, each bad one reported at its JSON path; false if any was. */
export function checkCharacters(value: unknown, file: string, problems: Problem[]): boolean {
  let ok = true;
  const report = (item: Item, message: string) => {
    problems.push({ file, where: jsonPath(pathOf(item)), code: 'invalid-character', message });
    ok = false;
  };
  // Iterative, paths built only when reported: a file nested a hundred thousand levels deep
  // must neither overflow the stack nor copy its path at every level.
  const stack: Item[] = [{ v: value, key: undefined, parent: undefined }];
  while (stack.length) {
    const item = stack.pop()!;
    const { v } = item;
    if (typeof v === 'string') {
      const message = badCharacter(v, 'value');
      if (message) report(item, message);
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: i, parent: item });
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const entry: Item = { v: child, key: k, parent: item };
        const message = badCharacter(k, 'key');
        if (message) report(entry, message);
        else stack.push(entry);
      }
    }
  }
  return ok;
}
