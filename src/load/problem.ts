// Data problems are values, not exceptions: the loader collects every one with its file, its
// place (JSON path or line:column), a stable code and a message, and fails once at the end.
import { relative, isAbsolute } from 'node:path';
import { EXIT, StorygraphError } from '../model/storygraph-error.js';

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
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  file: string;
  /** JSON path (`relations[12].evidence[0]`), `line L:C`, `byte N`, or '' for the whole file. */
  where: string;
  code: ProblemCode;
  message: string;
}

export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

export function formatProblem(p: Problem): string {
  return [displayPath(p.file), p.where, p.code, p.message].filter((s) => s !== '').join(': ');
}

/** JSON path from a zod-style path array: ['nodes', 3, 'mentions', 0] → nodes[3].mentions[0]. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += out ? `.${k}` : k;
    else out += `[${JSON.stringify(String(k))}]`;
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
