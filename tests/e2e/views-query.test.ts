// The query panel in headless Chromium against the production build: the SPARQL engine
// (oxigraph WebAssembly, allowed by the CSP's 'wasm-unsafe-eval') loads only when the panel
// opens; the catalog lists the queries/ questions; a catalog query gives the rows
// `storygraph sparql` gives; rows select their nodes; a bad query says why.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import { BIN, ROOT, ensureWebBuild } from './support/web-build.js';
import { closeExplorer } from './support/explorer.js';

const QUERIES = join(ROOT, 'queries');
const files = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.rq'))
  .sort();
const question = (f: string) => /^#\s?(.*)$/m.exec(readFileSync(join(QUERIES, f), 'utf8'))![1]!.trim();

interface Binding {
  type: string;
  value: string;
}
function cli(file: string): { head: { vars: string[] }; results: { bindings: Record<string, Binding>[] } } {
  const r = spawnSync(process.execPath, [BIN, 'sparql', `@${join(QUERIES, file)}`, '--format', 'json'], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, STORYGRAPH_RDF_BASE: '' },
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];
const requests: string[] = [];

const rows = () =>
  page.$$eval('#query-results tbody tr', (trs) =>
    trs.map((tr) => ({
      selects: tr.getAttribute('data-selects'),
      cells: [...tr.querySelectorAll('td')].map((td) => td.querySelector('[data-node]')?.getAttribute('data-node') ?? td.textContent ?? ''),
    })),
  );

async function runCatalog(name: string): Promise<void> {
  await page.click(`#view-query button[data-query="${name}"]`);
  await page.waitForFunction((n) => {
    const v = document.getElementById('view-query');
    return v?.dataset.query === n && v.dataset.result === 'ok';
  }, name);
}

describe.skipIf(!HAS_CHROMIUM)('query view', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    server = await startServer();
    browser = await launch();
    ({ page, problems } = await openPage(browser, server.url, { before: (p) => p.on('request', (r) => requests.push(r.url())) }));
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('does not load the engine or the RDF until the panel opens', async () => {
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
    expect(requests.filter((u) => /\.wasm$|graph\.nt$|query-view/.test(u))).toEqual([]);
    await page.click('#tab-query');
    await page.waitForSelector('#view-query[data-engine="ready"]');
    expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(requests.some((u) => u.endsWith('data/graph.nt'))).toBe(true);
    expect(await page.textContent('#query-status')).toMatch(/^SPARQL engine ready: \d+ triples/);
  });

  it('lists the research questions of the queries/ catalog', async () => {
    const shown = await page.$$eval('#view-query .query-question', (bs) => bs.map((b) => [b.getAttribute('data-query'), b.textContent]));
    expect(shown).toEqual(files.map((f) => [f.replace(/\.rq$/, ''), question(f)]));
  });

  it('runs a catalog query and shows the rows the CLI gives, graph elements as their labels', async () => {
    const expected = cli('who-said-what.rq');
    await runCatalog('who-said-what');
    expect(await page.inputValue('#sparql-editor')).toBe(readFileSync(join(QUERIES, 'who-said-what.rq'), 'utf8'));
    expect(await page.$$eval('#query-results thead th', (ths) => ths.map((t) => t.textContent))).toEqual(expected.head.vars);
    const got = await rows();
    const base = 'https://storygraph.invalid/id/';
    const want = expected.results.bindings.map((b) =>
      expected.head.vars.map((v) => {
        const t = b[v];
        if (!t) return '';
        return t.type === 'uri' && t.value.startsWith(base) ? t.value.slice(base.length) : t.value;
      }),
    );
    const sortRows = (r: string[][]) => r.map((x) => JSON.stringify(x)).sort();
    expect(sortRows(got.map((r) => r.cells))).toEqual(sortRows(want));
    expect(await page.textContent('#query-status')).toMatch(new RegExp(`^${want.length} rows`));
    // every claim cell is a button showing the claim's label
    const labels = await page.$$eval('#query-results tbody td button[data-node]', (bs) => bs.map((b) => b.textContent));
    expect(labels.every((l) => l && !l.startsWith('http'))).toBe(true);
  });

  it("every catalog query runs in the browser with the CLI's row count", async () => {
    for (const f of files) {
      const name = f.replace(/\.rq$/, '');
      const expected = cli(f);
      await runCatalog(name);
      expect(await page.$eval('#query-results', (t) => Number(t.getAttribute('data-rows'))), name).toBe(expected.results.bindings.length);
    }
  }, 120_000); // every catalog query, each also through the CLI

  it('a row selects the first node it names, in the graph and the details; the row is marked', async () => {
    await runCatalog('who-said-what');
    const [first] = await rows();
    const id = first!.selects!.split(' ')[0]!;
    await page.click('#query-results tbody tr:first-child td:last-child');
    await waitForSelection(page, id);
    expect(await page.evaluate((x) => (Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core }).cy.$id(x).hasClass('selected-el'), id)).toBe(
      true,
    );
    expect(await page.getAttribute('#query-results tbody tr:first-child', 'aria-current')).toBe('true');
    // a node button in a cell selects that node
    const cellNode = await page.$eval('#query-results tbody tr:nth-child(2) button[data-node]', (b) => b.getAttribute('data-node')!);
    await page.click('#query-results tbody tr:nth-child(2) button[data-node]');
    await waitForSelection(page, cellNode);
  });

  it('runs an edited query with Ctrl+Enter: ASK answers yes or no', async () => {
    await page.fill('#sparql-editor', 'PREFIX schema: <http://schema.org/>\nASK { ?c a schema:Claim }');
    await page.press('#sparql-editor', 'Control+Enter');
    await page.waitForSelector('#query-results.query-ask');
    expect(await page.textContent('#query-results')).toBe('yes');
    expect(await page.getAttribute('#view-query', 'data-query')).toBeNull();
  });

  it('a syntax error is reported on one line, with no table', async () => {
    await page.fill('#sparql-editor', 'SELECT ?x WHERE { ?x ?y }');
    await page.click('#sparql-run');
    await page.waitForSelector('#view-query[data-result="error"]');
    expect(await page.textContent('#query-status')).toMatch(/^Query error: error at \d+:\d+/);
    expect(await page.$('#query-results')).toBeNull();
    await page.fill('#sparql-editor', '  ');
    await page.click('#sparql-run');
    expect(await page.textContent('#query-status')).toBe('The query is empty.');
  });

  it('the CSP allows the WebAssembly engine: no console errors, no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
