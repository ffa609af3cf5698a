// The path view in headless Chromium against the production build: endpoints picked from the
// selection, the shortest path highlighted on the canvas (exactly the query's steps), its steps
// listed in order with their quotes, alternatives of equal length stepped through, the URL and
// back/forward following.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { paths, type PathStep } from '../../src/queries/path.js';
import { HAS_CHROMIUM, openPage, waitForSelection } from './support/browser.js';
import { hashOf, tap, waitForView, withClass } from './support/research.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());

/** The first pair (in id order) with at least two shortest paths of two or more steps. */
function pickPair(): { from: string; to: string; alternatives: PathStep[][] } {
  const ids = graph.nodes().sort();
  for (const from of ids) {
    for (const to of ids) {
      if (from >= to) continue;
      const r = paths(graph, from, to, { all: true, max: 100 });
      if (r.length !== null && r.length >= 2 && r.paths.length >= 2) return { from, to, alternatives: r.paths };
    }
  }
  throw new Error('the data has no pair of nodes with two shortest paths');
}
const pair = pickPair();
const elementsOf = (steps: PathStep[]) => [steps[0]!.from.id, ...steps.map((s) => s.to.id), ...steps.map((s) => s.edge)].sort();

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const stepsShown = (p: Page) =>
  p.$$eval('#path-steps > li', (lis) =>
    lis.map((li) => ({
      edge: li.getAttribute('data-edge'),
      from: li.getAttribute('data-from'),
      to: li.getAttribute('data-to'),
      quote: li.querySelector('.quote')?.textContent ?? null,
    })),
  );

