// A corpus too large to ship whole, served story by story (STORYGRAPH_SITE_MAX_ELEMENTS=50 makes
// the fixture corpus one): the page holds one story and asks the server for the rest. Each story
// answers with its own dates and factuality (as `storygraph timeline --story`), a shared node's
// evidence lists every story (data/node/ID.json) and its quotes open those stories, search says it
// covers one story and offers the others' matches (data/search/TEXT.json), the header says what it
// counts, and no request fails (no data/graph.json asked for).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TimelineEntry } from '../../src/queries/timeline.js';
import { DAILY, SEED, TIMES, WIRE, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { closeExplorer } from './support/explorer.js';
import { waitForView } from './support/research.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';
import { corpusPage } from './support/corpus-page.js';

const data = corpusDataDir();
afterAll(removeCorpusDirs);
const WU = 'person/wu-qian';
const AID = 'event/video-conference-humanitarian-aid';
const MARITIME = 'event/video-conference-maritime-security';

const { cliJson, rows, waitForStory } = corpusPage(data);
const flashed = (p: Page, text: string) =>
  p.waitForFunction((t) => [...document.querySelectorAll('#article-text mark.flash')].map((m) => m.textContent).join('') === t, text);
const loadedStory = (p: Page) =>
  p.evaluate(() => (Reflect.get(window, 'storygraph') as { graph: { getAttribute(k: string): { id: string }[] } }).graph.getAttribute('stories')[0]!.id);

let large: TestServer;
let b: Browser;
let problems: string[] = [];
let requests: string[] = [];

/** A page of the large corpus whose console errors and failed requests are collected. */
async function open(hash: string): Promise<Page> {
  const watched = await openPage(b, `${large.url}${hash}`, { before: (pg) => pg.on('request', (r) => requests.push(new URL(r.url()).pathname)) });
  problems = watched.problems;
  return watched.page;
}

describe.skipIf(!HAS_CHROMIUM)('explorer: a large corpus served story by story', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    const before = process.env.STORYGRAPH_SITE_MAX_ELEMENTS;
    process.env.STORYGRAPH_SITE_MAX_ELEMENTS = '50'; // the server inherits it: serve data/corpus.json and one story at a time
    try {
      large = await startServer(['--data', data]);
    } finally {
      if (before === undefined) delete process.env.STORYGRAPH_SITE_MAX_ELEMENTS;
      else process.env.STORYGRAPH_SITE_MAX_ELEMENTS = before;
    }
    b = await launch();
  });
  afterAll(async () => {
    await closeExplorer(b, large);
  });

  it('lists every story from data/corpus.json, and opening one loads that story alone, with no failed request', async () => {
    requests = [];
    const p = await open('#view=stories');
    await waitForView(p, 'stories');
    expect(await p.$$eval('#story-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-story')))).toEqual(rows.map((r) => r.id));
    expect(
      await p.evaluate(() => (Reflect.get(window, 'storygraph') as { graph: { getAttribute(k: string): unknown[] } }).graph.getAttribute('stories').length),
    ).toBe(1);
    await p.focus(`#story-table tr[data-story="${TIMES}"] button.story-open`);
    await p.keyboard.press('Enter');
    await waitForStory(p, TIMES);
    await p.waitForSelector('body[data-ready="true"]');
    expect(decodeURIComponent(await p.evaluate(() => location.hash))).toContain(`story=${TIMES}`);
    expect(requests).toContain(`/data/story/${TIMES}.json`);
    expect(requests.filter((r) => r.startsWith('/data/story/'))).toHaveLength(2); // the first story, then this one
    expect(await loadedStory(p)).toBe(TIMES);
    await p.goBack();
    await waitForStory(p, SEED); // Back: the first story's URL, loaded again
    await p.waitForSelector('body[data-ready="true"]');
    // The page knows it is served story by story: it never asks for data/graph.json (a 404).
    expect(requests).not.toContain('/data/graph.json');
    expect(problems).toEqual([]);
    await p.close();
  });

  it("the timeline of a story gives that story's own dates, as `storygraph timeline --story` does", async () => {
    const p = await open(`#story=${TIMES}&view=timeline`);
    await waitForView(p, 'timeline');
    const cli = cliJson<TimelineEntry[]>('timeline', '--story', TIMES);
    const shown = await p.$$eval('#view-timeline .tl-entry', (bs) =>
      bs.map((x) => [x.getAttribute('data-id'), x.querySelector('.tl-date')?.textContent ?? '']),
    );
    for (const id of [AID, MARITIME]) {
      const e = cli.find((x) => x.id === id)!;
      expect(shown.find((s) => s[0] === id)![1]).toBe(` ${e.expression} (${e.edtf})`);
    }
    expect(cli.find((x) => x.id === AID)!.edtf).toBe('2020-11-24');
    expect(cli.find((x) => x.id === MARITIME)!.edtf).toBe('2020-12');
    expect(problems).toEqual([]);
    await p.close();
  });

  it('the header says what it counts, as the Stories table does', async () => {
    const p = await open(`#story=${DAILY}`);
    const row = rows.find((r) => r.id === DAILY)!;
    const status = (await p.textContent('#status')) ?? '';
    expect(status).toMatch(new RegExp(`^\\d+ nodes, ${row.counts.relations} relations \\+ \\d+ attribution links in this story \\(1 of 4 stories loaded\\)$`));
    await p.close();
  });

  it("a shared node lists every story's evidence, and a quote of another story opens that story at that quote", async () => {
    const p = await open(`#sel=${WU}&story=${WIRE}`);
    await waitForSelection(p, WU);
    await p.waitForSelector('#details .evidence-by-story[data-loading="done"]');
    const groups = await p.$$eval('#details .story-evidence', (ss) => ss.map((s) => [s.getAttribute('data-story'), s.querySelectorAll('button.quote').length]));
    expect(groups.map((g) => g[0])).toEqual([SEED, WIRE, DAILY, TIMES]);
    expect(groups.every((g) => (g[1] as number) > 0)).toBe(true);
    const quote = p.locator(`#details .story-evidence[data-story="${DAILY}"] button.quote`).first();
    const exact = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '');
    await quote.click();
    await waitForStory(p, DAILY);
    await p.waitForSelector('body[data-ready="true"]');
    await waitForSelection(p, WU);
    await flashed(p, exact);
    expect(await loadedStory(p)).toBe(DAILY);
    expect(problems).toEqual([]);
    await p.close();
  });

  it("a shared event's details give each story's date, and another story's time quote opens that story", async () => {
    const p = await open(`#sel=${AID}&story=${TIMES}`);
    await waitForSelection(p, AID);
    const views = await p.$$eval('#details .story-views li', (lis) => lis.map((li) => [li.getAttribute('data-story'), li.getAttribute('data-edtf')]));
    expect(views).toContainEqual([TIMES, '2020-11-24']);
    expect(views.find((v) => v[0] === SEED)?.[1]).toBe('2020-11-11~/2020-11-20~');
    expect(await p.textContent('#details .stories-disagree')).toContain('date');
    const quote = p.locator(`#details .story-views li[data-story="${SEED}"] button.quote`).first();
    const exact = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '');
    await quote.click();
    await waitForStory(p, SEED);
    await p.waitForSelector('body[data-ready="true"]');
    await flashed(p, exact);
    expect(problems).toEqual([]);
    await p.close();
  });

  it('search says it covers the open story only and offers the matches of the other stories', async () => {
    const p = await open(`#story=${TIMES}`);
    await p.fill('#search-input', 'Esper');
    await p.waitForSelector('#search-results .search-scope');
    expect(await p.textContent('#search-results .search-scope')).toContain('(1 of 4 stories loaded)');
    const other = p.locator('#search-results li[data-id="person/mark-esper"][data-story]');
    await other.waitFor();
    const story = (await other.getAttribute('data-story'))!;
    expect(story).not.toBe(TIMES);
    await other.click();
    await waitForStory(p, story);
    await p.waitForSelector('body[data-ready="true"]');
    await waitForSelection(p, 'person/mark-esper');
    expect(problems).toEqual([]);
    await p.close();
  });
});
