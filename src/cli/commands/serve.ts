// storygraph serve: builds the explorer's site for a data folder in memory and serves it on
// http://127.0.0.1:PORT/ until interrupted.
import { fullGraph, loadQueryGraph } from '../../graph/load-graph.js';
import { corpusData, isLargeCorpus, withCorpusMeta } from '../../web/corpus-data.js';
import { readAppFiles } from '../../web/app-files.js';
import { buildSite, SITE_MARKER } from '../../web/site.js';
import { listen } from '../../web/server.js';
import { OutputError, UsageError } from '../../model/storygraph-error.js';
import type { CommandRun } from '../command.js';

export function parsePort(value: unknown): number {
  const s = String(value);
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isInteger(n) || n > 65535)
    throw new UsageError('bad-port', `--port ${s}: expected a port number from 0 to 65535 (0 picks a free port)`);
  return n;
}

/** The app's files without the site marker (as buildSite gives them). */
function appOnly(): Map<string, Buffer> {
  const files = readAppFiles();
  files.delete(SITE_MARKER);
  return files;
}

export interface ServeOptions {
  port: string;
  host: string;
  edit: boolean;
  endpoint: string | undefined;
  graphBase: string | undefined;
}

/** serve --endpoint: the query view's answers come from that server (src/web/endpoint-answer.ts). */
async function sparqlProxy(options: ServeOptions) {
  if (options.endpoint === undefined) return undefined;
  const [{ endpointAnswer, withEndpointMeta }, { checkUrl }, { defaultGraphBase }, { rdfBaseOrThrow }] = await Promise.all([
    import('../../web/endpoint-answer.js'),
    import('../../rdf/sparql-http.js'),
    import('../../rdf/story-graphs.js'),
    import('../../rdf/rdf-base.js'),
  ]);
  const endpoint = checkUrl(options.endpoint, '--endpoint');
  const graphBase = options.graphBase !== undefined ? checkUrl(options.graphBase, '--graph-base') : defaultGraphBase(rdfBaseOrThrow());
  const config = { endpoint, graphBase, limits: { timeoutMs: 30_000, maxRows: 10_000 } };
  return { page: (html: string) => withEndpointMeta(html, endpoint), answer: (query: string) => endpointAnswer(query, config) };
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

/** The site to serve: read-only, or with the edit API (serve --edit). */
async function site(data: string, edit: boolean) {
  if (!edit) {
    const graph = await loadQueryGraph(data);
    if (isLargeCorpus(graph)) return { files: withCorpusMeta(appOnly()), api: undefined, data: corpusData(graph) };
    return { files: buildSite(await fullGraph(graph, data)), api: undefined, data: undefined };
  }
  const [{ loadStoriesOrThrow }, { StoryEditor }, { editableSite }] = await Promise.all([
    import('../../load/load-data.js'),
    import('../../edit/story-editor.js'),
    import('../../web/edit-site-files.js'),
  ]);
  return { ...editableSite(new StoryEditor(data, loadStoriesOrThrow(data))), data: undefined };
}

export const run: CommandRun<ServeOptions> = async ({ data, options }) => {
  const port = parsePort(options.port);
  const host = options.host;
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new UsageError('bad-host', `--host ${host}: expected a host name or IP address`);
  if (options.edit && !LOOPBACK.includes(host))
    throw new UsageError('edit-needs-loopback', `--edit with --host ${host}: the edit API listens on loopback only (127.0.0.1, localhost or ::1)`);
  // A large corpus is served story by story from its snapshot (src/web/corpus-data.ts); edit
  // mode builds its editable site from the stories themselves.
  const proxy = await sparqlProxy(options);
  const { files, api, data: onDemand } = await site(data, options.edit);
  const index = files.get('index.html');
  if (proxy && index) files.set('index.html', Buffer.from(proxy.page(index.toString('utf8'))));
  let running: Awaited<ReturnType<typeof listen>>;
  try {
    running = await listen(files, host, port, onDemand, api, proxy?.answer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    const hint = code === 'EADDRINUSE' ? ' (pass --port 0 for a free port)' : '';
    throw new OutputError('cannot-listen', `${host}:${port}: cannot listen (${code})${hint}`);
  }
  const local = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const server = running;
  return {
    text: () =>
      `storygraph explorer${api ? ' (edit mode: saves to annotations.json)' : ''}: ${server.url}\n${proxy ? `SPARQL queries go to ${options.endpoint}\n` : ''}`,
    warnings: local ? [] : [`listening on ${host}, reachable from other machines`],
    until: new Promise<void>((done) => {
      const stop = () => {
        void server.close().then(done);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
  };
};