describe.skipIf(!HAS_CHROMIUM)('path view', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer());
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('"Path from" on the selection opens the path view with that start; "Path to" completes it', async () => {
    await tap(page, pair.from);
    await waitForSelection(page, pair.from);
    await page.click('#path-from');
    await waitForView(page, 'path');
    expect(await page.getAttribute('#path-from-end', 'data-node')).toBe(pair.from);
    expect(await page.getAttribute('#view-path', 'data-state')).toBe('picking');
    expect(await withClass(page, 'on-path')).toEqual([]);
    await tap(page, pair.to);
    await waitForSelection(page, pair.to);
    await page.click('#path-to');
    await page.waitForSelector('#view-path[data-state="found"]');
    expect(await hashOf(page)).toContain(`view=path&from=${pair.from}&to=${pair.to}`);
  });

  it('highlights exactly the first shortest path, and lists its steps in order with their quotes', async () => {
    const first = pair.alternatives[0]!;
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(first));
    expect(await withClass(page, 'path-end', 'nodes')).toEqual([pair.from, pair.to].sort());
    const off = await withClass(page, 'off-path');
    expect(off.length).toBe(graph.order + graph.size - elementsOf(first).length);
    expect(await stepsShown(page)).toEqual(first.map((s) => ({ edge: s.edge, from: s.from.id, to: s.to.id, quote: s.quote ? `“${s.quote.exact}”` : null })));
    expect(await page.textContent('#path-summary')).toContain(`${first.length} steps · path 1 of ${pair.alternatives.length}`);
  });

  it('steps through the alternatives of equal length (Next, Previous), the URL and history following', async () => {
    await page.click('#path-next');
    await page.waitForFunction(() => location.hash.includes('alt=2'));
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(pair.alternatives[1]!));
    expect((await stepsShown(page)).map((s) => s.edge)).toEqual(pair.alternatives[1]!.map((s) => s.edge));
    expect(await page.isDisabled('#path-prev')).toBe(false);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('alt='));
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(pair.alternatives[0]!));
    expect(await page.isDisabled('#path-prev')).toBe(true);
    await page.goForward();
    await page.waitForFunction(() => location.hash.includes('alt=2'));
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(pair.alternatives[1]!));
    await page.click('#path-prev');
    await page.waitForFunction(() => !location.hash.includes('alt='));
  });

  it("a step's relation and quote select that relation (details and article follow)", async () => {
    const step = pair.alternatives[0]!.find((s) => s.quote)!;
    await page.click(`#path-steps > li[data-edge="${step.edge}"] .quote`);
    await waitForSelection(page, step.edge);
    await page.waitForSelector('#article mark.active');
    // the path stays highlighted while a step is selected
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(pair.alternatives[0]!));
  });

  it('Swap reverses the ends; closing the view removes the highlight but keeps the ends in the URL', async () => {
    await page.click('#path-swap');
    await page.waitForFunction((to) => location.hash.includes(`from=${to}`), pair.to);
    const reversed = paths(graph, pair.to, pair.from, { all: true, max: 100 }).paths[0]!;
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(reversed));
    await page.click('#tab-path');
    await page.waitForFunction(() => !location.hash.includes('view='));
    expect(await withClass(page, 'on-path')).toEqual([]);
    expect(await hashOf(page)).toContain(`from=${pair.to}&to=${pair.from}`);
    await page.goBack();
    await waitForView(page, 'path');
    expect(await withClass(page, 'on-path')).toEqual(elementsOf(reversed));
  });

  it('a link naming a node the graph does not have asks for the ends instead of failing', async () => {
    const p2 = await openPage(browser, `${server.url}#view=path&from=person/nobody&to=${pair.to}`);
    await waitForView(p2.page, 'path');
    expect(await p2.page.getAttribute('#view-path', 'data-state')).toBe('picking');
    expect(await p2.page.getAttribute('#path-from-end', 'data-node')).toBe('');
    expect(await p2.page.getAttribute('#path-to-end', 'data-node')).toBe(pair.to);
    expect(p2.problems).toEqual([]);
    await p2.page.close();
  });

  it('a path crosses entities and events only unless asked: Pompeo to Wu Qian, then with claims, "about" and attribution links', async () => {
    const [from, to] = ['person/mike-pompeo', 'person/wu-qian'];
    await page.evaluate(
      ([f, t]) => {
        location.hash = `#view=path&from=${f}&to=${t}`;
      },
      [from, to],
    );
    await page.waitForSelector('#view-path[data-state="found"]');
    const plain = paths(graph, from, to, { all: true, max: 100 });
    const shown = async () => (await stepsShown(page)).map((s) => s.edge);
    expect(await shown()).toEqual(plain.paths[0]!.map((s) => s.edge));
    const types = await page.$$eval('#path-steps > li', (lis) => lis.map((li) => li.querySelector('.step-head .link:not(.node-link)')?.textContent));
    expect(types.some((t) => t === 'about' || t === 'attributed to')).toBe(false);
    expect(plain.paths[0]!.slice(1).some((s) => s.from.type === 'claim')).toBe(false);
    expect(await page.textContent('#path-reason')).toBe(plain.reason);
    expect(await page.textContent('#path-reason')).toMatch(/entities and events only/);
    // Ticking claims, "about" and attribution links gives the short but less telling paths, ranked by evidence.
    for (const c of ['claims', 'about', 'attribution']) {
      await page.check(`#path-via-${c}`);
      await page.waitForFunction((k) => location.hash.includes(k), c);
    }
    expect(await hashOf(page)).toContain('via=claims,about,attribution');
    const open = paths(graph, from, to, { all: true, max: 100, via: ['claims', 'about', 'attribution'] });
    expect(open.length!).toBeLessThan(plain.length!);
    expect(await shown()).toEqual(open.paths[0]!.map((s) => s.edge));
    expect(await page.textContent('#path-summary')).toContain(`path 1 of ${open.count} of this length · ${open.evidence[0]} quote`);
    expect(open.evidence).toEqual([...open.evidence].sort((a, b) => b - a));
    expect(await page.textContent('#path-reason')).toBe(open.reason);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('attribution'));
    expect(await page.isChecked('#path-via-attribution')).toBe(false);
    expect(await page.isChecked('#path-via-about')).toBe(true);
  });

  it('had no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
