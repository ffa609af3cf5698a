// storygraph push --endpoint URL: loads the corpus into a SPARQL server, one named graph per
// story (src/rdf/push.ts), replacing only the stories that changed; then
// `storygraph sparql --endpoint URL` queries it. Prints what it did, one line per kind.
import { buildGraph } from '../../graph/build-graph.js';
import { loadStoriesOrThrow } from '../../load/load-data.js';
import type { CommandRun } from '../command.js';
import { push } from '../../rdf/push.js';
import { rdfBaseOrThrow } from '../../rdf/rdf-base.js';
import { checkUrl } from '../../rdf/sparql-http.js';
import { defaultGraphBase } from '../../rdf/story-graphs.js';

/** Virtuoso serves the Graph Store Protocol beside its /sparql endpoint; other stores say where. */
export const defaultGraphStore = (endpoint: string) => (/\/sparql\/?$/.test(endpoint) ? endpoint.replace(/\/?$/, '-graph-crud') : endpoint);

export const run: CommandRun = async ({ options }) => {
  const base = rdfBaseOrThrow();
  const endpoint = checkUrl(String(options.endpoint), '--endpoint');
  const graphStore = checkUrl(typeof options.graphStore === 'string' ? options.graphStore : defaultGraphStore(endpoint), '--graph-store');
  const graphBase = typeof options.graphBase === 'string' ? checkUrl(options.graphBase, '--graph-base') : defaultGraphBase(base);
  const auth = process.env.STORYGRAPH_ENDPOINT_AUTH;
  const stories = loadStoriesOrThrow(options.data);
  const alone = stories.map((story) => ({ id: story.story.id, graph: buildGraph([story], options.data) }));
  const s = await push(alone, {
    endpoint, graphStore, graphBase, base, timeoutMs: Number(options.timeout ?? 300) * 1000,
    ...(auth ? { headers: { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } } : {}),
  });
  process.stdout.write(
    `${endpoint}: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${s.triples} triples in ${s.added.length + s.replaced.length + s.unchanged.length} graphs under ${graphBase}\n` +
    `added ${s.added.length}, replaced ${s.replaced.length}, unchanged ${s.unchanged.length}, removed ${s.removed.length}\n`,
  );
  return 0;
};
