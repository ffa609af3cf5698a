// The timeline view in headless Chromium against the production build: the `timeline` query's
// dated entries in order on one axis, days as points, months, approximate dates and intervals as
// ranges, open ends running to the edge, planned, hypothetical, denied and ongoing marked, the
// publication band.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { timeline } from '../../src/queries/timeline.js';
import { HAS_CHROMIUM, waitForSelection } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
const entries = timeline(graph);
const dated = entries.filter((e) => e.edtf !== null);
const undated = entries.filter((e) => e.edtf === null);
const DAY = 86_400_000;
const isDay = (e: (typeof entries)[number]) =>
  e.min !== null && e.max !== null && Date.parse(e.max) - Date.parse(e.min) < DAY && !e.uncertain && !e.approximate && !e.open;

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

interface Drawn {
  id: string;
  kind: string;
  open: string | null;
  status: string;
  badge: string | null;
  circle: { cx: number } | null;
  rect: { x1: number; x2: number } | null;
  track: { x1: number; x2: number } | null;
}

const drawn = (): Promise<Drawn[]> =>
  page.$$eval('#view-timeline .tl-entry', (bs) =>
    bs.map((b) => {
      const box = (e: Element | null) => {
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return { x1: r.left, x2: r.right };
      };
      const c = b.querySelector('.tl-point');
      return {
        id: b.getAttribute('data-id')!,
        kind: b.getAttribute('data-kind')!,
        open: b.getAttribute('data-open'),
        status: b.getAttribute('data-status')!,
        badge: b.querySelector('.badge')?.textContent ?? null,
        circle: c ? { cx: (c.getBoundingClientRect().left + c.getBoundingClientRect().right) / 2 } : null,
        rect: box(b.querySelector('.tl-range')),
        track: box(b.querySelector('.tl-track')),
      };
    }),
  );

