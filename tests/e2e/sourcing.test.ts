// Sourcing in the explorer, in headless Chromium against the production build: the claims view
// with speech acts, the act filter and chain levels side by side (joint speakers in one level);
// the filters by speech act and by narrator's voice on the canvas and in the URL; a document's
// details; a claim's chain and an entity's names from outside the text in the details panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAS_CHROMIUM, waitForSelection } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

let server: TestServer;
let browser: Browser;
let page: Page;

const visibleIds = () =>
  page.evaluate(() => {
    const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
    return cy.nodes(':visible').map((n) => n.id());
  });

async function openSide(): Promise<void> {
  if (await page.$eval('body', (b) => b.classList.contains('side-closed'))) await page.click('#toggle-side');
}

async function select(id: string): Promise<void> {
  await page.evaluate((sel) => {
    location.hash = `#sel=${sel}`;
  }, id);
  await waitForSelection(page, id);
}

describe.skipIf(!HAS_CHROMIUM)('sourcing in the explorer', () => {
  beforeAll(async () => {
    ({ server, browser, page } = await openExplorer());
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('claims view: acts as badges, the act filter, chain levels side by side with joint speakers in one', async () => {
    await page.click('#tab-claims');
    await page.waitForSelector('#view-claims[data-ready="true"] li.claim');
    const urge = '#view-claims li.claim[data-id="claim/esper-pompeo-urge-countries-work-with-us"]';
    expect(await page.$eval(`${urge} .badge.act`, (b) => b.textContent)).toBe('urge');
    const levels = await page.$$eval(`${urge} .attr-chain > li`, (lis) =>
      lis.map((li) => ({ level: li.getAttribute('data-level'), agents: li.getAttribute('data-agents') })),
    );
    expect(levels).toEqual([
      { level: '0', agents: 'person/mark-esper person/mike-pompeo' },
      { level: '1', agents: 'org/taiwan-news' },
    ]);
    // side by side: the levels of a chain lie on one row, left to right
    const tops = await page.$$eval(`${urge} .attr-chain > li`, (lis) => lis.map((li) => li.getBoundingClientRect()));
    expect(tops[1]!.left).toBeGreaterThan(tops[0]!.left);
    expect(Math.abs(tops[1]!.top - tops[0]!.top)).toBeLessThan(tops[0]!.height);
    await page.selectOption('#claims-act', 'deny');
    await expect
      .poll(() => page.$$eval('#view-claims li.claim', (lis) => lis.map((li) => li.getAttribute('data-id'))))
      .toEqual(['claim/esper-denies-drone-plan-report']);
    await page.selectOption('#claims-act', 'decline-to-comment');
    await expect.poll(() => page.$$eval('#view-claims li.claim .claim-speakers', (s) => s.map((x) => x.textContent))).toEqual(['Taiwan News']);
    await page.selectOption('#claims-act', '');
  });

  it('filters by speech act and by voice, on the canvas and in the URL', async () => {
    await openSide();
    await page.uncheck('#f-act-deny');
    await expect.poll(visibleIds).not.toContain('claim/esper-denies-drone-plan-report');
    expect(await visibleIds()).toContain('claim/esper-no-intention-of-military-crisis');
    expect(await page.evaluate(() => location.hash)).toMatch(/noact=deny/);
    await page.check('#f-act-deny');
    await expect.poll(visibleIds).toContain('claim/esper-denies-drone-plan-report');
    await page.uncheck('#f-voice-evaluative');
    await expect.poll(visibleIds).not.toContain('event/china-security-threat-indo-pacific');
    expect(await visibleIds()).toContain('event/us-china-crisis-communication-talks');
    expect(await page.evaluate(() => location.hash)).toMatch(/novoice=evaluative/);
    await page.check('#f-voice-evaluative');
    await expect.poll(visibleIds).toContain('event/china-security-threat-indo-pacific');
  });

  it("details: a document, a claim's act and chain by level, an entity's names from outside the text", async () => {
    await select('doc/reuters-report-wu-qian');
    const doc = await page.$eval('#details', (d) => d.textContent ?? '');
    expect(doc).toContain('wire-story');
    expect(doc).toMatch(/published by/);
    await select('claim/esper-pompeo-urge-countries-work-with-us');
    expect(await page.$eval('#details .badge.act', (b) => b.textContent)).toBe('urge');
    expect(await page.$$eval('#details ol.chain > li', (lis) => lis.map((li) => li.getAttribute('data-agents')))).toEqual([
      'person/mark-esper person/mike-pompeo',
      'org/taiwan-news',
    ]);
    await select('event/us-china-tensions-south-china-sea');
    expect(await page.$eval('#details .badge.voice', (b) => b.textContent)).toBe('evaluative');
    expect(await page.$eval('#details', (d) => d.textContent ?? '')).toContain('“increasingly heightened”');
    await select('org/chinese-military');
    const names = await page.$$eval('#details .outside-names li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(names.some((n) => /^PLA — common abbreviation/.test(n))).toBe(true);
  });
});
