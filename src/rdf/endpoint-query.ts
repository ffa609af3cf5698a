import type { QueryForm } from './query-form.js';
import type { SparqlEvent, SparqlLimits } from './sparql-events.js';
export interface EndpointQuery { endpoint: string; query: string; form: QueryForm | undefined; graphBase: string | undefined }
// eslint-disable-next-line require-yield
export async function* endpointEvents(_q: EndpointQuery, _limits: SparqlLimits): AsyncGenerator<SparqlEvent> {
  throw new Error('todo');
}
