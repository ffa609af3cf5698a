// What a SPARQL engine (the embedded one in its worker, or a server) hands the output: the
// variables, then rows in batches, or a boolean, or triples; then whether the rows were cut at
// --max-rows. Terms are in the SPARQL 1.1 JSON results shape, whatever the engine.
import type { JsonTerm } from './sparql-select.js';
import type { ForeignQuad } from './sparql-construct.js';

export type Binding = Record<string, JsonTerm>;

export type SparqlEvent =
  | { type: 'head'; vars: string[] }
  | { type: 'rows'; rows: Binding[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'triples'; triples: ForeignQuad[] }
  /** `cut`: rows stopped at --max-rows; `serverCap`: a server cut them at its own cap. */
  | { type: 'end'; cut: boolean; serverCap?: number };

/** The options every engine takes. */
export interface SparqlLimits {
  /** Stop the query after this many milliseconds (sparql-timeout). */
  timeoutMs: number;
  /** Print at most this many rows or triples (the output says it was cut). */
  maxRows: number;
}

/** Rows are sent in batches of this size, so printing starts before the last row is converted. */
export const BATCH = 1000;
