// Reads a JSON file; a syntax error becomes a problem with line and column, not a stack trace.
import type { Problem } from './problem.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}:${column}`;
}

export function parseJson(file: string, text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // V8 reports "... at position N" (sometimes with "(line L column C)").
    const pos = /position (\d+)/.exec(msg);
    const where = pos ? lineColumn(text, Number(pos[1])) : text.trim() === '' ? 'line 1:1' : `line ${text.split('\n').length}:1`;
    const what = text.trim() === '' ? 'the file is empty' : msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    return { ok: false, problem: { file, where, code: 'malformed-json', message: `not valid JSON: ${what}` } };
  }
}
