// Search (src/queries/search.ts in the browser) and the filters, in headless Chromium against the
// production build: results walked by keyboard, filters applied to canvas and lists, kept in the URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { HAS_CHROMIUM, waitForSelection } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

/** What the canvas and the lists show: visible node types and edge factualities, list counts. */
const shown = () =>
  page.evaluate(() => {
    const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
    return {
      nodeTypes: [...new Set(cy.nodes(':visible').map((n) => String(n.data('type'))))].sort(),
      edgeFacts: [...new Set(cy.edges(':visible').map((e) => String(e.data('factuality'))))].sort(),
      edgeTypes: [...new Set(cy.edges(':visible').map((e) => String(e.data('type'))))].sort(),
      listNodes: document.querySelectorAll('#node-list li:not([hidden])').length,
      listEdges: document.querySelectorAll('#edge-list li:not([hidden])').length,
      visibleNodes: cy.nodes(':visible').length,
      visibleEdges: cy.edges(':visible').length,
    };
  });

async function typeSearch(text: string): Promise<string[]> {
  await page.fill('#search-input', '');
  await page.focus('#search-input');
  await page.keyboard.type(text);
  await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
  return page.$$eval('#search-results [role="option"]', (os) => os.map((o) => o.getAttribute('data-id') ?? ''));
}

describe.skipIf(!HAS_CHROMIUM)('explorer: search and filters', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer());
    // The filters column starts closed below 1600 px wide (the graph and the article first): open it.
    await page.click('#toggle-side');
    await page.waitForSelector('#filters', { state: 'visible' });
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('finds Wu Qian by his Chinese name (吳謙) and opens him with Enter', async () => {
    const ids = await typeSearch('吳謙');
    expect(ids[0]).toBe('person/wu-qian');
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');
    expect(await page.getAttribute('#search-input', 'aria-activedescendant')).toBe('search-opt-0');
    await page.keyboard.press('Enter');
    await waitForSelection(page, 'person/wu-qian');
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('false');
  });

  it('walks results with the arrow keys (wrapping) and opens the active one', async () => {
    const ids = await typeSearch('Esper');
    expect(ids.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval('[role="option"][aria-selected="true"]', (o) => o.getAttribute('data-id'))).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.$eval('[role="option"][aria-selected="true"]', (o) => o.getAttribute('data-id'))).toBe(ids.at(-1));
    await page.keyboard.press('Enter');
    await waitForSelection(page, ids.at(-1)!);
  });

  it('finds by alias and by quote', async () => {
    const alias = graph.filterNodes((_, a) => a.aliases.some((x) => x.length > 6 && /^[\x20-\x7e]+$/.test(x)))[0]!;
    const aliasText = graph.getNodeAttributes(alias).aliases.find((x) => x.length > 6 && /^[\x20-\x7e]+$/.test(x))!;
    expect(await typeSearch(aliasText)).toContain(alias);
    expect((await typeSearch('walk the talk')).some((id) => id.startsWith('claim/'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#search-results')).toBe(true);
  });

  it('filters by node type, on the canvas and in the lists, and keeps it in the URL', async () => {
    const before = await shown();
    await page.uncheck('#f-node-person');
    await expect.poll(async () => (await shown()).nodeTypes).not.toContain('person');
    const after = await shown();
    expect(after.nodeTypes).not.toContain('person');
    expect(after.listNodes).toBe(before.listNodes - graph.filterNodes((_, a) => a.type === 'person').length);
    expect(await page.evaluate(() => location.hash)).toMatch(/hide=person/);
    await page.check('#f-node-person');
    await expect.poll(async () => (await shown()).nodeTypes).toContain('person');
  });

  it('filters by relation type', async () => {
    await page.uncheck('#f-rel-participant');
    await expect.poll(async () => (await shown()).edgeTypes).not.toContain('participant');
    expect(await page.evaluate(() => location.hash)).toMatch(/rel=-participant/);
    await page.check('#f-rel-participant');
  });

  it('"Asserted only" in one click, and back', async () => {
    await page.click('#asserted-only');
    await expect.poll(async () => (await shown()).edgeFacts).toEqual(['asserted']);
    const s = await shown();
    expect(s.edgeFacts).toEqual(['asserted']);
    expect(s.listEdges).toBe(s.visibleEdges);
    expect(await page.getAttribute('#asserted-only', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => location.hash)).toMatch(/fact=asserted(&|$)/);
    await page.click('#asserted-only');
    await expect.poll(async () => (await shown()).edgeFacts.length).toBeGreaterThan(1);
  });

  it('hides and shows the claims layer (claim nodes and their attribution links)', async () => {
    await page.uncheck('#f-claims');
    await expect.poll(async () => (await shown()).nodeTypes).not.toContain('claim');
    const s = await shown();
    expect(s.nodeTypes).not.toContain('claim');
    expect(s.edgeTypes).not.toContain('attributed_to');
    expect(await page.evaluate(() => location.hash)).toMatch(/claims=off/);
    await page.check('#f-claims');
    await expect.poll(async () => (await shown()).nodeTypes).toContain('claim');
  });

  it('restores filters from the URL on reload', async () => {
    await page.goto(`${server.url}#hide=region&fact=asserted&claims=off`);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const s = await shown();
    expect(s.nodeTypes).not.toContain('region');
    expect(s.nodeTypes).not.toContain('claim');
    expect(s.edgeFacts).toEqual(['asserted']);
    expect(await page.isChecked('#f-node-region')).toBe(false);
    expect(await page.isChecked('#f-claims')).toBe(false);
    await page.click('#show-all');
    await expect.poll(async () => (await shown()).visibleNodes).toBe(graph.order);
  });

  it('had no console errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
