// Issue 8, defect 15: the explorer's server answers only its own name. A DNS-rebinding page
// reaches 127.0.0.1 under a name of its own (Host: evil.example:PORT); refusing every Host but
// 127.0.0.1:PORT, localhost:PORT and [::1]:PORT keeps /data/graph.json from being read by it.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostAllowed } from '../../src/web/headers.js';
import { listen, type RunningServer } from '../../src/web/server.js';

let running: RunningServer;
let port: number;

beforeAll(async () => {
  const files = new Map([
    ['index.html', Buffer.from('<!doctype html>')],
    ['data/graph.json', Buffer.from('{"secret":true}')],
  ]);
  running = await listen(files, '127.0.0.1', 0);
  port = Number(new URL(running.url).port);
});
afterAll(() => running.close());

/** A GET with exactly the given Host header (or none), as a browser or a script sends it. */
function get(path: string, host: string | undefined, version: '1.0' | '1.1' = '1.1'): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', setHost: false, headers: host === undefined ? {} : { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    if (version === '1.0') (req as unknown as { useChunkedEncodingByDefault: boolean }).useChunkedEncodingByDefault = false;
    req.on('error', fail);
    req.end();
  });
}

describe('15: the server answers only its own name (Host header check, 421 otherwise)', () => {
  it.each(['127.0.0.1:PORT', 'localhost:PORT', 'LOCALHOST:PORT', '[::1]:PORT'])('15: Host %s is served', async (h) => {
    const r = await get('/data/graph.json', h.replace('PORT', String(port)));
    expect(r.status).toBe(200);
    expect(r.body).toBe('{"secret":true}');
  });

  it.each([
    'evil.example:PORT',
    'evil.example',
    'localhost',
    '127.0.0.1',
    'localhost:1',
    '127.0.0.1:PORT.evil.example',
    'localhost.evil.example:PORT',
    '127.0.0.2:PORT',
    '[::2]:PORT',
    '::1:PORT',
    'localhost:PORT@evil.example',
    '',
    'localhost:PORT, evil.example',
  ])('15: Host %j gets 421 and not the data', async (h) => {
    const r = await get('/data/graph.json', h.replaceAll('PORT', String(port)));
    expect(r.status).toBe(421);
    expect(r.body).not.toContain('secret');
  });

  it('15: a request without a Host header gets 421 (or 400 from Node itself), never the data', async () => {
    const r = await get('/data/graph.json', undefined);
    expect([400, 421]).toContain(r.status);
    expect(r.body).not.toContain('secret');
  });

  it('15: the check itself: exact names, the port the request came in on', () => {
    expect(hostAllowed('127.0.0.1:5178', 5178)).toBe(true);
    expect(hostAllowed('localhost:5178', 5178)).toBe(true);
    expect(hostAllowed('[::1]:5178', 5178)).toBe(true);
    expect(hostAllowed('localhost:5179', 5178)).toBe(false);
    expect(hostAllowed('attacker.test:5178', 5178)).toBe(false);
    expect(hostAllowed(undefined, 5178)).toBe(false);
    expect(hostAllowed('192.168.1.5:5178', 5178)).toBe(false);
    expect(hostAllowed('192.168.1.5:5178', 5178, '192.168.1.5')).toBe(true); // `serve --host 192.168.1.5`
    expect(hostAllowed('evil.example:5178', 5178, '0.0.0.0')).toBe(false); // a wildcard bind names no host
  });
});
