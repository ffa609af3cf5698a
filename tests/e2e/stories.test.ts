// Two stories in one data folder: the article pane follows the selection to the story that has its
// evidence, the story picker switches by hand, and the choice is kept in the URL.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, waitForSelection } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { ROOT } from './support/web-build.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const SEED = 'taiwannews-2020-10-us-china-crisis-talks';
const data = mkdtempSync(join(tmpdir(), 'storygraph-two-stories-'));
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const heading = () => page.$eval('#article-heading', (h) => h.textContent ?? '');

describe.skipIf(!HAS_CHROMIUM)('explorer: two stories', () => {
  beforeAll(async () => {
    cpSync(join(ROOT, 'data', 'stories', SEED), join(data, 'stories', SEED), { recursive: true });
    cpSync(join(ROOT, 'tests', 'fixtures', 'xss', 'stories', 'xss-payloads'), join(data, 'stories', 'xss-payloads'), { recursive: true });
    ({ server, browser, page, problems } = await openExplorer(['--data', data]));
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
    rmSync(data, { recursive: true, force: true });
  });

  it('offers a story picker and starts with the first story', async () => {
    expect(await page.isVisible('#story-select')).toBe(true);
    expect(await page.$$eval('#story-select option', (os) => os.length)).toBe(2);
    expect(await heading()).toContain('US, Chinese militaries hold crisis communication talks');
  });

  it('follows a selection to the story that has its evidence, and keeps the story in the URL', async () => {
    await page.evaluate(() => {
      location.hash = '#sel=person/spokesman';
    });
    await waitForSelection(page, 'person/spokesman');
    expect(await heading()).toContain('XSS test story');
    expect(await page.evaluate(() => location.hash)).toMatch(/story=xss-payloads/);
    expect(await page.$$eval('#article-text mark.active', (m) => m.length)).toBeGreaterThan(0);
  });

  it('switches stories with the picker', async () => {
    await page.selectOption('#story-select', SEED);
    expect(await heading()).toContain('US, Chinese militaries');
    expect(await page.evaluate(() => location.hash)).toMatch(new RegExp(`story=${SEED}`));
  });

  it('had no console errors', () => {
    expect(problems).toEqual([]);
  });
});
