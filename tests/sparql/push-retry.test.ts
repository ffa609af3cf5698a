// push sends graphs side by side; a server that answers a deadlock (SQL state 40001, Virtuoso's
// "SR172: Transaction deadlocked") gets the graph again, and any other failure stops the push.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { push } from '../../src/rdf/push.js';
import { corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { loadGraphSync } from '../support/load-graph-sync.js';

const graph = loadGraphSync(corpusDataDir());
let server: Server;
let url = '';
let failWith = '';
let failuresLeft = 0;
const stored = new Map<string, string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.method === 'POST') {
        res.setHeader('content-type', 'application/sparql-results+json');
        res.end(JSON.stringify({ head: { vars: ['g', 'sha'] }, results: { bindings: [] } }));
        return;
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        res.statusCode = 500;
        res.end(failWith);
        return;
      }
      stored.set(new URL(req.url ?? '', 'http://x').searchParams.get('graph') ?? '', body);
      res.statusCode = 201;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  url = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  removeCorpusDirs();
  await new Promise((r) => server.close(r));
});

const options = () => ({ endpoint: `${url}/sparql`, graphStore: `${url}/graphs`, graphBase: 'https://g.test/', base: 'https://n.test/', timeoutMs: 10_000 });

describe('push against a server that deadlocks', () => {
  it('sends a deadlocked graph again: every graph and the manifest arrive', async () => {
    stored.clear();
    failWith = '<h3>Error 40001</h3> <xmp>SR172: Transaction deadlocked</xmp>';
    failuresLeft = 3;
    const s = await push(graph, options());
    expect(failuresLeft).toBe(0);
    expect(s.added).toHaveLength(graph.getAttribute('stories').length + 2);
    expect([...stored.keys()].sort()).toEqual([...s.added, 'https://g.test/manifest'].sort());
  });

  it('stops at another server error, with its coded message', async () => {
    failWith = 'out of disk';
    failuresLeft = 1;
    await expect(push(graph, options())).rejects.toMatchObject({ code: 'sparql-endpoint-failed', message: expect.stringContaining('HTTP 500: out of disk') });
  });
});
