// The claims view in headless Chromium against the production build: every claim of the
// `claims` query in text order, each attribution chain drawn from the speaker out to the article,
// the speaker and factuality filters, and a claim selecting its node in the graph and the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { claims } from '../../src/queries/claims.js';
import { HAS_CHROMIUM, waitForSelection } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { openExplorer, closeExplorer } from './support/explorer.js';

const graph = loadGraph(defaultDataDir());
const all = claims(graph);

let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const shownIds = () => page.$$eval('#view-claims li.claim', (lis) => lis.map((li) => li.getAttribute('data-id')));

describe.skipIf(!HAS_CHROMIUM)('claims view', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer());
    await page.click('#tab-claims');
    await page.waitForSelector('#view-claims[data-ready="true"] li.claim');
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('lists every claim in text order with speaker, cue, content and quote', async () => {
    expect(all.length).toBeGreaterThan(0);
    expect(await shownIds()).toEqual(all.map((c) => c.id));
    const cards = await page.$$eval('#view-claims li.claim', (lis) =>
      lis.map((li) => ({
        speakers: li.querySelector('.claim-speakers')?.textContent ?? '',
        cue: li.querySelector('.claim-cue')?.textContent?.trim() ?? null,
        content: li.querySelector('.claim-content')?.textContent ?? '',
        quote: li.querySelector('.claim-quote .quote')?.textContent ?? null,
      })),
    );
    all.forEach((c, i) => {
      expect(cards[i]!.speakers, c.id).toBe(c.speakers.map((s) => s.label).join(' & ') || 'unattributed');
      expect(cards[i]!.cue, c.id).toBe(c.cue?.exact ?? null);
      expect(cards[i]!.content, c.id).toBe(c.content);
      expect(cards[i]!.quote, c.id).toBe(c.quote ? `“${c.quote.exact}”` : null);
    });
  });

  it('draws each attribution chain in order from the innermost speaker out to the article', async () => {
    const chains = await page.$$eval('#view-claims li.claim', (lis) =>
      Object.fromEntries(
        lis.map((li) => [
          li.getAttribute('data-id'),
          [...li.querySelectorAll('.attr-chain > li')].map((s) => ({ role: s.getAttribute('data-role'), agents: s.getAttribute('data-agents') })),
        ]),
      ),
    );
    for (const c of all) {
      // the chain in the model's order (the speaker first), one step per level: joint speakers share one
      const expected: { role: string; agents: string }[] = [];
      c.attribution.forEach((link, i) => {
        const last = expected.at(-1);
        if (last && i > 0 && link.level === c.attribution[i - 1]!.level) last.agents += ` ${link.agent}`;
        else expected.push({ role: link.role, agents: link.agent });
      });
      expect(chains[c.id], c.id).toEqual(expected);
      if (c.attribution.length) {
        expect(chains[c.id]![0]!.role, c.id).toBe('speaker');
        expect(chains[c.id]!.at(-1)!.role, c.id).toBe('publisher');
      }
    }
    // the longest chain is drawn left to right on screen in that order
    const longest = [...all].sort((a, b) => b.attribution.length - a.attribution.length)[0]!;
    expect(longest.attribution.length).toBeGreaterThanOrEqual(3);
    const xs = await page.$$eval(`#view-claims li.claim[data-id="${longest.id}"] .attr-chain > li`, (lis) =>
      lis.map((l) => {
        const r = l.getBoundingClientRect();
        return r.top * 10000 + r.left; // reading order: rows, then left to right
      }),
    );
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('filters by speaker and by factuality, as the claims query does', async () => {
    const speakers = [...new Map(all.flatMap((c) => c.speakers).map((s) => [s.id, s])).keys()];
    for (const id of speakers.slice(0, 4)) {
      await page.selectOption('#claims-speaker', id);
      expect(await shownIds(), id).toEqual(claims(graph, { speaker: id }).map((c) => c.id));
      expect(await page.textContent('#view-claims .rv-count')).toBe(`${claims(graph, { speaker: id }).length} of ${all.length} claims`);
    }
    await page.selectOption('#claims-speaker', '');
    const facts = [...new Set(all.map((c) => c.factuality).filter((f) => f !== null))];
    for (const f of facts) {
      await page.selectOption('#claims-factuality', f);
      expect(await shownIds(), f).toEqual(claims(graph, { factuality: f }).map((c) => c.id));
    }
    await page.selectOption('#claims-factuality', '');
    expect(await shownIds()).toEqual(all.map((c) => c.id));
  });

  it('selecting a claim selects its node in the graph and highlights its evidence in the text', async () => {
    const c = all.find((x) => x.cue) ?? all[0]!;
    await page.click(`#view-claims li.claim[data-id="${c.id}"] .claim-head`);
    await waitForSelection(page, c.id);
    expect(
      await page.evaluate((id) => {
        const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
        return cy.$id(id).hasClass('selected-el');
      }, c.id),
    ).toBe(true);
    expect(await page.getAttribute(`#view-claims li.claim[data-id="${c.id}"]`, 'aria-current')).toBe('true');
    const lit = await page.$$eval('#article-text mark.active', (ms) => ms.map((m) => m.textContent ?? '').join(''));
    if (c.cue) expect(lit).toContain(c.cue.exact);
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`sel=${c.id}`);
  });

  it('a speaker in a chain selects that speaker; the claim is no longer marked', async () => {
    const c = all.find((x) => x.speakers.length > 0)!;
    const speaker = c.speakers[0]!.id;
    await page.click(`#view-claims li.claim[data-id="${c.id}"] .attr-step.role-speaker button[data-node="${speaker}"]`);
    await waitForSelection(page, speaker);
    expect(await page.$$eval('#view-claims li.claim[aria-current]', (l) => l.length)).toBe(0);
  });

  it('loads with no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
