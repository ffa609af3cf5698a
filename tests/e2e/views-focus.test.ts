// Focus in headless Chromium against the production build: the neighbourhood of the selection
// to depth 1, 2 or 3 (exactly what the neighbors query reports), the rest faded or hidden,
// expanding and collapsing a node's neighbours, the URL and back/forward following.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { neighbors } from '../../src/queries/neighbors.js';
import { HAS_CHROMIUM, openPage, waitForSelection } from './support/browser.js';
import { hashOf, tap, visibleNodes, withClass } from './support/research.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
// A person with the most relations: a focus worth looking at.
const centre = graph.filterNodes((_, a) => a.type === 'person').reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
const within = (depth: number) => [centre, ...neighbors(graph, centre, { depth }).nodes.map((n) => n.id)].sort();
const allNodes = graph.nodes().sort();
const outside = (shown: string[]) => allNodes.filter((n) => !shown.includes(n));

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

/** Nodes not faded by the focus. */
const focused = async (p: Page) => outside(await withClass(p, 'unfocused', 'nodes'));

describe.skipIf(!HAS_CHROMIUM)('focus', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer());
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('Focus needs a selected node; then shows its neighbourhood at depth 1 and fades the rest', async () => {
    expect(await page.isDisabled('#focus-on')).toBe(true);
    await tap(page, centre);
    await waitForSelection(page, centre);
    await page.click('#focus-on');
    await page.waitForFunction(() => location.hash.includes('focus='));
    expect(await hashOf(page)).toContain(`focus=${centre}&depth=1`);
    expect(await focused(page)).toEqual(within(1));
    expect(await withClass(page, 'focus-centre', 'nodes')).toEqual([centre]);
    expect(await visibleNodes(page)).toEqual(allNodes); // faded, not hidden
    expect(await page.textContent('#focus-info')).toContain(`${within(1).length} nodes`);
    // the edges kept are those between shown nodes
    const edgesShown = outside(await withClass(page, 'unfocused', 'edges'));
    const shown = new Set(within(1));
    expect(edgesShown.length).toBeGreaterThan(0);
    for (const e of edgesShown) if (graph.hasEdge(e)) expect(shown.has(graph.source(e)) && shown.has(graph.target(e)), e).toBe(true);
  });

  it.each([2, 3, 1])('depth %i shows what the neighbors query reports at that depth', async (depth) => {
    await page.selectOption('#focus-depth', String(depth));
    await page.waitForFunction((d) => location.hash.includes(`depth=${d}`), depth);
    expect(await focused(page)).toEqual(within(depth));
  });

  it('"Hide rest" hides what is outside the focus instead of fading it', async () => {
    await page.check('#focus-hide');
    await page.waitForFunction(() => location.hash.includes('rest=hide'));
    expect(await visibleNodes(page)).toEqual(within(1));
    await page.uncheck('#focus-hide');
    await page.waitForFunction(() => !location.hash.includes('rest=hide'));
    expect(await visibleNodes(page)).toEqual(allNodes);
  });

  it("expands a shown node's neighbours one step (button or double click) and collapses them again", async () => {
    const base = within(1);
    const edgeNode = base.find((n) => n !== centre && graph.neighbors(n).some((m) => !base.includes(m)))!;
    expect(edgeNode).toBeDefined();
    const grown = [...new Set([...base, ...graph.neighbors(edgeNode)])].sort();
    await tap(page, edgeNode);
    await waitForSelection(page, edgeNode);
    expect(await page.textContent('#focus-expand')).toBe('Expand');
    await page.click('#focus-expand');
    await page.waitForFunction(() => location.hash.includes('exp='));
    expect(await focused(page)).toEqual(grown);
    expect(await page.textContent('#focus-expand')).toBe('Collapse');
    await page.click('#focus-expand');
    await page.waitForFunction(() => !location.hash.includes('exp='));
    expect(await focused(page)).toEqual(base);
    await tap(page, edgeNode, 'dbltap');
    await page.waitForFunction(() => location.hash.includes('exp='));
    expect(await focused(page)).toEqual(grown);
    // back steps through the focus changes
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('exp='));
    expect(await focused(page)).toEqual(base);
    await page.goForward();
    await page.waitForFunction(() => location.hash.includes('exp='));
    expect(await focused(page)).toEqual(grown);
  });

  it('a shared link restores the focus (depth, expanded, hidden rest); Unfocus shows everything', async () => {
    const url = page.url();
    const p2 = await openPage(browser, `${url.replace(/#.*/, '') + (await page.evaluate(() => location.hash))}&rest=hide`);
    expect(await visibleNodes(p2.page)).toEqual(await focused(page));
    expect(await p2.page.isChecked('#focus-hide')).toBe(true);
    await p2.page.click('#focus-off');
    await p2.page.waitForFunction(() => !location.hash.includes('focus='));
    expect(await visibleNodes(p2.page)).toEqual(allNodes);
    expect(await withClass(p2.page, 'unfocused')).toEqual([]);
    expect(p2.problems).toEqual([]);
    await p2.page.close();
  });

  it('had no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
