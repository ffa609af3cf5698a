// What storygraph refuses to run: updates (the data lives in data/, not in the store) and
// SERVICE (a federated call: the embedded engine would answer SERVICE SILENT with one empty
// row, which looks like a real answer). Checked before any data is loaded.
import { UsageError } from '../model/storygraph-error.js';
import { queryPrologue, type QueryPrologue } from './query-form.js';
import { hasKeyword, sparqlCode } from './sparql-lexer.js';

export const READ_ONLY_MESSAGE = 'storygraph runs SELECT, ASK, CONSTRUCT and DESCRIBE; change the data in data/ instead';

export function checkedQuery(query: string): QueryPrologue {
  const prologue = queryPrologue(query);
  const code = sparqlCode(query);
  if (prologue.update || (!prologue.form && /(?<![\w?$:.-])(INSERT|DELETE)\s+(DATA|WHERE)\b/i.test(code))) {
    throw new UsageError('sparql-read-only', READ_ONLY_MESSAGE);
  }
  if (hasKeyword(code, 'SERVICE')) {
    throw new UsageError('sparql-service', 'storygraph queries its own graph only: SERVICE (a federated query) is refused, SILENT or not');
  }
  return prologue;
}
