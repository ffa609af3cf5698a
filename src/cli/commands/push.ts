// storygraph push --endpoint URL: loads the corpus into a SPARQL server, one named graph per
// story (src/rdf/push.ts), replacing only the stories that changed; then
// `storygraph sparql --endpoint URL` queries it. Prints what it did, one line per kind.
import { loadGraph } from '../../graph/load-graph.js';
import type { CommandRun } from '../command.js';
import { push } from '../../rdf/push.js';
import { rdfBaseOrThrow } from '../../rdf/rdf-base.js';
import { checkUrl } from '../../rdf/sparql-http.js';
import { defaultGraphBase } from '../../rdf/story-graphs.js';

/** Virtuoso serves the Graph Store Protocol beside its /sparql endpoint; other stores say where. */
export const defaultGraphStore = (endpoint: string) => (/\/sparql\/?$/.test(endpoint) ? endpoint.replace(/\/?$/, '-graph-crud') : endpoint);

export interface PushCommandOptions {
  endpoint: string;
  graphStore: string | undefined;
  graphBase: string | undefined;
  timeout: number;
}

export const run: CommandRun<PushCommandOptions> = async ({ data, options }) => {
  const base = rdfBaseOrThrow();
  const endpoint = checkUrl(options.endpoint, '--endpoint');
  const graphStore = checkUrl(options.graphStore ?? defaultGraphStore(endpoint), '--graph-store');
  const graphBase = options.graphBase !== undefined ? checkUrl(options.graphBase, '--graph-base') : defaultGraphBase(base);
  const auth = process.env.STORYGRAPH_ENDPOINT_AUTH;
  const corpus = await loadGraph(data);
  const stories = corpus.getAttribute('stories');
  const s = await push(corpus, {
    endpoint,
    graphStore,
    graphBase,
    base,
    timeoutMs: options.timeout * 1000,
    ...(auth ? { headers: { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } } : {}),
  });
  const text =
    `${endpoint}: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${s.triples} triples in ${s.added.length + s.replaced.length + s.unchanged.length} graphs under ${graphBase}\n` +
    `added ${s.added.length}, replaced ${s.replaced.length}, unchanged ${s.unchanged.length}, removed ${s.removed.length}\n`;
  return { data: { endpoint, graphBase, ...s }, text: () => text };
};
