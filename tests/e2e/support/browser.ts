// Headless Chromium (Debian's /usr/bin/chromium) through playwright-core, and a page helper that
// records console errors, page errors and failed requests so tests can require none.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.warn(`e2e: skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  problems: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  opts: { viewport?: { width: number; height: number }; before?: (p: Page) => void } = {},
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1440, height: 900 } });
  opts.before?.(page);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}

/** Waits until the explorer shows `id` as the selection (details panel and URL). */
export async function waitForSelection(page: Page, id: string): Promise<void> {
  await page.waitForFunction((sel) => document.getElementById('details')?.getAttribute('data-selected') === sel, id);
}
