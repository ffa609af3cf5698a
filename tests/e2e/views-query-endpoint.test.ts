// The query panel under `storygraph serve --endpoint URL`, in headless Chromium: the page asks its
// own server, which asks the SPARQL server (here a stand-in that records what it is asked); no
// WebAssembly engine and no graph.nt are loaded; the rows select the nodes they name; a server's
// refusal is shown as a coded line. (tests/sparql/virtuoso.test.ts runs the same route on Virtuoso.)
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';
import { closeExplorer } from './support/explorer.js';

const ID = 'https://storygraph.invalid/id/';
let sparqlServer: Server;
let endpoint = '';
const asked: string[] = [];
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];
const requests: string[] = [];

/** A SPARQL server holding one pushed graph, answering every SELECT with two people. */
function standIn(): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const query = new URLSearchParams(body).get('query') ?? '';
      res.setHeader('content-type', 'application/sparql-results+json');
      if (/StoryGraph/.test(query)) {
        res.end(
          JSON.stringify({
            head: { vars: ['g', 'sha'] },
            results: { bindings: [{ g: { type: 'uri', value: 'https://storygraph.invalid/graph/story/x' }, sha: { type: 'literal', value: '0' } }] },
          }),
        );
        return;
      }
      asked.push(query);
      if (/BROKEN/.test(query)) {
        res.statusCode = 400;
        res.end('Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error');
        return;
      }
      const person = (id: string, name: string) => ({ who: { type: 'uri', value: `${ID}${id}` }, name: { type: 'literal', value: name } });
      res.end(
        JSON.stringify({
          head: { vars: ['who', 'name'] },
          results: { bindings: [person('person/wu-qian', 'Wu Qian'), person('person/mark-esper', 'Mark Esper')] },
        }),
      );
    });
  });
}

describe.skipIf(!HAS_CHROMIUM)('query view with serve --endpoint', () => {
  beforeAll(async () => {
    sparqlServer = standIn();
    await new Promise<void>((r) => sparqlServer.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(sparqlServer.address() as { port: number }).port}/sparql`;
    await ensureWebBuild();
    server = await startServer(['--endpoint', endpoint]);
    browser = await launch();
    ({ page, problems } = await openPage(browser, server.url, { before: (p) => p.on('request', (r) => requests.push(r.url())) }));
    await page.click('#tab-query');
    await page.waitForSelector('#view-query[data-engine="ready"]');
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
    await new Promise((r) => sparqlServer.close(r));
  });

  it('says which server answers, and loads neither the WebAssembly engine nor the RDF', async () => {
    expect(await page.textContent('#query-status')).toContain(`SPARQL engine ready: ${endpoint} (a SPARQL server`);
    expect(requests.filter((u) => /\.wasm$|graph\.nt$/.test(u))).toEqual([]);
  });

  it("runs the editor's query on the server and shows its rows; a row selects its node", async () => {
    await page.fill('#sparql-editor', 'SELECT ?who ?name WHERE { ?who <http://www.w3.org/2000/01/rdf-schema#label> ?name }');
    await page.click('#sparql-run');
    await page.waitForSelector('#view-query[data-result="ok"]');
    expect(asked.at(-1)).toContain('SELECT ?who ?name');
    expect(await page.$$eval('#query-results tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-selects')))).toEqual([
      'person/wu-qian',
      'person/mark-esper',
    ]);
    expect(await page.textContent('#query-status')).toMatch(/^2 rows/);
    await page.click('#query-results tbody tr:first-child td:last-child');
    await waitForSelection(page, 'person/wu-qian');
  });

  it("shows the server's refusal as one coded line", async () => {
    await page.fill('#sparql-editor', 'SELECT * WHERE { BROKEN }');
    await page.click('#sparql-run');
    await page.waitForSelector('#view-query[data-result="error"]');
    expect(await page.textContent('#query-status')).toMatch(/^Query error: sparql-endpoint-failed: .*HTTP 400: Virtuoso 37000 Error SP030/);
  });

  it('refuses an update before asking the server', async () => {
    const before = asked.length;
    await page.fill('#sparql-editor', 'INSERT DATA { <a:b> <a:c> <a:d> }');
    await page.click('#sparql-run');
    await page.waitForSelector('#view-query[data-result="error"]');
    expect(await page.textContent('#query-status')).toMatch(/^Query error: sparql-read-only:/);
    expect(asked.length).toBe(before);
    // The browser logs each refused query's status (400, 502); nothing else went wrong.
    const refusals = /^HTTP (400|502): .*\/sparql\?query=|^console\.error: Failed to load resource: the server responded with a status of (400|502)/;
    expect(problems.filter((p) => !refusals.test(p))).toEqual([]);
  });
});
