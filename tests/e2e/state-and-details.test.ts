// Issue 15, points 3 and 5, in headless Chromium: the header status and the "Also here" offer
// follow Back, Forward and URL edits (derived from the state like the rest); the key hint never
// covers the canvas; the attribution chain runs the same way (innermost speaker first) in the
// Claims view and in the details; the timeline axis names October 2020; the skip link lands in
// the list of nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { claims } from '../../src/queries/claims.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { waitForView } from './support/research.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';

const graph = loadGraph(defaultDataDir());
/** The status line's name of a node: its label and type (web/src/labels.ts). */
const label = (id: string) => `${graph.getNodeAttribute(id, 'label')} (${graph.getNodeAttribute(id, 'type')})`;
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const status = () => page.textContent('#status');
const alsoShown = () => page.$$eval('#also:not([hidden]) button.chip', (bs) => bs.map((b) => b.getAttribute('data-target')));
const selectInList = async (id: string) => {
  await page.evaluate((x) => document.querySelector<HTMLButtonElement>(`#node-list button[data-id="${x}"]`)!.click(), id);
  await waitForSelection(page, id);
};

describe.skipIf(!HAS_CHROMIUM)('state-derived header and details', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    [server, browser] = await Promise.all([startServer(), launch()]);
    ({ page, problems } = await openPage(browser, server.url, { viewport: { width: 1440, height: 900 } }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the header status follows Back, Forward and a URL edit', async () => {
    expect(await status()).toBe(`${graph.order} nodes, ${graph.size} relations`);
    await selectInList('person/mark-esper');
    await selectInList('person/wu-qian');
    expect(await status()).toBe(`Selected: ${label('person/wu-qian')}`);
    await page.goBack();
    await waitForSelection(page, 'person/mark-esper');
    expect(await status()).toBe(`Selected: ${label('person/mark-esper')}`);
    await page.goForward();
    await waitForSelection(page, 'person/wu-qian');
    expect(await status()).toBe(`Selected: ${label('person/wu-qian')}`);
    await page.evaluate(() => {
      location.hash = '#sel=person/mike-pompeo';
    });
    await waitForSelection(page, 'person/mike-pompeo');
    expect(await status()).toBe(`Selected: ${label('person/mike-pompeo')}`);
    await page.evaluate(() => {
      location.hash = '';
    });
    await waitForSelection(page, '');
    expect(await status()).toBe('Selection cleared');
  });

  it('"Also here" belongs to the history entry: gone on another selection, back with Back, gone with Forward', async () => {
    await page
      .locator('#article-text mark', { hasText: /^Mark Esper$/ })
      .first()
      .click();
    await waitForSelection(page, 'person/mark-esper');
    const offer = await alsoShown();
    expect(offer.length).toBeGreaterThan(0);
    // a chip keeps the offer
    await page.click(`#also button.chip[data-target="${offer[0]}"]`);
    await waitForSelection(page, offer[0]!);
    expect(await alsoShown()).toEqual(offer);
    // a selection made elsewhere ends it
    await selectInList('city/beijing');
    expect(await alsoShown()).toEqual([]);
    await page.goBack();
    await waitForSelection(page, offer[0]!);
    expect(await alsoShown()).toEqual(offer);
    await page.goBack();
    await waitForSelection(page, 'person/mark-esper');
    expect(await alsoShown()).toEqual(offer);
    await page.goForward();
    await page.goForward();
    await waitForSelection(page, 'city/beijing');
    expect(await alsoShown()).toEqual([]);
    expect(await status()).toBe(`Selected: ${label('city/beijing')}`);
  });

  it('the key hint sits under the canvas, never over it', async () => {
    const r = await page.evaluate(() => {
      const h = document.getElementById('key-hint')!.getBoundingClientRect();
      const c = document.getElementById('cy')!.getBoundingClientRect();
      return { hintTop: h.top, canvasBottom: c.bottom, hintHeight: h.height };
    });
    expect(r.hintHeight).toBeGreaterThan(0);
    expect(r.hintTop).toBeGreaterThanOrEqual(r.canvasBottom - 0.5);
  });

  it('the attribution chain runs innermost speaker first, in the Claims view and in the details alike', async () => {
    const claim = claims(graph).filter((c) => c.attribution.length >= 3)[0]!;
    await page.evaluate((id) => {
      location.hash = `#sel=${id}&view=claims`;
    }, claim.id);
    await waitForView(page, 'claims');
    await waitForSelection(page, claim.id);
    const inClaims = await page.$$eval(`#view-claims li.claim[data-id="${claim.id}"] .attr-chain > li`, (lis) =>
      lis.flatMap((l) => (l.getAttribute('data-agents') ?? '').split(' ')),
    );
    const inDetails = await page.$$eval('#details .chain li .node-link', (bs) => bs.map((b) => b.getAttribute('data-node')));
    expect(inClaims).toEqual(claim.attribution.map((l) => l.agent));
    expect(inDetails).toEqual(inClaims);
    expect(await page.getAttribute(`#view-claims li.claim[data-id="${claim.id}"] .attr-chain`, 'aria-label')).toMatch(/speaker first/);
  });

  it('the timeline axis names October 2020, where the talks and the publication fall', async () => {
    await page.click('#tab-timeline');
    await waitForView(page, 'timeline');
    const labels = await page.$$eval('#view-timeline .tl-tick-label', (ts) => ts.map((t) => t.textContent));
    expect(labels[0]).toBe('Oct 2020');
    // drawn inside the axis, left of the first month boundary's label
    const inside = await page.evaluate(() => {
      const axis = document.querySelector('#view-timeline .tl-axis-svg')!.getBoundingClientRect();
      const [first, second] = [...document.querySelectorAll('#view-timeline .tl-tick-label')].map((t) => t.getBoundingClientRect());
      return first!.left >= axis.left && first!.right <= second!.left;
    });
    expect(inside).toBe(true);
  });

  it('"Skip to the list of nodes" moves the focus into the list', async () => {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.focus('#skip-to-list');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.activeElement?.closest('#node-list'));
    expect(await page.evaluate(() => document.activeElement?.matches('#node-list button.list-item'))).toBe(true);
    // the list was in the closed filters column: it opened
    expect(await page.isVisible('#node-list')).toBe(true);
  });

  it('had no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
