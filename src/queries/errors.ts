// Errors of the query layer: usage errors (exit 2) with a stable code, so the CLI prints them as
// one line and the explorer shows them, without matching on wording.
import { UsageError } from '../model/storygraph-error.js';

export const QUERY_ERROR_CODES = ['name-ambiguous', 'name-unknown', 'bad-date', 'bad-option', 'story-unknown'] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

export interface NameCandidate {
  id: string;
  type: string;
  label: string;
}

export class QueryError extends UsageError {
  declare readonly code: QueryErrorCode;
  /** For name errors: the candidates (ambiguous) or the nearest names (unknown). */
  readonly candidates: NameCandidate[];
  constructor(code: QueryErrorCode, message: string, candidates: NameCandidate[] = []) {
    super(code, message);
    this.name = 'QueryError';
    this.candidates = candidates;
  }
}
