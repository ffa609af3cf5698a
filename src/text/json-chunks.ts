// `JSON.stringify(value, null, 2)` plus a newline, in pieces of about 64 KB: the --json answer of
// a query over a 10,000-story corpus (every node with its quotes) is larger than the longest
// string V8 can make (2^29 characters), so it is never made as one. Arrays and plain objects are
// written member by member; each member is stringified natively (fast), and one that is itself
// too long for a string is written member by member in turn. The bytes are JSON.stringify's.

const CHUNK = 1 << 16;

export type Stringify = (value: unknown) => string | undefined;

const native: Stringify = (value) => JSON.stringify(value, null, 2);

/** Whether an error is a size limit of the engine (a string or array too long), not a bug. */
export function isSizeLimit(e: unknown): boolean {
  return e instanceof RangeError && /invalid (string|array|typed array) length|allocation failed/i.test(e.message);
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => {
  if (Array.isArray(v)) return true;
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** What JSON.stringify writes for a value, after toJSON (undefined: left out). */
function prepare(value: unknown, key: string): unknown {
  const v = value as { toJSON?: (key: string) => unknown } | null | undefined;
  return v !== null && typeof v === 'object' && typeof v.toJSON === 'function' ? v.toJSON(key) : value;
}

function* pieces(value: unknown, indent: string, stringify: Stringify, top: boolean): Generator<string> {
  if (!top) {
    try {
      const text = stringify(value);
      yield (text ?? 'null').replaceAll('\n', `\n${indent}`);
      return;
    } catch (e) {
      if (!isSizeLimit(e) || !isContainer(value)) throw e;
    }
  }
  if (!isContainer(value)) {
    yield stringify(value) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const v = prepare(value[i], String(i));
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') yield 'null';
      else yield* pieces(v, inner, stringify, false);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const v = prepare(value[key], key);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(v, inner, stringify, false);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * JSON.stringify(value, null, 2) and a newline, in pieces; `stringify` is for tests (a forced
 * smaller string limit). Nothing for a value JSON leaves out (undefined).
 */
export function* jsonChunks(value: unknown, stringify: Stringify = native): Generator<string> {
  const v = prepare(value, '');
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return;
  let chunk = '';
  for (const piece of pieces(v, '', stringify, true)) {
    if (piece.length >= CHUNK) {
      // A long member goes as it is (joined to the chunk it could pass the string limit).
      if (chunk) yield chunk;
      yield piece;
      chunk = '';
      continue;
    }
    chunk += piece;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n`;
}
