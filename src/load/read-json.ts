// Reads a JSON file; a syntax error becomes a problem with line and column, not a stack trace.
import { findJsonError, lineColumn } from './json-syntax.js';
import type { Problem } from './problem.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJson(file: string, source: string): JsonResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source; // editors may save a BOM
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    // Our own scan says where and why; V8's message is a last resort (first line only).
    const found = findJsonError(text) ?? { offset: 0, message: (e instanceof Error ? e.message : String(e)).split('\n')[0]! };
    return { ok: false, problem: { file, where: lineColumn(text, found.offset), code: 'malformed-json', message: `not valid JSON: ${found.message}` } };
  }
}
