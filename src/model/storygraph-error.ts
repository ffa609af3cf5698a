// The one error model: every mistake a user can make (a bad option, bad data, an output that
// cannot be written, a query that names nothing) is a StorygraphError with a stable code and
// the exit status the CLI ends with. Anything else is a bug and keeps its stack trace.
export const EXIT = { ok: 0, data: 1, usage: 2, internal: 70 } as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export class StorygraphError extends Error {
  readonly code: string;
  readonly exit: ExitStatus;
  constructor(code: string, message: string, exit: ExitStatus) {
    super(message);
    this.name = 'StorygraphError';
    this.code = code;
    this.exit = exit;
  }

  /** The lines the CLI prints on stderr for this error. */
  lines(): string[] {
    return [`storygraph: ${this.code}: ${this.message}`];
  }
}

/** A mistake in how a command was called (exit 2). */
export class UsageError extends StorygraphError {
  constructor(code: string, message: string) {
    super(code, message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** An output that cannot be written, or a resource that cannot be used (exit 1). */
export class OutputError extends StorygraphError {
  constructor(code: string, message: string) {
    super(code, message, EXIT.data);
    this.name = 'OutputError';
  }
}
