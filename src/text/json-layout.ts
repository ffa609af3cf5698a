// The layout of the project's JSON data files, so that a program writes them the way curators
// do and a diff shows only what changed: two-space indentation, keys in the order they have, and
// a container on one line when it holds no array inside it (a quote selector, a kb link, an
// attribution link, a list of aliases) and is not an element with `evidence` (a left-out
// sentence); any other container puts each member on its own line.
// One added mention is then one added line (and a comma).

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Laid {
  text: string;
  inline: boolean;
  hasArray: boolean;
}

const isContainer = (v: unknown): v is object => v !== null && typeof v === 'object';

function oneLine(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(oneLine).join(', ')}]`;
  if (isContainer(v))
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`)
      .join(', ')}}`;
  return JSON.stringify(v);
}

// One pass, bottom up: each container learns from its members whether an array is inside, so
// the file is laid out in linear time (the editor lays out the whole file on every save).
function lay(v: Json, indent: string): Laid {
  if (!isContainer(v)) return { text: JSON.stringify(v), inline: true, hasArray: false };
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.every((x) => !isContainer(x))) return { text: oneLine(v), inline: true, hasArray: true };
    const items = v.map((x) => inner + lay(x, inner).text);
    return { text: `[\n${items.join(',\n')}\n${indent}]`, inline: false, hasArray: true };
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  const laid = entries.map(([k, x]) => [k, lay(x, inner)] as const);
  const hasArray = laid.some(([, l]) => l.hasArray);
  if (!hasArray && !('evidence' in v)) {
    // Members of a one-line container are on its line, whatever they would be alone.
    const text = `{${laid.map(([k, l], i) => `${JSON.stringify(k)}: ${l.inline ? l.text : oneLine(entries[i]![1])}`).join(', ')}}`;
    return { text, inline: true, hasArray };
  }
  if (entries.length === 0) return { text: '{}', inline: true, hasArray };
  return { text: `{\n${laid.map(([k, l]) => `${inner}${JSON.stringify(k)}: ${l.text}`).join(',\n')}\n${indent}}`, inline: false, hasArray };
}

/** The file's text for a JSON value (a trailing newline included); `undefined` members are left out as JSON.stringify does. */
export function layoutJson(value: unknown): string {
  return `${lay(value as Json, '').text}\n`;
}
