// Issue 11 in headless Chromium: a story added with `storygraph add` beside the curated seed shows
// its drafts drawn distinctly (the `draft` class and its style: a node's dashed outline, a link's
// amber halo, which keeps the line its factuality draws, so a drafted link never looks like a
// curated planned one) while curated elements carry neither, and the drafts filter hides and
// shows them.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { HAS_CHROMIUM } from './support/browser.js';
import { closeExplorer, openExplorer } from './support/explorer.js';
import type { TestServer } from './support/server.js';

const SEED = 'taiwannews-2020-10-us-china-crisis-talks';
const DRAFTED = 'person/anna-berg';
const CURATED = 'person/wu-qian';
let data: string;
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

interface Look {
  present: boolean;
  draft: boolean;
  visible: boolean;
  border: string;
}
/** How the canvas draws one element: its draft class, visibility and outline or line style. */
const look = (id: string) =>
  page.evaluate((eid): Look => {
    const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
    const e = cy.getElementById(eid);
    if (e.empty()) return { present: false, draft: false, visible: false, border: '' };
    return { present: true, draft: e.hasClass('draft'), visible: e.visible(), border: String(e.style('border-style')) };
  }, id);

describe.skipIf(!HAS_CHROMIUM)('explorer: drafts of an added story', () => {
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'storygraph-e2e-drafts-'));
    cpSync(join(ROOT, 'data', 'stories', SEED), join(data, 'stories', SEED), { recursive: true });
    const article = join(data, 'harbour.txt');
    writeFileSync(
      article,
      'Ministers meet on harbour dues\n\nOSLO (Test Wire) — Norway and Sweden held talks on harbour dues on Tuesday, Foreign Minister Anna Berg said.\n',
    );
    const r = runCli(['add', article, '--id', 'harbour', '--data', data]);
    expect(r.status, r.stderr).toBe(0);
    ({ server, browser, page, problems } = await openExplorer(['--data', data]));
    await page.click('#toggle-side');
    await page.waitForSelector('#f-drafts', { state: 'visible' });
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
    rmSync(data, { recursive: true, force: true });
  });

  it('draws a drafted node dashed and a curated one plain', async () => {
    expect(await look(DRAFTED)).toEqual({ present: true, draft: true, visible: true, border: 'dashed' });
    expect(await look(CURATED)).toEqual({ present: true, draft: false, visible: true, border: 'solid' });
  });

  it('marks exactly the drafted elements: every draft dashed or dotted, no curated one', async () => {
    const all = await page.evaluate(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      // A node's outline; a link's halo (underlay) with its line, which must follow its factuality.
      const style = (e: import('cytoscape').SingularElementReturnValue) =>
        e.isNode() ? String(e.style('border-style')) : `${Number(e.style('underlay-opacity')) > 0 ? 'halo' : 'plain'} ${e.style('line-style')}`;
      const styles = (sel: string, draft: boolean) =>
        [
          ...new Set(
            cy
              .$(sel)
              .filter((e) => e.hasClass('draft') === draft)
              .map(style),
          ),
        ].sort();
      return {
        drafts: cy.$('.draft').length,
        draftNodes: styles('node', true),
        draftEdges: styles('edge', true),
        curatedNodes: styles('node', false),
        curatedEdges: styles('edge', false),
        // The seed is curated: none of its elements is marked.
        seedDrafts: cy.$('.draft').filter((e) => e.id().includes('taiwannews')).length,
      };
    });
    expect(all.drafts).toBeGreaterThan(2);
    expect(all.draftNodes).toEqual(['dashed']);
    // The drafted links here are asserted (published_by, dateline): a halo and a solid line.
    expect(all.draftEdges).toEqual(['halo solid']);
    expect(all.curatedNodes).not.toContain('dashed');
    expect(all.curatedEdges.length).toBeGreaterThan(0);
    expect(all.curatedEdges.every((s) => s.startsWith('plain '))).toBe(true);
    expect(all.seedDrafts).toBe(0);
  });

  it('the drafts filter counts them, hides them and shows them again', async () => {
    const drafts = await page.evaluate(() => (Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core }).cy.$('.draft').length);
    expect(await page.textContent('label[for="f-drafts"] .count')).toBe(String(drafts));
    expect(await page.isChecked('#f-drafts')).toBe(true);
    await page.uncheck('#f-drafts');
    await page.waitForFunction(() => (Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core }).cy.$('.draft:visible').length === 0);
    expect(await look(DRAFTED)).toMatchObject({ draft: true, visible: false });
    expect(await look(CURATED)).toMatchObject({ draft: false, visible: true });
    await page.check('#f-drafts');
    await page.waitForFunction((id) => (Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core }).cy.getElementById(id).visible(), DRAFTED);
    expect(await look(DRAFTED)).toMatchObject({ draft: true, visible: true, border: 'dashed' });
  });

  it('the page reported no problems', () => {
    expect(problems).toEqual([]);
  });
});
