// The form of a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), read from the keyword after the
// prologue (comments, BASE and PREFIX declarations), so the command knows how to print the
// result before running it. Also returns the declared prefixes, for compact display of IRIs.
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface QueryPrologue {
  /** Undefined when the text after the prologue is not a query keyword (the parser will say why). */
  form?: QueryForm;
  prefixes: Record<string, string>;
}

const SKIP = /^(?:\s+|#[^\n]*)/;
const PREFIX = /^PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>"{}|^`\\\s]*)>/i;
const BASE = /^BASE\s*<[^<>"{}|^`\\\s]*>/i;
const FORM = /^(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i;

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
  return { ...(form ? { form } : {}), prefixes };
}
