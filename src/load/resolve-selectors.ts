// Walks a curated record and resolves every quote selector in it (any object with an `exact`
// string) against the story's text, recording a problem at its JSON path when one fails.
import type { CodePointText } from '../text/code-points.js';
import { resolveQuote } from '../text/quote-resolver.js';
import { jsonPath, type Problem } from './problem.js';

export interface ResolveContext {
  story: string;
  doc: CodePointText;
  file: string;
  textName: string;
  problems: Problem[];
}

function isSelector(v: unknown): v is { exact: string; prefix?: string; suffix?: string; start?: number; end?: number } {
  return typeof v === 'object' && v !== null && typeof (v as { exact?: unknown }).exact === 'string';
}

/** A deep copy of `value` in which each selector carries `story`, `start` and `end`. */
export function resolveSelectors<T>(value: T, path: readonly PropertyKey[], ctx: ResolveContext): T {
  if (Array.isArray(value)) return value.map((v, i) => resolveSelectors(v, [...path, i], ctx)) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (isSelector(value)) {
    const r = resolveQuote(ctx.doc, value, ctx.textName);
    if (!r.ok) {
      ctx.problems.push({ file: ctx.file, where: jsonPath(path), code: r.code, message: r.message });
      return { story: ctx.story, ...value, start: value.start ?? -1, end: value.end ?? -1 } as T;
    }
    return { story: ctx.story, ...value, start: r.start, end: r.end } as T;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = resolveSelectors(v, [...path, k], ctx);
  return out as T;
}
