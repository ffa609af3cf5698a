// The XSS fixture (tests/fixtures/xss): an article and annotations full of <script>, <img onerror>,
// <svg onload>, closing tags and javascript: URLs. In the real browser they must render as text:
// no dialog, no injected element, the window flag never set.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import { ROOT, ensureWebBuild } from './support/web-build.js';
import { closeExplorer } from './support/explorer.js';

const DATA = join(ROOT, 'tests', 'fixtures', 'xss');
const graph = loadGraph(DATA);
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];
const dialogs: string[] = [];

const injected = () =>
  page.evaluate(() => ({
    flag: Reflect.get(window, '__xss') as unknown,
    scripts: [...document.scripts].map((s) => s.src || 'inline'),
    imgs: document.querySelectorAll('img').length,
    svgOnload: document.querySelectorAll('svg[onload], [onerror], [onmouseover], iframe, b').length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
  }));

describe.skipIf(!HAS_CHROMIUM)('explorer: the XSS fixture renders inert', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    server = await startServer(['--data', DATA]);
    browser = await launch();
    ({ page, problems } = await openPage(browser, server.url, {
      before: (p) =>
        p.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        }),
    }));
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('shows the payloads as text', async () => {
    expect(await page.$eval('#article-text', (e) => e.textContent)).toBe(graph.getAttribute('stories')[0]!.text);
    const listText = await page.$eval('#node-list', (e) => e.textContent ?? '');
    expect(listText).toContain("<script>window.__xss='label-script'</script>Example Ministry");
    expect(listText).toContain('𠮷野家 <iframe');
  });

  it('selecting each node and edge (details, quotes, chain, notes) injects nothing', async () => {
    const all = [...graph.nodes(), ...graph.edges()];
    for (const id of all) {
      await page.evaluate((x) => {
        location.hash = `#sel=${encodeURIComponent(x).replace(/%2F/g, '/')}`;
      }, id);
      await waitForSelection(page, id);
      await page.$$eval('#details .quote', (qs) => qs.forEach((q) => (q as HTMLButtonElement).click()));
    }
    await page.fill('#search-input', '<img');
    await page.waitForSelector('#search-results:not([hidden]) [role="option"]');
    await page.evaluate(() => {
      location.hash = '#sel=org/example-ministry';
    });
    await waitForSelection(page, 'org/example-ministry');
    expect(await page.$eval('#details', (d) => d.textContent ?? '')).toContain('<img src=x onerror="window.__xss=\'alias-img\'">');
    const r = await injected();
    expect(r.flag).toBeUndefined();
    expect(r.scripts.every((s) => s !== 'inline')).toBe(true);
    expect(r.imgs).toBe(0);
    expect(r.svgOnload).toBe(0);
    expect(r.jsLinks).toBe(0);
    expect(dialogs).toEqual([]);
  });

  // A javascript: URL, or one with '"' or '<' in it, no longer loads (invalid-url,
  // tests/load/strict-input.test.ts); quotes that would break out of an attribute (legal in a
  // URL) are shown as text, in a link that runs nothing.
  it('renders attribute-breaking quotes in the article URL as text, in a link that runs nothing', async () => {
    await page.evaluate(() => {
      location.hash = '#sel=article/xss-payloads';
    });
    await waitForSelection(page, 'article/xss-payloads');
    const url = await page.$eval('#details', (d) => d.textContent ?? '');
    expect(url).toContain("https://example.org/?q='onfocus='window.__xss=1'autofocus='");
    const r = await injected();
    expect(r.flag).toBeUndefined();
    expect(r.jsLinks).toBe(0);
  });

  it('clicking the highlights of the astral-character text selects the right nodes', async () => {
    await page.locator('#article-text mark', { hasText: /^𠮷野家$/ }).click();
    await waitForSelection(page, 'org/yoshinoya');
    await page.locator('#article-text mark', { hasText: /^吳謙$/ }).click();
    await waitForSelection(page, 'person/spokesman');
  });

  it('no dialog, no flag, no console errors at the end', async () => {
    expect(dialogs).toEqual([]);
    expect((await injected()).flag).toBeUndefined();
    expect(problems).toEqual([]);
  });
});
