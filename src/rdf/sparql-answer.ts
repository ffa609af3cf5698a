// One query's whole answer as JSON, the shape `storygraph serve --endpoint` sends the explorer's
// query view (GET /sparql?query=...): SELECT rows (CONSTRUCT and DESCRIBE as subject, predicate,
// object rows) in the SPARQL 1.1 JSON results shape, or an ASK boolean, or a coded error.
import type { Binding } from './sparql-events.js';

export type SparqlAnswer =
  /** `cut`: why the rows are not all there (a row limit, the server's own cap), or false. */
  | { form: 'SELECT' | 'CONSTRUCT' | 'DESCRIBE'; result: { head: { vars: string[] }; results: { bindings: Binding[] } }; cut: false | string }
  | { form: 'ASK'; result: boolean; cut: false }
  | { error: { code: string; message: string } };

/** The page's meta element that tells the query view to send its queries to its server (serve --endpoint), naming the SPARQL server. */
export const ENDPOINT_META = 'storygraph-sparql-endpoint';
