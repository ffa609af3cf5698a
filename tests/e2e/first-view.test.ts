// The first view as a new user meets it (issue 15, points 1, 6 and 7), at common screen sizes in
// headless Chromium: every visible node and its label inside the canvas on the first view, in
// both stored layouts and after a story switch; the layered layout (computed at build time) in
// its layers with no two labels overlapping at the fitted zoom; and Chinese names drawn with a
// CJK face named by the font stacks, not as empty boxes.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { layerOf } from '../../src/web/layout-layered.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { HAS_CHROMIUM, launch, openPage } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild, ROOT } from './support/web-build.js';

const SIZES = [
  [1024, 768],
  [1280, 800],
  [1400, 900],
  [2560, 1440],
] as const;
const SEED = 'taiwannews-2020-10-us-china-crisis-talks';
const graph = loadGraph(defaultDataDir());
const two = mkdtempSync(join(tmpdir(), 'storygraph-first-view-'));

let server: TestServer;
let twoServer: TestServer;
let browser: Browser;

/** What sticks out of the canvas: each visible node (label included) past an edge, in px. */
function outside(page: Page, only?: string): Promise<string[]> {
  return page.evaluate((story) => {
    const { cy, graph: g } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core; graph: import('graphology').default };
    const w = cy.width();
    const h = cy.height();
    const out: string[] = [];
    cy.nodes(':visible').forEach((n) => {
      if (story && !(g.getNodeAttribute(n.id(), 'stories') as string[]).includes(story)) return;
      const b = n.renderedBoundingBox({ includeLabels: true, includeNodes: true, includeEdges: false, includeOverlays: false });
      if (b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > w + 0.5 || b.y2 > h + 0.5)
        out.push(`${n.id()} [${Math.round(b.x1)},${Math.round(b.y1)} ${Math.round(b.x2)},${Math.round(b.y2)}] in ${w}x${h}`);
    });
    return out;
  }, only ?? null);
}

/** Pairs of visible nodes whose label boxes overlap by more than 1 px each way, at the zoom shown. */
function labelOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
    const boxes = cy
      .nodes(':visible')
      .map((n) => ({ id: n.id(), ...n.renderedBoundingBox({ includeLabels: true, includeNodes: true, includeEdges: false, includeOverlays: false }) }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1) out.push(`${a.id} / ${b.id}`);
      }
    }
    return out;
  });
}

async function useLayout(page: Page, name: 'force' | 'layered'): Promise<void> {
  await page.selectOption('#layout-select', name);
  await page.waitForSelector(`#cy[data-layout="${name}"]`);
}

