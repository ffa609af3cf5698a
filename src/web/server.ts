// The explorer's static server: node:http over an in-memory set of files. Binds 127.0.0.1 unless
// told otherwise; answers only to its own name (421 otherwise: DNS rebinding); GET and HEAD only;
// a path that is not one of the site's files is a 404. With an edit API (serve --edit) the
// requests under /api/ go to it (edit-api.ts); without one, every method but GET and HEAD is 405.
// With a SPARQL server (serve --endpoint), GET /sparql?query=... answers the query view from it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentType, hostAllowed, SECURITY_HEADERS } from './headers.js';
import { requestPath } from './request-path.js';
import { API_PREFIX, handleEditRequest, type EditApi } from './edit-api.js';
import type { SparqlAnswer } from '../rdf/sparql-answer.js';

/** Answers a query of the explorer's query view (serve --endpoint). */
export type SparqlAnswerer = (query: string) => Promise<{ status: number; answer: SparqlAnswer }>;

function answerSparql(url: URL, res: import('node:http').ServerResponse, sparql: SparqlAnswerer): void {
  const json = (status: number, body: unknown) =>
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
  sparql(url.searchParams.get('query') ?? '').then(
    ({ status, answer }) => json(status, answer),
    (e: unknown) => json(500, { error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } }),
  );
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** `boundTo`: the host the server listens on, which it answers to besides the loopback names. */
/** `data`: answers for paths that are not files, made on demand (a large corpus's data/...). */
/** `edit`: the edit API (serve --edit), under its own prefix. */
export function createSiteServer(
  files: ReadonlyMap<string, Buffer>,
  boundTo?: string,
  data?: (path: string) => Buffer | undefined,
  edit?: EditApi,
  sparql?: SparqlAnswerer,
): Server {
  return createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req.headers.host, req.socket.localPort ?? -1, boundTo)) {
      res
        .writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('misdirected request: this server answers only to 127.0.0.1, localhost and [::1] with its port\n');
      return;
    }
    if (edit && (req.url ?? '').startsWith(API_PREFIX)) {
      handleEditRequest(req, res, edit).catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } }));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    if (sparql && req.method === 'GET' && /^\/sparql(\?|$)/.test(req.url ?? '')) {
      answerSparql(new URL(req.url ?? '', 'http://storygraph.invalid'), res, sparql);
      return;
    }
    const path = requestPath(req.url ?? '');
    const body = path === undefined ? undefined : (files.get(path) ?? (path.startsWith('data/') ? data?.(path) : undefined));
    if (path === undefined || body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': contentType(path),
      'Content-Length': body.length,
      'Cache-Control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** Starts listening; port 0 picks a free port. Rejects with the listen error (e.g. EADDRINUSE). */
export function listen(
  files: ReadonlyMap<string, Buffer>,
  host: string,
  port: number,
  data?: (path: string) => Buffer | undefined,
  edit?: EditApi,
  sparql?: SparqlAnswerer,
): Promise<RunningServer> {
  const server = createSiteServer(files, host, data, edit, sparql);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address() as AddressInfo;
      const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        url: `http://${shown}:${addr.port}/`,
        server,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
