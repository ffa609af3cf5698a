// Data problems are values, not exceptions: the loader collects every one with its file, its
// place (JSON path or line:column), a stable code and a message, and fails once at the end.
import { relative, isAbsolute } from 'node:path';
import { EXIT, StorygraphError } from '../model/storygraph-error.js';
import { escapeJson } from '../text/escape-json.js';

export const PROBLEM_CODES = [
  'data-dir-missing',
  'data-dir-empty',
  'story-file-missing',
  'file-unreadable',
  'malformed-json',
  'schema-violation',
  'unknown-node-type',
  'unknown-relation-type',
  'id-type-mismatch',
  'duplicate-id',
  'dangling-reference',
  'relation-type-not-allowed',
  'self-relation',
  'derived-relation-type',
  'quote-not-found',
  'quote-ambiguous',
  'offset-out-of-range',
  'offset-mismatch',
  'article-changed',
  'article-empty',
  'article-not-utf8',
  'story-id-mismatch',
  'invalid-edtf',
  'conflicting-node',
  'name-not-in-text',
  'kb-table-invalid',
  'kb-not-checked',
  'unknown-key',
  'invalid-character',
  'invalid-url',
  'json-not-utf8',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The only codes whose place may be the file itself (where ''): they are about a file or folder as a whole. */
export const WHOLE_FILE_CODES: readonly ProblemCode[] = [
  'data-dir-missing',
  'data-dir-empty',
  'story-file-missing',
  'file-unreadable',
  'article-changed',
  'article-empty',
];

export interface Problem {
  file: string;
  /** JSON path (`relations[12].evidence[0]`, `$` for the top level), `line L:C`, `byte N`, or '' for the whole file (WHOLE_FILE_CODES only). */
  where: string;
  code: ProblemCode;
  message: string;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function formatProblem(p: Problem): string {
  // A message that quoted a value without quote() must still stay on one line with its controls visible.
  const line = [displayPath(p.file), p.where, p.code, p.message].filter((s) => s !== '').join(': ');
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Characters of a value quoted in a message: a 1 MB value must not come back as a 1 MB line. */
export const QUOTE_MAX = 120;

/** A value as a message quotes it: JSON-escaped (one line, controls visible), cut after QUOTE_MAX characters. */
export function quote(value: string): string {
  const chars = [...value];
  const shown = chars.length <= QUOTE_MAX ? value : chars.slice(0, QUOTE_MAX).join('');
  const json = escapeJson(shown);
  return chars.length <= QUOTE_MAX ? json : `${json}… (${chars.length} chars)`;
}

/** JSON path from a zod-style path array: ['nodes', 3, 'mentions', 0] → nodes[3].mentions[0]; [] → $ (the top level). */
export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && k.length <= QUOTE_MAX && /^[A-Za-z_$][\w$]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${quote(String(k))}]`;
  }
  return out;
}

/** Thrown only to carry collected problems up to the CLI, which prints them and exits 1. */
export class DataError extends StorygraphError {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems[0]?.code ?? 'invalid-data', problems.map(formatProblem).join('\n'), EXIT.data);
    this.name = 'DataError';
    this.problems = problems;
  }

  override lines(): string[] {
    const n = this.problems.length;
    return [...this.problems.map(formatProblem), `${n} ${n === 1 ? 'problem' : 'problems'} found`];
  }
}
