// The form of a SPARQL request (SELECT, ASK, CONSTRUCT, DESCRIBE, or an update), read from the
// keyword after the prologue (comments, BASE and PREFIX declarations), so the command knows how
// to print the result before running it and can refuse updates by name. Also returns the
// declared prefixes, for compact display of IRIs.
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface QueryPrologue {
  /** Undefined when the text after the prologue is not a query keyword (the parser will say why). */
  form?: QueryForm;
  /** The SPARQL Update operation the text starts with (INSERT, DELETE, LOAD...), if any. */
  update?: string;
  prefixes: Record<string, string>;
  /** Where the prologue ends: the query's own text starts here. */
  bodyStart: number;
}

const SKIP = /^(?:\s+|#[^\n]*)/;
const PREFIX = /^PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>"{}|^`\\\s]*)>/i;
const BASE = /^BASE\s*<[^<>"{}|^`\\\s]*>/i;
const FORM = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;
const UPDATE = /^(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b/i;

export function queryPrologue(query: string): QueryPrologue {
  const prefixes: Record<string, string> = {};
  let rest = query;
  for (;;) {
    const m = SKIP.exec(rest) ?? BASE.exec(rest);
    if (m) {
      rest = rest.slice(m[0].length);
      continue;
    }
    const p = PREFIX.exec(rest);
    if (!p) break;
    prefixes[p[1] ?? ''] = p[2]!;
    rest = rest.slice(p[0].length);
  }
  const form = FORM.exec(rest)?.[1]?.toUpperCase() as QueryForm | undefined;
  const update = UPDATE.exec(rest)?.[1]?.toUpperCase();
  return { ...(form ? { form } : {}), ...(update ? { update } : {}), prefixes, bodyStart: query.length - rest.length };
}