describe.skipIf(!HAS_CHROMIUM)('timeline view', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer());
    await page.click('#tab-timeline');
    await page.waitForSelector('#view-timeline[data-ready="true"] .tl-entry');
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it("shows the dated entries in the query's time order, then the undated ones apart", async () => {
    expect(dated.length).toBeGreaterThan(0);
    const d = await drawn();
    expect(d.filter((x) => x.kind !== 'undated').map((x) => x.id)).toEqual(dated.map((e) => e.id));
    expect(d.filter((x) => x.kind === 'undated').map((x) => x.id)).toEqual(undated.map((e) => e.id));
    expect(await page.$$eval('#view-timeline .tl-undated .tl-track', (t) => t.length)).toBe(0);
  });

  it('draws a date known to the day as a point and every other date as a range, never as a point', async () => {
    const d = new Map((await drawn()).map((x) => [x.id, x]));
    expect(dated.some(isDay)).toBe(true);
    expect(dated.some((e) => !isDay(e))).toBe(true);
    for (const e of dated) {
      const x = d.get(e.id)!;
      if (isDay(e)) {
        expect([x.kind, !!x.circle, !!x.rect], e.id).toEqual(['point', true, false]);
      } else {
        expect([x.kind, !!x.circle, !!x.rect], e.id).toEqual(['range', false, true]);
      }
    }
    // a closed range's width on screen is proportional to its duration, on the same axis for all
    const closed = dated.filter((e) => !isDay(e) && !e.open && e.min && e.max);
    expect(closed.length).toBeGreaterThanOrEqual(2);
    const perMs = closed.map((e) => (d.get(e.id)!.rect!.x2 - d.get(e.id)!.rect!.x1) / (Date.parse(e.max!) - Date.parse(e.min!)));
    for (const r of perMs) expect(r / perMs[0]!).toBeCloseTo(1, 1);
    // later starts are drawn further right
    const starts = closed.map((e) => d.get(e.id)!.rect!.x1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('runs an open end to the edge of the axis and marks it', async () => {
    const d = new Map((await drawn()).map((x) => [x.id, x]));
    const open = dated.filter((e) => e.min === null || e.max === null);
    expect(open.length).toBeGreaterThan(0);
    for (const e of open) {
      const x = d.get(e.id)!;
      expect(x.open, e.id).toBe(e.min === null && e.max === null ? 'both' : e.min === null ? 'start' : 'end');
      if (e.min === null) expect(Math.abs(x.rect!.x1 - x.track!.x1), e.id).toBeLessThan(1);
      if (e.max === null) expect(Math.abs(x.rect!.x2 - x.track!.x2), e.id).toBeLessThan(1);
    }
    expect(await page.$$eval('#view-timeline .tl-entry[data-open] .tl-open', (t) => t.length)).toBeGreaterThanOrEqual(open.length);
  });

  it('marks planned, possible, hypothetical, denied and ongoing entries as such', async () => {
    const d = new Map((await drawn()).map((x) => [x.id, x]));
    const marked = entries.filter((e) => ['planned', 'possible', 'hypothetical', 'denied', 'ongoing'].includes(e.status));
    expect(marked.some((e) => e.status === 'planned')).toBe(true);
    expect(marked.some((e) => e.status === 'hypothetical')).toBe(true);
    expect(marked.some((e) => e.status === 'possible')).toBe(true);
    for (const e of entries) {
      const x = d.get(e.id)!;
      expect(x.status, e.id).toBe(e.status);
      expect(x.badge, e.id).toBe(marked.includes(e) ? e.status : null);
    }
    // drawn differently from a plain (past or reported) closed entry: a dashed outline
    const planned = dated.find((e) => e.status === 'planned')!;
    const past = dated.find((e) => (e.status === 'past' || e.status === 'reported') && e.min && e.max)!;
    const dash = (id: string) => page.$eval(`#view-timeline .tl-entry[data-id="${id}"] :is(.tl-point, .tl-range)`, (s) => getComputedStyle(s).strokeDasharray);
    expect(await dash(planned.id)).not.toBe(await dash(past.id));
  });

  it('shows the publication date as a band on the axis, where its dates fall', async () => {
    const story = graph.getAttribute('stories')[0]!;
    expect(await page.textContent('#view-timeline .tl-key')).toContain(story.published.edtf);
    const r = await page.evaluate(() => {
      const band = document.querySelector('#view-timeline .tl-axis .tl-published')!.getBoundingClientRect();
      return { band: { x1: band.left, x2: band.right } };
    });
    const d = new Map((await drawn()).map((x) => [x.id, x]));
    // the band lies after an entry that ends before publication and before one that starts after it
    const pubMin = Date.parse(story.published.earliest!);
    const pubMax = Date.parse(story.published.latest!);
    const before = dated.find((e) => e.max && Date.parse(e.max) < pubMin);
    const after = dated.find((e) => e.min && Date.parse(e.min) > pubMax);
    expect(after).toBeDefined();
    const afterX = d.get(after!.id)!.circle?.cx ?? d.get(after!.id)!.rect!.x1;
    expect(r.band.x2).toBeLessThanOrEqual(afterX);
    if (before) expect(r.band.x1).toBeGreaterThanOrEqual(d.get(before.id)!.circle?.cx ?? d.get(before.id)!.rect!.x2);
  });

  it('clicking an entry selects it in the graph and the text; a selection elsewhere marks its entry', async () => {
    const e = dated.find((x) => x.evidence.length > 0) ?? dated[0]!;
    await page.click(`#view-timeline .tl-entry[data-id="${e.id}"]`);
    await waitForSelection(page, e.id);
    expect(await page.evaluate((id) => (Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core }).cy.$id(id).hasClass('selected-el'), e.id)).toBe(
      true,
    );
    expect(await page.getAttribute(`#view-timeline .tl-entry[data-id="${e.id}"]`, 'aria-current')).toBe('true');
    const lit = await page.$$eval('#article-text mark.active', (ms) => ms.length);
    expect(lit).toBeGreaterThan(0);
    const other = dated.find((x) => x.id !== e.id)!;
    await page.evaluate((id) => {
      location.hash = `#sel=${id}&view=timeline`;
    }, other.id);
    await waitForSelection(page, other.id);
    expect(await page.$$eval('#view-timeline .tl-entry[aria-current]', (bs) => bs.map((b) => b.getAttribute('data-id')))).toEqual([other.id]);
  });

  it('loads with no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
