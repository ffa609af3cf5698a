// storygraph build-web and serve as processes: output, exit codes and one-line errors.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, ensureWebBuild } from '../e2e/support/web-build.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-web-'));
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

beforeAll(() => ensureWebBuild());
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('storygraph build-web', () => {
  it('writes the app and the graph data with a position for every node', () => {
    const out = join(tmp, 'site');
    const r = cli('build-web', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote \d+ files to /);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<script type="module" crossorigin src="\.\/assets\/[^"]+\.js">/);
    const data = JSON.parse(readFileSync(join(out, 'data', 'graph.json'), 'utf8')) as {
      nodes: { attributes: Record<string, unknown> }[];
      attributes: { stories: unknown[] };
    };
    expect(data.attributes.stories.length).toBeGreaterThan(0);
    for (const n of data.nodes) expect([typeof n.attributes.x, typeof n.attributes.y]).toEqual(['number', 'number']);
    expect(existsSync(join(out, '.storygraph-site'))).toBe(true);
  });

  it('is deterministic: the same data gives the same graph file', () => {
    const a = join(tmp, 'det-a');
    const b = join(tmp, 'det-b');
    expect(cli('build-web', '--out', a).status).toBe(0);
    expect(cli('build-web', '--out', b).status).toBe(0);
    expect(readFileSync(join(a, 'data', 'graph.json'), 'utf8')).toBe(readFileSync(join(b, 'data', 'graph.json'), 'utf8'));
  });

  it('replaces an earlier site in place', () => {
    const out = join(tmp, 'again');
    expect(cli('build-web', '--out', out).status).toBe(0);
    expect(cli('build-web', '--out', out).status).toBe(0);
  });

  it('builds any data folder (--data)', () => {
    const out = join(tmp, 'xss');
    expect(cli('build-web', '--data', join(ROOT, 'tests', 'fixtures', 'xss'), '--out', out).status).toBe(0);
    expect(readFileSync(join(out, 'data', 'graph.json'), 'utf8')).toMatch(/xss-payloads/);
  });

  it('without --out: usage error, exit 2', () => {
    const r = cli('build-web');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('storygraph: out-required: build-web writes a folder: give --out DIR\n');
  });

  it('refuses a folder that holds other things (exit 1, nothing removed)', () => {
    const out = join(tmp, 'precious');
    mkdirSync(out);
    writeFileSync(join(out, 'thesis.tex'), 'keep me');
    const r = cli('build-web', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^storygraph: out-not-empty: .*precious: the folder is not empty/);
    expect(readFileSync(join(out, 'thesis.tex'), 'utf8')).toBe('keep me');
  });

  it('refuses a file as --out (exit 2)', () => {
    const out = join(tmp, 'a-file');
    writeFileSync(out, 'x');
    const r = cli('build-web', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^storygraph: out-not-directory: /);
  });

  it('bad data: the problems, exit 1, no output folder', () => {
    const out = join(tmp, 'never');
    const r = cli('build-web', '--data', join(tmp, 'no-such-data'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data-dir-missing/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('storygraph serve: usage', () => {
  it.each([['abc'], ['-1'], ['65536'], ['1.5']])('--port %s → exit 2', (port) => {
    const r = cli('serve', '--port', port);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^storygraph: bad-port: --port /);
  });

  it('--host with odd characters → exit 2', () => {
    const r = cli('serve', '--port', '0', '--host', 'a b/c');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^storygraph: bad-host: /);
  });

  it('a port in use → one line, exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const r = cli('serve', '--port', String(port));
    blocker.close();
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`storygraph: cannot-listen: 127.0.0.1:${port}: cannot listen (EADDRINUSE) (pass --port 0 for a free port)\n`);
  });

  it('prints its URL, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', (c) => reject(new Error(`exited ${c}`)));
    });
    expect(out).toMatch(/^storygraph explorer: http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});
