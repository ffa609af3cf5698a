// The real server, probed with raw HTTP (a client library would normalise "..") : every way of
// climbing out of the site gets a 404, the site's files come with the security headers.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from './support/web-build.js';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
let port = 0;

beforeAll(async () => {
  await ensureWebBuild();
  server = await startServer();
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.stop());

function raw(requestLine: string, method = 'GET', host = `127.0.0.1:${port}`): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => {
      data += d.toString('latin1');
    });
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    socket.on('error', reject);
    socket.write(`${method} ${requestLine} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  });
}

const CLIMBS = [
  '/../package.json',
  '/../../../../etc/passwd',
  '/assets/../../package.json',
  '/..',
  '/.',
  '/%2e%2e/package.json',
  '/%2E%2E/%2E%2E/etc/passwd',
  '/%2e%2e%2fpackage.json',
  '/..%2fpackage.json',
  '/assets%2f..%2f..%2fpackage.json',
  '/%252e%252e/package.json',
  '/%252e%252e%252fpackage.json',
  '/%25252e%25252e/etc/passwd',
  '/..\\package.json',
  '/..%5cpackage.json',
  '/..%5Cpackage.json',
  '/assets\\..\\..\\package.json',
  '/%5c..%5c..%5cpackage.json',
  '//etc/passwd',
  '/assets//../../package.json',
  '/index.html%00.png',
  '/%00',
  '/%c0%ae%c0%ae/package.json',
  '/%',
  'http://127.0.0.1/../package.json',
  '*',
  '/package.json',
  '/src/cli/main.ts',
  '/data/stories/taiwannews-2020-10-us-china-crisis-talks/article.txt',
  '/.git/config',
  '/web-dist/index.html',
];

describe('storygraph serve: path traversal', () => {
  it.each(CLIMBS)('%s → 404', async (path) => {
    const r = await raw(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toMatch(/"name": "storygraph"|root:|\[core\]/);
  });

  it("refuses a request target that is not a path at all (Node's parser answers 400)", async () => {
    const r = await raw('../package.json');
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toMatch(/"name": "storygraph"/);
  });
});

describe('storygraph serve: its own name only (issue 8, defect 15)', () => {
  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1'])('15: Host %s → 421, not the graph', async (host) => {
    const r = await raw('/data/graph.json', 'GET', host.replace('PORT', String(port)));
    expect(r.status).toBe(421);
    expect(r.body).not.toMatch(/"nodes"/);
  });
});

describe('storygraph serve: what it serves', () => {
  it('serves the app with a CSP that allows no inline script, and nosniff', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    const csp = /content-security-policy: (.*)/i.exec(r.headers)?.[1] ?? '';
    // WebAssembly compilation (the SPARQL engine) is the one addition; never 'unsafe-eval'
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(csp).toMatch(/default-src 'none'/);
    expect(r.headers).toMatch(/x-content-type-options: nosniff/i);
    expect(r.headers).toMatch(/content-type: text\/html; charset=utf-8/i);
    expect(r.body).toMatch(/<div id="cy"/);
    expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the page
  });

  it('serves the graph data with stored positions, and a query string does not matter', async () => {
    const r = await raw('/data/graph.json?v=1');
    expect(r.status).toBe(200);
    expect(r.headers).toMatch(/content-type: application\/json/i);
    const res = await fetch(`${server.url}data/graph.json`);
    const data = (await res.json()) as { nodes: { key: string; attributes: { x?: unknown; y?: unknown } }[] };
    expect(data.nodes.length).toBeGreaterThan(0);
    for (const n of data.nodes) {
      expect(typeof n.attributes.x, n.key).toBe('number');
      expect(typeof n.attributes.y, n.key).toBe('number');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await raw('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await raw('/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers).toMatch(/allow: GET, HEAD/i);
  });

  it('listens on 127.0.0.1 only by default', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});
