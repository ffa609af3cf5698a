// One explorer for a test file: the production build, the real server and a watched page in
// headless Chromium, opened in beforeAll and closed in afterAll.
import type { Browser, Page } from 'playwright-core';
import { launch, openPage } from './browser.js';
import { startServer, type TestServer } from './server.js';
import { ensureWebBuild } from './web-build.js';

export interface ExplorerSession {
  server: TestServer;
  browser: Browser;
  page: Page;
  problems: string[];
}

/** Builds the app if needed, serves `args` (e.g. --data DIR) and opens the explorer. */
export async function openExplorer(args: string[] = []): Promise<ExplorerSession> {
  await ensureWebBuild();
  const server = await startServer(args);
  const browser = await launch();
  const { page, problems } = await openPage(browser, server.url);
  return { server, browser, page, problems };
}

export async function closeExplorer(browser: Browser | undefined, server: TestServer | undefined): Promise<void> {
  await browser?.close();
  await server?.stop();
}
