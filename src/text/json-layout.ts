// The layout of the project's JSON data files, so that a program writes them the way curators
// do and a diff shows only what changed: two-space indentation, keys in the order they have, and
// a container on one line when it holds no array inside it (a quote selector, a kb link, an
// attribution link, a list of aliases) and is not an element with `evidence` (a left-out
// sentence); any other container puts each member on its own line.
// One added mention is then one added line (and a comma).

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function holdsArray(v: Json): boolean {
  if (Array.isArray(v)) return true;
  if (v !== null && typeof v === 'object') return Object.values(v).some(holdsArray);
  return false;
}

/** True when `v` is written on one line: an array of scalars, or an object with no array inside. */
function inline(v: Json): boolean {
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== 'object');
  return v !== null && typeof v === 'object' && !('evidence' in v) && !holdsArray(v);
}

function oneLine(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(oneLine).join(', ')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${oneLine(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

function block(v: Json, indent: string): string {
  if (v === null || typeof v !== 'object' || inline(v)) return oneLine(v);
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + block(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${block(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** The file's text for a JSON value (a trailing newline included); `undefined` members are left out as JSON.stringify does. */
export function layoutJson(value: unknown): string {
  return `${block(JSON.parse(JSON.stringify(value)) as Json, '')}\n`;
}
