// The research views' framework and state in the URL, in headless Chromium against the
// production build: the tab bar (click, close, Alt+key, arrow keys), each view's module loaded
// when its tab first opens, a shared link opening the same research view, back/forward across
// views, and a reload restoring everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { paths } from '../../src/queries/path.js';
import { VIEW_IDS } from '../../web/src/views/registry.js';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { hashOf, waitForView, withClass } from './support/research.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';
import { closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
const people = graph.filterNodes((_, a) => a.type === 'person').sort();
const [a, b] = [people[0]!, people[people.length - 1]!];
const route = paths(graph, a, b).paths[0] ?? [];

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];
const scripts: string[] = [];

const openTab = () => page.evaluate(() => document.body.dataset.view ?? '');

describe.skipIf(!HAS_CHROMIUM)('research views: tabs and URL state', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    server = await startServer();
    browser = await launch();
    ({ page, problems } = await openPage(browser, server.url, {
      before: (p) =>
        p.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        }),
    }));
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('shows a tab per research view, none open, and loads no view module before one opens', async () => {
    const tabs = await page.$$eval('#view-tabs [role="tab"]', (els) => els.map((e) => [e.getAttribute('data-view'), e.getAttribute('aria-selected')]));
    expect(tabs).toEqual(VIEW_IDS.map((v) => [v, 'false']));
    expect(await page.isHidden('#view-panel')).toBe(true);
    expect(scripts.filter((s) => /-view-[\w-]+\.js$/.test(s))).toEqual([]);
  });

  it('a click opens a view (its module loads then), a history entry per view; back and forward step through them', async () => {
    await page.click('#tab-path');
    await waitForView(page, 'path');
    expect(scripts.some((s) => /path-view-[\w-]+\.js$/.test(s))).toBe(true);
    expect(await hashOf(page)).toBe('#view=path');
    await page.click('#tab-export');
    await waitForView(page, 'export');
    expect(await page.isHidden('#view-path')).toBe(true);
    expect(await hashOf(page)).toBe('#view=export');
    await page.goBack();
    await waitForView(page, 'path');
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('view-panel')?.hidden === true);
    expect(await openTab()).toBe('');
    await page.goForward();
    await waitForView(page, 'path');
  });

  it('clicking the open tab or the close button closes it', async () => {
    await page.click('#tab-path');
    await page.waitForFunction(() => !location.hash.includes('view='));
    expect(await page.getAttribute('#tab-path', 'aria-selected')).toBe('false');
    await page.click('#tab-export');
    await waitForView(page, 'export');
    await page.click('.tab-close');
    await page.waitForFunction(() => document.getElementById('view-panel')?.hidden === true);
  });

  it('Alt+letter opens and closes a view; arrow keys move between tabs', async () => {
    await page.locator('#cy').focus();
    await page.keyboard.press('Alt+KeyP');
    await waitForView(page, 'path');
    await page.keyboard.press('Alt+KeyP');
    await page.waitForFunction(() => document.getElementById('view-panel')?.hidden === true);
    await page.keyboard.press('Alt+KeyE');
    await waitForView(page, 'export');
    await page.locator('#tab-export').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tab-${VIEW_IDS[VIEW_IDS.indexOf('export') - 1]}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tab-${VIEW_IDS[(VIEW_IDS.indexOf('export') + 1) % VIEW_IDS.length]}`);
    await page.click('.tab-close');
  });

  it('a shared link opens the same research view: selection, view, path, focus; a reload keeps it', async () => {
    const hash = `#sel=${b}&view=path&from=${a}&to=${b}&focus=${b}&depth=2&rest=hide`;
    const p2 = await openPage(browser, `${server.url}${hash}`);
    const check = async () => {
      await waitForView(p2.page, 'path');
      await waitForSelection(p2.page, b);
      expect(await p2.page.getAttribute('#path-from-end', 'data-node')).toBe(a);
      expect(await p2.page.getAttribute('#path-to-end', 'data-node')).toBe(b);
      if (route.length) expect(await withClass(p2.page, 'on-path', 'edges')).toEqual(route.map((s) => s.edge).sort());
      expect(await p2.page.inputValue('#focus-depth')).toBe('2');
      expect(await p2.page.getAttribute('#focus-tools', 'data-focus')).toBe(b);
      expect(decodeURIComponent(await p2.page.evaluate(() => location.hash))).toBe(hash);
    };
    await check();
    await p2.page.reload();
    await p2.page.waitForSelector('body[data-ready="true"]');
    await check();
    expect(p2.problems).toEqual([]);
    await p2.page.close();
  });

  it('had no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
