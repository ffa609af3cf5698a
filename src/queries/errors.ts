// Errors of the query layer: typed, with a stable code, so the CLI turns them into one-line
// usage errors (exit 2) and the explorer shows them, without matching on wording.
export const QUERY_ERROR_CODES = ['name-ambiguous', 'name-unknown', 'bad-date', 'bad-option'] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

export interface NameCandidate {
  id: string;
  type: string;
  label: string;
}

export class QueryError extends Error {
  readonly code: QueryErrorCode;
  /** For name errors: the candidates (ambiguous) or the nearest names (unknown). */
  readonly candidates: NameCandidate[];
  constructor(code: QueryErrorCode, message: string, candidates: NameCandidate[] = []) {
    super(message);
    this.name = 'QueryError';
    this.code = code;
    this.candidates = candidates;
  }
}
