// The query panel's engine when `storygraph serve --endpoint URL` runs: the page asks its own
// server (GET sparql?query=...), which runs the query on the SPARQL server `push` loaded. No
// WebAssembly engine and no triples are loaded into the page, so it works for any corpus size.
import { ENDPOINT_META, type SparqlAnswer } from '../../../src/rdf/sparql-answer.js';
import type { Engine } from './sparql-engine.js';

/** The remote engine if the page's server offers one (its meta element names the SPARQL server), else undefined. */
export function remoteEngine(): Engine | undefined {
  const endpoint = document.querySelector(`meta[name="${ENDPOINT_META}"]`)?.getAttribute('content');
  if (!endpoint) return undefined;
  return {
    about: `${endpoint} (a SPARQL server)`,
    async run(query) {
      const r = await fetch(`sparql?query=${encodeURIComponent(query)}`);
      const answer = (await r.json()) as SparqlAnswer;
      if ('error' in answer) throw new Error(`${answer.error.code}: ${answer.error.message}`);
      if (answer.form === 'ASK') return { form: 'ASK', result: answer.result };
      return { form: answer.form, result: answer.result, ...(answer.cut ? { cut: answer.cut } : {}) };
    },
  };
}
