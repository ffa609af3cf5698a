// Errors the CLI turns into one-line messages and exit codes: a usage mistake exits 2, bad data
// or an unwritable output exits 1. Anything else is a bug and keeps its stack trace.
export class UsageError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'UsageError';
    this.code = code;
  }
}

export class OutputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'OutputError';
    this.code = code;
  }
}

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;
