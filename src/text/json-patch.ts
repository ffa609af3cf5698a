// JSON Patch (RFC 6902) over JSON Pointers (RFC 6901): applied to a copy, all or nothing, so a
// patch that fails half-way changes nothing. Keys are own properties only ("__proto__" is a key
// like any other, never the prototype), and an added key goes last, so a file's key order holds.
// diffJson makes the patch between two values (the browser's edits and their undo).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

export type PatchOp =
  | { op: 'add' | 'replace' | 'test'; path: string; value: JsonValue }
  | { op: 'remove'; path: string }
  | { op: 'move' | 'copy'; from: string; path: string };

export class PatchError extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
    this.name = 'PatchError';
  }
}

const isObject = (v: unknown): v is Record<string, JsonValue> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`${JSON.stringify(pointer)} is not a JSON Pointer (it must start with /)`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export const formatPointer = (keys: readonly (string | number)[]): string => keys.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

function arrayIndex(arr: JsonValue[], key: string, forAdd: boolean): number {
  if (forAdd && key === '-') return arr.length;
  if (!/^(0|[1-9]\d*)$/.test(key)) throw new Error(`"${key}" is not an array index`);
  const i = Number(key);
  if (i > arr.length || (!forAdd && i === arr.length)) throw new Error(`index ${i} is out of range (length ${arr.length})`);
  return i;
}

function parentOf(doc: JsonValue, keys: string[]): JsonValue {
  let cur = doc;
  for (const k of keys.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[arrayIndex(cur, k, false)]!;
    else if (isObject(cur) && Object.hasOwn(cur, k)) cur = cur[k]!;
    else throw new Error(`no member "${k}" on the way`);
  }
  return cur;
}

function get(doc: JsonValue, pointer: string): JsonValue {
  const keys = parsePointer(pointer);
  if (keys.length === 0) return doc;
  const parent = parentOf(doc, keys);
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent)) return parent[arrayIndex(parent, last, false)]!;
  if (isObject(parent) && Object.hasOwn(parent, last)) return parent[last]!;
  throw new Error(`nothing at ${pointer}`);
}

function setKey(obj: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Returns the document with the change made; root replacements return the new root. */
function add(doc: JsonValue, pointer: string, value: JsonValue): JsonValue {
  const keys = parsePointer(pointer);
  if (keys.length === 0) return value;
  const parent = parentOf(doc, keys);
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, true), 0, value);
  else if (isObject(parent)) setKey(parent, last, value);
  else throw new Error(`the parent of ${pointer} is not an object or array`);
  return doc;
}

function remove(doc: JsonValue, pointer: string): JsonValue {
  const keys = parsePointer(pointer);
  if (keys.length === 0) throw new Error('the whole document cannot be removed');
  const parent = parentOf(doc, keys);
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, last, false), 1);
  else if (isObject(parent) && Object.hasOwn(parent, last)) delete parent[last];
  else throw new Error(`nothing at ${pointer}`);
  return doc;
}

function replace(doc: JsonValue, pointer: string, value: JsonValue): JsonValue {
  const keys = parsePointer(pointer);
  if (keys.length === 0) return value;
  get(doc, pointer); // must exist
  const parent = parentOf(doc, keys);
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent)) parent[arrayIndex(parent, last, false)] = value;
  else setKey(parent as Record<string, JsonValue>, last, value); // keeps the key where it is
  return doc;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Checks that `ops` is a JSON Patch (an array of operations with the members each needs). */
export function isPatch(ops: unknown): ops is PatchOp[] {
  return (
    Array.isArray(ops) &&
    ops.every(
      (o) =>
        isObject(o) &&
        typeof o.path === 'string' &&
        (((o.op === 'add' || o.op === 'replace' || o.op === 'test') && Object.hasOwn(o, 'value')) ||
          o.op === 'remove' ||
          ((o.op === 'move' || o.op === 'copy') && typeof o.from === 'string')),
    )
  );
}

/** The document after the patch; the input is not changed. Throws PatchError naming the failing operation. */
export function applyPatch(doc: JsonValue, ops: readonly PatchOp[]): JsonValue {
  let out = clone(doc);
  ops.forEach((o, i) => {
    try {
      switch (o.op) {
        case 'add':
          out = add(out, o.path, clone(o.value));
          break;
        case 'remove':
          out = remove(out, o.path);
          break;
        case 'replace':
          out = replace(out, o.path, clone(o.value));
          break;
        case 'test':
          if (!deepEqual(get(out, o.path), o.value)) throw new Error(`the value at ${o.path} differs`);
          break;
        case 'copy':
          out = add(out, o.path, clone(get(out, o.from)));
          break;
        case 'move': {
          if (o.path.startsWith(`${o.from}/`)) throw new Error('cannot move a value into itself');
          const v = get(out, o.from);
          out = add(remove(out, o.from), o.path, v);
          break;
        }
      }
    } catch (e) {
      throw new PatchError(i, `operation ${i} (${o.op} ${o.path}): ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  return out;
}

/**
 * A patch that turns `a` into `b`: changed scalars are replaced, objects compared key by key, and
 * an array that differs by one run of inserted or removed elements becomes those adds or removes
 * (one added mention is one add); any other array change replaces the array.
 */
export function diffJson(a: JsonValue, b: JsonValue, path: (string | number)[] = []): PatchOp[] {
  if (deepEqual(a, b)) return [];
  if (isObject(a) && isObject(b)) {
    const ops: PatchOp[] = [];
    for (const k of Object.keys(a)) if (!Object.hasOwn(b, k)) ops.push({ op: 'remove', path: formatPointer([...path, k]) });
    for (const k of Object.keys(b)) {
      if (!Object.hasOwn(a, k)) ops.push({ op: 'add', path: formatPointer([...path, k]), value: clone(b[k]!) });
      else ops.push(...diffJson(a[k]!, b[k]!, [...path, k]));
    }
    return ops;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    let head = 0;
    while (head < a.length && head < b.length && deepEqual(a[head], b[head])) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && deepEqual(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
    const removed = a.length - head - tail;
    const added = b.length - head - tail;
    if (removed === 0) return b.slice(head, head + added).map((v, i) => ({ op: 'add', path: formatPointer([...path, head + i]), value: clone(v) }));
    if (added === 0) return Array.from({ length: removed }, () => ({ op: 'remove', path: formatPointer([...path, head]) }));
    if (removed === 1 && added === 1) return diffJson(a[head]!, b[head]!, [...path, head]);
  }
  return [{ op: 'replace', path: formatPointer(path), value: clone(b) }];
}
