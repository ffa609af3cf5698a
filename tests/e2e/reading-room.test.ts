// Room to read (issue 15, point 2) in headless Chromium: with a claim selected and the Claims view
// open, the article keeps a real share of the column; the panes (research view, details,
// article) are resized with their splitters, collapsed to their bar and maximised, the reading
// column is resized or made wide and the filters column closed, all of it remembered on reload;
// query results fit their table (no column that repeats another, no sideways scrolling).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, launch, openPage } from './support/browser.js';
import { waitForView } from './support/research.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';

const CLAIM = 'claim/esper-denies-drone-plan-report';
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const height = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().height);
const width = (sel: string) => page.$eval(sel, (e) => e.getBoundingClientRect().width);
async function reload(): Promise<void> {
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
}

describe.skipIf(!HAS_CHROMIUM)('reading room', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    [server, browser] = await Promise.all([startServer(), launch()]);
    ({ page, problems } = await openPage(browser, `${server.url}#sel=${CLAIM}&view=claims`, { viewport: { width: 1440, height: 900 } }));
    await waitForView(page, 'claims');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a claim selected and Claims open: the article and the details keep room, the graph most of the width', async () => {
    expect(await height('#article-pane')).toBeGreaterThanOrEqual(250);
    expect(await height('#details-pane')).toBeGreaterThanOrEqual(200);
    expect(await height('#view-panel')).toBeGreaterThanOrEqual(200);
    // Below 1600 px the filters column starts closed: the graph and the article come first.
    expect(await page.$eval('body', (b) => b.classList.contains('side-closed'))).toBe(true);
    expect(await width('.graph-pane')).toBeGreaterThanOrEqual(900);
  });

  it('maximising the details shows the whole attribution chain; it is remembered, and restores', async () => {
    await page.click('#pane-max-details');
    expect(await page.getAttribute('#pane-max-details', 'aria-pressed')).toBe('true');
    const column = await height('#reading');
    expect(await height('#details-pane')).toBeGreaterThanOrEqual(column * 0.8);
    expect(await page.$eval('#view-panel', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('#article', (e) => getComputedStyle(e).display)).toBe('none');
    const chainShown = () =>
      page.evaluate(() => {
        const d = document.getElementById('details')!.getBoundingClientRect();
        const c = document.querySelector('#details .chain')!.getBoundingClientRect();
        return c.top >= d.top && c.bottom <= d.bottom;
      });
    expect(await chainShown()).toBe(true);
    await reload();
    expect(await page.getAttribute('#pane-max-details', 'aria-pressed')).toBe('true');
    expect(await height('#details-pane')).toBeGreaterThanOrEqual(column * 0.8);
    await page.click('#pane-max-details');
    expect(await height('#article-pane')).toBeGreaterThanOrEqual(250);
  });

  it('collapses a pane to its bar (the others take its room), remembered', async () => {
    const before = await height('#article-pane');
    await page.click('#pane-collapse-view');
    expect(await page.getAttribute('#pane-collapse-view', 'aria-expanded')).toBe('false');
    expect(await page.$eval('#view-panel', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await height('#article-pane')).toBeGreaterThan(before + 60);
    expect(await page.isHidden('#split-view-details')).toBe(true);
    await reload();
    expect(await page.getAttribute('#pane-collapse-view', 'aria-expanded')).toBe('false');
    await page.click('#pane-collapse-view');
    expect(await page.$eval('#view-panel', (e) => getComputedStyle(e).display)).not.toBe('none');
  });

  it('resizes the panes with the splitters (keyboard and pointer), remembered', async () => {
    const d0 = await height('#details-pane');
    const a0 = await height('#article-pane');
    await page.focus('#split-details-article');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const d1 = await height('#details-pane');
    expect(d1 - d0).toBeGreaterThanOrEqual(80);
    expect(a0 - (await height('#article-pane'))).toBeGreaterThanOrEqual(80);
    // a drag moves the border between the research view and the details by the pointer's distance
    const v0 = await height('#view-panel');
    const box = (await page.locator('#split-view-details').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 50, { steps: 5 });
    await page.mouse.up();
    expect(Math.abs((await height('#view-panel')) - v0 - 50)).toBeLessThanOrEqual(3);
    const v1 = await height('#view-panel');
    const d2 = await height('#details-pane');
    await reload();
    expect(Math.abs((await height('#view-panel')) - v1)).toBeLessThanOrEqual(3);
    expect(Math.abs((await height('#details-pane')) - d2)).toBeLessThanOrEqual(3);
  });

  it('resizes the reading column, makes it wide, and opens the filters column; remembered', async () => {
    const w0 = await width('#reading');
    await page.focus('#reading-splitter');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect((await width('#reading')) - w0).toBeGreaterThanOrEqual(90);
    await page.click('#wide-toggle');
    expect(await width('#reading')).toBeGreaterThanOrEqual(1440 * 0.6);
    await page.click('#toggle-side');
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await page.getAttribute('#toggle-side', 'aria-expanded')).toBe('true');
    await reload();
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await page.getAttribute('#wide-toggle', 'aria-pressed')).toBe('true');
    expect(await width('.graph-pane')).toBeGreaterThanOrEqual(300);
    await page.click('#toggle-side');
    expect(await page.isVisible('#filters')).toBe(false);
  });

  it('query results fit their table: no column that repeats another, no sideways scrolling, many rows', async () => {
    await page.click('#tab-query');
    await waitForView(page, 'query');
    await page.waitForSelector('#view-query[data-engine="ready"]');
    await page.click('#pane-max-view');
    for (const name of ['who-met-whom', 'timeline']) {
      await page.click(`#view-query button[data-query="${name}"]`);
      await page.waitForFunction(
        (n) => document.getElementById('view-query')?.dataset.query === n && document.getElementById('view-query')?.dataset.result === 'ok',
        name,
      );
      const t = await page.evaluate(() => {
        const table = document.getElementById('query-results')!;
        const panel = document.getElementById('view-panel')!;
        const rows = [...table.querySelectorAll('tbody tr')];
        const cols = [...table.querySelectorAll('thead th')].map((_, i) => rows.map((r) => r.children[i]?.textContent ?? '').join('\n'));
        const p = panel.getBoundingClientRect();
        return {
          sideways: table.getBoundingClientRect().width - document.getElementById('query-output')!.clientWidth,
          repeats: cols.filter((c, i) => cols.indexOf(c) !== i).length,
          leftOut: table.getAttribute('data-left-out'),
          visibleRows: rows.filter((r) => {
            const b = r.getBoundingClientRect();
            return b.top >= p.top && b.bottom <= p.bottom;
          }).length,
          rows: rows.length,
        };
      });
      expect(t.sideways, name).toBeLessThanOrEqual(1);
      expect(t.repeats, name).toBe(0);
      expect(t.leftOut, name).toMatch(/label/i);
      expect(t.visibleRows, name).toBeGreaterThanOrEqual(Math.min(8, t.rows));
    }
    await page.click('#pane-max-view');
    await page.click('#wide-toggle');
  });

  it('had no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