describe.skipIf(!HAS_CHROMIUM)('first view', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    cpSync(join(ROOT, 'data', 'stories', SEED), join(two, 'stories', SEED), { recursive: true });
    cpSync(join(ROOT, 'tests', 'fixtures', 'xss', 'stories', 'xss-payloads'), join(two, 'stories', 'xss-payloads'), { recursive: true });
    [server, twoServer, browser] = await Promise.all([startServer(), startServer(['--data', two]), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.stop(), twoServer?.stop()]);
    rmSync(two, { recursive: true, force: true });
  });

  for (const [width, height] of SIZES) {
    it(`${width}×${height}: the first view fits every node with its label, in both layouts`, async () => {
      const { page, problems } = await openPage(browser, server.url, { viewport: { width, height } });
      expect(await outside(page)).toEqual([]);
      expect(await page.getAttribute('#cy', 'data-layout')).toBe('layered');
      await useLayout(page, 'force');
      expect(await outside(page)).toEqual([]);
      // A reload keeps the reader's choice, and fits it too.
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.getAttribute('#cy', 'data-layout')).toBe('force');
      expect(await outside(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it("two stories at 1400×900: the first view fits, and each story switch fits that story's nodes", async () => {
    const { page, problems } = await openPage(browser, twoServer.url, { viewport: { width: 1400, height: 900 } });
    expect(await outside(page)).toEqual([]);
    for (const story of ['xss-payloads', SEED, 'xss-payloads']) {
      await page.selectOption('#story-select', story);
      await page.waitForFunction((s) => location.hash.includes(`story=${s}`), story);
      expect(await outside(page, story), story).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the view fits again when the canvas changes size, until the reader moves it', async () => {
    const { page } = await openPage(browser, server.url, { viewport: { width: 1400, height: 900 } });
    await page.click('#toggle-side');
    await page.waitForFunction(() => !document.body.classList.contains('side-closed'));
    await page.waitForFunction(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      return Math.abs(cy.width() - document.getElementById('cy')!.clientWidth) < 1;
    });
    expect(await outside(page)).toEqual([]);
    await page.context().close();
  });

  it('the layered layout: speakers above claims above events above the other entities', async () => {
    const data = (await (await fetch(`${server.url}data/graph.json`)).json()) as {
      nodes: { key: string; attributes: { x: number; y: number; lx: number; ly: number } }[];
    };
    const layer = layerOf(graph);
    const ys: number[][] = [[], [], [], []];
    for (const n of data.nodes) {
      expect(Number.isInteger(n.attributes.x) && Number.isInteger(n.attributes.lx) && Number.isInteger(n.attributes.ly), n.key).toBe(true);
      ys[layer.get(n.key)!]!.push(n.attributes.ly);
    }
    expect(ys.every((l) => l.length > 0)).toBe(true);
    for (let i = 0; i + 1 < ys.length; i++) expect(Math.max(...ys[i]!)).toBeLessThan(Math.min(...ys[i + 1]!));
    expect(layer.get('person/mike-pompeo')).toBe(0);
    expect([...layer].filter(([id]) => id.startsWith('claim/')).every(([, l]) => l === 1)).toBe(true);
  });

  for (const [width, height] of [
    [1024, 768],
    [1920, 1080],
  ] as const) {
    it(`${width}×${height}: no two labels overlap at the fitted zoom, in either layout`, async () => {
      const { page } = await openPage(browser, server.url, { viewport: { width, height } });
      expect(await labelOverlaps(page)).toEqual([]);
      await useLayout(page, 'force');
      expect(await labelOverlaps(page)).toEqual([]);
      // the layout picker moves the nodes to the stored positions of each layout
      const data = (await (await fetch(`${server.url}data/graph.json`)).json()) as {
        nodes: { key: string; attributes: { x: number; y: number; lx: number; ly: number } }[];
      };
      const at = () =>
        page.evaluate(() => {
          const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
          return Object.fromEntries(cy.nodes().map((n) => [n.id(), [n.position('x'), n.position('y')]]));
        });
      expect(await at()).toEqual(Object.fromEntries(data.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]])));
      await useLayout(page, 'layered');
      expect(await at()).toEqual(Object.fromEntries(data.nodes.map((n) => [n.key, [n.attributes.lx, n.attributes.ly]])));
      await page.context().close();
    });
  }

  it('names CJK faces in the font stacks, and draws 吳謙 with one (in the page and on the canvas)', async () => {
    const { page } = await openPage(browser, server.url, { viewport: { width: 1400, height: 900 } });
    const stacks = await page.evaluate(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      return {
        body: getComputedStyle(document.body).fontFamily,
        article: getComputedStyle(document.getElementById('article-text')!).fontFamily,
        canvas: String(cy.nodes()[0]!.style('font-family')),
      };
    });
    for (const [where, stack] of Object.entries(stacks)) {
      for (const face of ['Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei']) expect(stack, where).toContain(face);
    }
    expect(stacks.article).toContain('Noto Serif CJK TC');
    // The fonts Chromium actually used for the alias in the details panel and the article text.
    await page.evaluate(() => {
      location.hash = '#sel=person/wu-qian';
    });
    await page.waitForSelector('#details[data-selected="person/wu-qian"]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const fontsOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => f.familyName);
    };
    const cjk = /CJK|Source Han|PingFang|Hiragino|JhengHei|YaHei|Songti|MingLiU/;
    await page.evaluate(() => {
      const dd = [...document.querySelectorAll('#details .annotations dt')].find((d) => d.textContent === 'Aliases')!.nextElementSibling!;
      dd.id = 'alias-cell';
    });
    expect(await page.textContent('#alias-cell')).toContain('吳謙');
    expect((await fontsOf('#alias-cell')).some((f) => cjk.test(f))).toBe(true);
    // On the canvas: each character drawn with the canvas stack has its own shape and full width
    // (missing glyphs draw as identical boxes).
    const glyphs = await page.evaluate((font) => {
      const c = document.createElement('canvas');
      c.width = 40;
      c.height = 40;
      const ctx = c.getContext('2d')!;
      ctx.font = `22px ${font}`;
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 40, 40);
        ctx.fillText(ch, 4, 30);
        return Array.from(ctx.getImageData(0, 0, 40, 40).data).join(',');
      };
      return {
        a: draw('吳'),
        b: draw('謙'),
        width: ctx.measureText('吳謙').width,
        inked: draw('吳')
          .split(',')
          .some((v) => v !== '0'),
      };
    }, stacks.canvas);
    expect(glyphs.inked).toBe(true);
    expect(glyphs.a).not.toBe(glyphs.b);
    expect(glyphs.width).toBeGreaterThanOrEqual(40);
    await page.context().close();
  });
});
