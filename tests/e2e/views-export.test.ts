// Exporting the current view in headless Chromium against the production build: PNG and SVG of
// the drawing, the visible subgraph as graphology JSON (what the filters and the focus show) and
// the selection's evidence as W3C Web Annotations (the CLI's annotations kept to that element).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import type { Browser, Page } from 'playwright-core';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { elementIri } from '../../src/export/element-iri.js';
import { toWebAnnotations } from '../../src/export/web-annotations.js';
import { DEFAULT_BASE } from '../../src/rdf/base-iri.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { neighbors } from '../../src/queries/neighbors.js';
import { HAS_CHROMIUM, launch, openPage } from './support/browser.js';
import { waitForView } from './support/research.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';
import { closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
const story = graph.getAttribute('stories')[0]!.id;
const centre = graph.filterNodes((_, a) => a.type === 'person').reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
const full = JSON.parse(toWebAnnotations(graph, DEFAULT_BASE)) as { first: { items: { body: { source?: { id: string } }[] }[] } };
const annotationsOf = (id: string) => full.first.items.filter((i) => i.body[0]?.source?.id === elementIri(id));

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

async function exported(p: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([p.waitForEvent('download'), p.click(button)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe.skipIf(!HAS_CHROMIUM)('export view', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    server = await startServer();
    browser = await launch();
    ({ page, problems } = await openPage(browser, `${server.url}#sel=${centre}&view=export&focus=${centre}&depth=1&hide=article`));
    await waitForView(page, 'export');
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('PNG: a PNG image of the drawing', async () => {
    const { name, bytes } = await exported(page, '#export-png');
    expect(name).toBe(`storygraph-${story}.png`);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100); // width from the IHDR chunk
  });

  it('SVG: vector graphics with the node labels as text', async () => {
    const { name, bytes } = await exported(page, '#export-svg');
    expect(name).toBe(`storygraph-${story}.svg`);
    const text = bytes.toString('utf8');
    expect(text).toMatch(/<svg[\s>]/);
    expect(text).toContain('</svg>');
    expect(text).toContain(graph.getNodeAttribute(centre, 'label').split(' ')[0]);
  });

  it('visible subgraph: graphology JSON of what the focus and the filters show', async () => {
    const { name, bytes } = await exported(page, '#export-graph');
    expect(name).toBe(`storygraph-${story}-view.json`);
    const sub = new Graph({ type: 'directed', multi: true });
    sub.import(JSON.parse(bytes.toString('utf8')));
    const want = [centre, ...neighbors(graph, centre, { depth: 1 }).nodes.map((n) => n.id)]
      .filter((n) => graph.getNodeAttribute(n, 'type') !== 'article')
      .sort();
    expect(sub.nodes().sort()).toEqual(want);
    const edges = graph.filterEdges((_e, _a, s, t) => want.includes(s) && want.includes(t)).sort();
    expect(sub.edges().sort()).toEqual(edges);
    // every attribute of the contract, plus the drawing's position (x, y) as graphology layouts keep it
    for (const n of want) {
      const { x, y, ...attrs } = sub.getNodeAttributes(n) as Record<string, unknown>;
      expect(attrs).toEqual(graph.getNodeAttributes(n));
      expect([typeof x, typeof y]).toEqual(['number', 'number']);
    }
    expect(sub.getAttribute('stories')).toEqual(graph.getAttribute('stories'));
  });

  it('selected evidence: the Web Annotations of the selected node, as the CLI exports them', async () => {
    const { name, bytes } = await exported(page, '#export-annotations');
    expect(name).toBe(`storygraph-${story}-evidence.jsonld`);
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.items).toEqual(annotationsOf(centre));
    expect(doc.total).toBe(annotationsOf(centre).length);
    expect(doc.total).toBeGreaterThan(0);
  });

  it('with a relation selected, its evidence; with nothing selected, the button is disabled', async () => {
    const edge = graph.filterEdges((_e, a) => !a.derived && a.evidence.length > 0)[0]!;
    await page.evaluate((e) => {
      location.hash = `#sel=${encodeURIComponent(e).replace(/%2F/g, '/')}&view=export`;
    }, edge);
    await page.waitForFunction((e) => document.getElementById('details')?.getAttribute('data-selected') === e, edge);
    const { bytes } = await exported(page, '#export-annotations');
    expect(JSON.parse(bytes.toString('utf8')).first.items).toEqual(annotationsOf(edge));
    await page.evaluate(() => {
      location.hash = '#view=export';
    });
    await page.waitForFunction(() => (document.getElementById('export-annotations') as HTMLButtonElement | null)?.disabled === true);
  });

  it('had no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
