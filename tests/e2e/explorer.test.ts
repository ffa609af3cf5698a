// The explorer in headless Chromium, against the production build served by `storygraph serve`:
// first paint from stored positions, legend and styles from the model, the article's highlights,
// the details panel, the URL and history, the keyboard. One browser and one page for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { FACTUALITY, FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { SPEECH_ACTS, SPEECH_ACT_VALUES } from '../../src/model/speech-acts.js';
import { VOICES, VOICE_VALUES } from '../../src/model/voices.js';
import { NODE_TYPES, NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { CodePointText } from '../../src/text/code-points.js';
import { HAS_CHROMIUM, waitForSelection } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
const story = graph.getAttribute('stories')[0]!;
const doc = new CodePointText(story.text);

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const hashOf = () => page.evaluate(() => location.hash);
const selectById = async (id: string) => {
  await page.evaluate((x) => {
    location.hash = `#sel=${x}`;
  }, id);
  await waitForSelection(page, id);
};

describe.skipIf(!HAS_CHROMIUM)('explorer (seed story)', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer());
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('loads with no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });

  it('draws every node and edge at its stored position (no layout run in the browser)', async () => {
    const data = (await (await fetch(`${server.url}data/graph.json`)).json()) as {
      nodes: { key: string; attributes: { x: number; y: number; lx: number; ly: number } }[];
      edges: unknown[];
    };
    // The layered layout is the default (both are stored; first-view.test.ts switches between them).
    expect(await page.getAttribute('#cy', 'data-layout')).toBe('layered');
    const drawn = await page.evaluate(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      return { nodes: cy.nodes().map((n) => ({ id: n.id(), ...n.position() })), edges: cy.edges().length };
    });
    expect(drawn.nodes.length).toBe(graph.order);
    expect(drawn.edges).toBe(graph.size);
    const stored = new Map(data.nodes.map((n) => [n.key, n.attributes]));
    for (const n of drawn.nodes) expect([n.x, n.y], n.id).toEqual([stored.get(n.id)!.lx, stored.get(n.id)!.ly]);
  });

  it('labels are readable at the default zoom and do not overlap', async () => {
    const r = await page.evaluate(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      const font = parseFloat(String(cy.nodes()[0]!.style('font-size')));
      const boxes = cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true, includeNodes: true, includeEdges: false }) }));
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
          const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
          if (ox > 3 && oy > 3) overlaps.push(`${a.id} / ${b.id}`);
        }
      }
      return { renderedFont: font * cy.zoom(), overlaps };
    });
    expect(r.renderedFont).toBeGreaterThanOrEqual(8.5);
    expect(r.overlaps).toEqual([]);
  });

  it('styles nodes by type and edges by factuality, each factuality distinct without colour', async () => {
    const looks = await page.evaluate(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      const edge: Record<string, string> = {};
      for (const e of cy.edges()) {
        const s = (k: string) => String(e.style(k));
        edge[String(e.data('factuality'))] = [
          s('line-style'),
          s('line-dash-pattern'),
          s('target-arrow-shape'),
          s('target-arrow-fill'),
          s('mid-target-arrow-shape'),
        ].join('|');
      }
      const node: Record<string, string> = {};
      for (const n of cy.nodes())
        node[String(n.data('type'))] = `${String(n.style('shape'))}|${String(n.style('shape-polygon-points'))}|${String(n.style('background-color'))}`;
      return { edge, node };
    });
    const present = new Set(graph.mapEdges((_, a) => a.factuality));
    expect(Object.keys(looks.edge).sort()).toEqual([...present].sort());
    expect(new Set(Object.values(looks.edge)).size).toBe(present.size);
    expect(looks.edge.denied).toMatch(/\|tee\|/);
    expect(new Set(Object.values(looks.node)).size).toBe(Object.keys(looks.node).length);
  });

  it('has a legend generated from the model: every node type and factuality with its description', async () => {
    // The filters column starts closed below 1600 px wide (the graph and the article first): open it.
    if (await page.$eval('body', (b) => b.classList.contains('side-closed'))) await page.click('#toggle-side');
    await page.click('#legend-panel > summary');
    const items = await page.$$eval('#legend .legend-list li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items.length).toBe(NODE_TYPE_NAMES.length + FACTUALITY_VALUES.length + SPEECH_ACT_VALUES.length + VOICE_VALUES.length);
    for (const a of SPEECH_ACT_VALUES) expect(items.some((x) => x.includes(SPEECH_ACTS[a]))).toBe(true);
    for (const v of VOICE_VALUES) expect(items.some((x) => x.includes(VOICES[v]))).toBe(true);
    for (const t of NODE_TYPE_NAMES) expect(items.some((x) => x.includes(NODE_TYPES[t].description))).toBe(true);
    for (const f of FACTUALITY_VALUES) expect(items.some((x) => x.includes(FACTUALITY[f]))).toBe(true);
    await page.click('#legend-panel > summary');
  });

  it('shows the article beside the graph with every node that has evidence highlighted', async () => {
    expect(await page.$eval('#article-text', (e) => e.textContent)).toBe(story.text);
    const withEvidence = graph.filterNodes((_, a) => a.evidence.some((e) => e.story === story.id));
    // Select each node through its list entry (a synchronous click) and read the lit marks.
    const lit = await page.evaluate(
      (ids) =>
        Object.fromEntries(
          ids.map((id) => {
            document.querySelector<HTMLButtonElement>(`#node-list button[data-id="${id}"]`)!.click();
            return [id, [...document.querySelectorAll('#article-text mark.active')].map((m) => m.textContent ?? '').join('')];
          }),
        ),
      withEvidence,
    );
    for (const id of withEvidence) {
      const quotes = graph
        .getNodeAttributes(id)
        .evidence.filter((e) => e.story === story.id)
        .map((e) => doc.slice(e.start, e.end));
      expect(
        quotes.every((q) => lit[id]!.includes(q)),
        id,
      ).toBe(true);
    }
  });

  it('selecting scrolls the article to the evidence', async () => {
    const last = graph
      .filterNodes((_, a) => a.type !== 'article')
      .map((id) => ({ id, start: Math.min(...graph.getNodeAttributes(id).evidence.map((e) => e.start)) }))
      .sort((a, b) => b.start - a.start)[0]!;
    await selectById('person/mark-esper');
    await selectById(last.id);
    const inView = await page.evaluate(() => {
      const box = document.getElementById('article-text')!.getBoundingClientRect();
      const m = document.querySelector('#article-text mark.active')!.getBoundingClientRect();
      return m.top >= box.top && m.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
  });

  it('clicking a highlight selects its node, and offers the others at that place', async () => {
    await page.evaluate(() => {
      location.hash = '';
    });
    await waitForSelection(page, '');
    // "Secretary of Defense Mark Esper": the innermost span under "Mark Esper" is Esper's name.
    await page
      .locator('#article-text mark', { hasText: /^Mark Esper$/ })
      .first()
      .click();
    await waitForSelection(page, 'person/mark-esper');
    expect(await hashOf()).toBe('#sel=person/mark-esper');
    const also = await page.$$eval('#also:not([hidden]) button', (bs) => bs.map((b) => b.textContent));
    expect(also.length).toBeGreaterThan(0);
    await page.click('#also button');
    await page.waitForFunction(() => document.getElementById('details')?.getAttribute('data-selected') !== 'person/mark-esper');
  });

  it('the details panel shows annotations, quotes (to the text) and relations (to the other end)', async () => {
    const claim = graph.filterNodes((_, a) => a.type === 'claim' && (a.attribution?.length ?? 0) >= 3)[0]!;
    await selectById(claim);
    const text = await page.$eval('#details', (d) => d.textContent ?? '');
    expect(text).toContain(graph.getNodeAttribute(claim, 'label'));
    expect(text).toContain('Factuality');
    expect(text).toContain('Attribution');
    const chain = await page.$$eval('#details .chain li .role', (r) => r.map((x) => x.textContent));
    expect(chain.length).toBe(graph.getNodeAttribute(claim, 'attribution')!.length);
    expect(chain[0]).toBe('speaker: ');
    // an evidence quote → the text flashes there
    await page.click('#details .evidence .quote');
    await page.waitForSelector('#article-text mark.flash');
    // a relation → its other end
    const other = await page.$eval('#details .relations .node-link', (b) => b.getAttribute('data-node'));
    await page.click('#details .relations .node-link');
    await waitForSelection(page, other!);
  });

  it('shows the Wikidata link and says whether it is confirmed or weak', async () => {
    for (const status of ['confirmed', 'weak'] as const) {
      const id = graph.filterNodes((_, a) => a.kb?.status === status)[0];
      if (!id) continue;
      await selectById(id);
      const link = await page.$eval('#details a[href^="https://www.wikidata.org/wiki/Q"]', (a) => ({
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
        next: a.nextElementSibling?.textContent,
      }));
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.next).toContain(status);
    }
  });

  it('selecting an edge shows both ends and highlights its evidence', async () => {
    const key = graph.filterEdges((_, a) => a.type === 'participant')[0]!;
    await page.evaluate((k) => {
      location.hash = `#sel=${encodeURIComponent(k).replace(/%2F/g, '/')}`;
    }, key);
    await waitForSelection(page, key);
    const ends = await page.$$eval('#details .ends .node-link', (bs) => bs.map((b) => b.getAttribute('data-node')));
    expect(ends).toEqual([graph.source(key), graph.target(key)]);
    expect(await page.$$eval('#article-text mark.active', (m) => m.length)).toBeGreaterThan(0);
  });

  it('keeps the selection in the URL: reload restores it, back and forward step through selections', async () => {
    await selectById('person/mark-esper');
    await page.click('#details .relations .node-link');
    const second = await page.$eval('#details', (d) => d.getAttribute('data-selected'));
    expect(second).not.toBe('person/mark-esper');
    await page.goBack();
    await waitForSelection(page, 'person/mark-esper');
    await page.goForward();
    await waitForSelection(page, second!);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await waitForSelection(page, second!);
  });

  it('works by keyboard: "/" to search, the list with arrow keys and Enter, Escape to clear; focus is visible', async () => {
    await page.evaluate(() => {
      location.hash = '';
    });
    await page.keyboard.press('Escape');
    await page.focus('#node-list button[tabindex="0"]');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(second).not.toBe(first);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForSelection(page, second!);
    await page.keyboard.press('Escape');
    await waitForSelection(page, '');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
  });

  it("reaches the article's highlights by keyboard: arrows move, Enter selects", async () => {
    await page.focus('#article-text');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.matches('#article-text mark') ?? false);
    expect(focused).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.getElementById('details')?.getAttribute('data-selected'));
    expect(await page.$$eval('#article-text mark.active', (m) => m.length)).toBeGreaterThan(0);
  });

  it('gives every control an accessible name', async () => {
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button, input, select, [role="combobox"], [role="listbox"]')]
        .filter((e) => {
          const label =
            e.getAttribute('aria-label') ||
            e.getAttribute('aria-labelledby') ||
            (e.id && document.querySelector(`label[for="${e.id}"]`)) ||
            e.closest('label') ||
            (e.textContent ?? '').trim();
          return !label;
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });

  it('still has no console errors after all of this', () => {
    expect(problems).toEqual([]);
  });
});
