// A corpus in the explorer (issue 13): the seed and the three fixture stories in a temp data folder.
// The Stories view lists them as `storygraph stories` does, sorts and filters, and opens a story by
// mouse and keyboard (article and fitted subgraph); a node shared by stories lists its evidence per
// story and a quote of another story switches the article there and highlights it; the timeline
// says how each story dates an entry; the URL holds story and selection; the Compare view shows
// what `storygraph compare --json` answers. A corpus served story by story: corpus-large.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CompareResult } from '../../src/queries/compare.js';
import type { SourcesResult } from '../../src/queries/sources.js';
import { DAILY, SEED, TIMES, WIRE, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { HAS_CHROMIUM, openPage, waitForSelection } from './support/browser.js';
import { closeExplorer, openExplorer } from './support/explorer.js';
import { hashOf, waitForView } from './support/research.js';
import type { TestServer } from './support/server.js';
import { corpusPage } from './support/corpus-page.js';

const data = corpusDataDir();
afterAll(removeCorpusDirs);
const WU = 'person/wu-qian';
const TALKS = 'event/us-china-crisis-communication-talks';
const AID = 'event/video-conference-humanitarian-aid';
let server: TestServer;
let browser: Browser;
let page: Page;
let problems: string[];

const { cliJson, rows, titleOf, waitForStory } = corpusPage(data);

const heading = () => page.$eval('#article-heading', (h) => h.textContent ?? '');
const tableIds = () => page.$$eval('#story-table tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-story')));
const openTab = async (view: string) => {
  if ((await page.getAttribute(`#tab-${view}`, 'aria-selected')) !== 'true') await page.click(`#tab-${view}`);
  await waitForView(page, view);
};
/** The flashed (revealed) marks of the article: their text, and whether the first is inside the article's box. */
const revealed = () =>
  page.$eval('#article-text', (t) => {
    const marks = [...t.querySelectorAll('mark.flash')];
    const box = t.getBoundingClientRect();
    const r = marks[0]?.getBoundingClientRect();
    return { text: marks.map((m) => m.textContent).join(''), inView: !!r && r.top >= box.top && r.bottom <= box.bottom };
  });
/** Whether every node of the story is inside the canvas's visible extent. */
const storyFitted = (id: string) =>
  page.evaluate((story) => {
    const { cy, graph } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core; graph: import('../../src/graph/build-graph.js').StoryGraph };
    const ext = cy.extent();
    const nodes = cy.nodes(':visible').filter((n) => graph.getNodeAttribute(n.id(), 'stories').includes(story!));
    return (
      nodes.length > 0 &&
      nodes.every((n) => {
        const p = n.position();
        return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
      })
    );
  }, id);

describe.skipIf(!HAS_CHROMIUM)('explorer: a corpus of stories', () => {
  beforeAll(async () => {
    ({ server, browser, page, problems } = await openExplorer(['--data', data]));
  });
  afterAll(async () => {
    await closeExplorer(browser, server);
  });

  it('the Stories view lists the fixture corpus as `storygraph stories` does', async () => {
    await openTab('stories');
    expect(rows).toHaveLength(4);
    expect(await tableIds()).toEqual(rows.map((r) => r.id));
    const cells = await page.$$eval('#story-table tbody tr', (trs) =>
      trs.map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.column, td.textContent]))),
    );
    const seed = cells[0]!;
    const row = rows[0]!;
    expect(seed.title).toBe(`${row.title}${row.id}`);
    expect(seed.publisher).toBe('Taiwan News');
    expect(seed.date).toBe(`${row.published.edtf} (inferred)`);
    expect([seed.nodes, seed.edges, seed.quotes, seed.drafts, seed.coverage]).toEqual([
      String(row.counts.nodes),
      String(row.counts.relations),
      String(row.counts.quotes),
      String(row.drafts),
      '100% (13/13)',
    ]);
    expect(await page.textContent('#stories-count')).toBe('4 of 4 stories');
  });

  it('sorts by a column (header click, then keyboard), aria-sort saying how', async () => {
    await page.click('#story-table th button[data-column="quotes"]');
    expect(await page.getAttribute('#story-table th:has(button[data-column="quotes"])', 'aria-sort')).toBe('ascending');
    expect(await tableIds()).toEqual([TIMES, WIRE, DAILY, SEED]);
    await page.click('#story-table th button[data-column="quotes"]');
    expect(await page.getAttribute('#story-table th:has(button[data-column="quotes"])', 'aria-sort')).toBe('descending');
    expect(await tableIds()).toEqual([SEED, DAILY, WIRE, TIMES]);
    await page.focus('#story-table th button[data-column="publisher"]');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('#story-table th:has(button[data-column="publisher"])', 'aria-sort')).toBe('ascending');
    expect(await page.getAttribute('#story-table th:has(button[data-column="quotes"])', 'aria-sort')).toBe('none');
    expect(await tableIds()).toEqual([SEED, TIMES, WIRE, DAILY]); // Taiwan News, Test Times, Test Wire, The Test Daily
    await page.keyboard.press('Space');
    expect(await tableIds()).toEqual([DAILY, WIRE, TIMES, SEED]);
  });

  it('filters by title, publisher or id', async () => {
    await page.fill('#stories-filter', 'test daily');
    expect(await tableIds()).toEqual([DAILY]);
    expect(await page.textContent('#stories-count')).toBe('1 of 4 stories');
    await page.fill('#stories-filter', 'HUMANITARIAN');
    expect(await tableIds()).toEqual([TIMES]);
    await page.fill('#stories-filter', 'testwire');
    expect(await tableIds()).toEqual([WIRE]);
    await page.fill('#stories-filter', '');
    expect(await tableIds()).toHaveLength(4);
  });

  it('opens a story by mouse: its article, its subgraph fitted in view, the story in the URL', async () => {
    await page.click(`#story-table tr[data-story="${DAILY}"] td[data-column="publisher"]`);
    await waitForStory(page, DAILY);
    expect(await hashOf(page)).toContain(`story=${DAILY}`);
    expect(await storyFitted(DAILY)).toBe(true);
    expect(await page.getAttribute(`#story-table tr[data-story="${DAILY}"]`, 'aria-current')).toBe('true');
  });

  it("sets the open story's subgraph apart: the other stories' nodes and relations are faded", async () => {
    const marks = await page.evaluate((story) => {
      const { cy, graph } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core; graph: import('../../src/graph/build-graph.js').StoryGraph };
      const wrong = cy.elements().filter((e) => {
        const own = e.isNode() ? graph.getNodeAttribute(e.id(), 'stories').includes(story) : graph.getEdgeAttribute(e.id(), 'story') === story;
        return e.hasClass('other-story') === own;
      });
      return { faded: cy.elements('.other-story').length, own: cy.elements().not('.other-story').length, wrong: wrong.length };
    }, DAILY);
    expect(marks.wrong).toBe(0);
    expect(marks.faded).toBeGreaterThan(0);
    expect(marks.own).toBeGreaterThan(0);
  });

  it('opens a story by keyboard (Enter on its row)', async () => {
    await page.focus(`#story-table tr[data-story="${WIRE}"] button.story-open`);
    await page.keyboard.press('Enter');
    await waitForStory(page, WIRE);
    expect(await hashOf(page)).toContain(`story=${WIRE}`);
    expect(await storyFitted(WIRE)).toBe(true);
  });

  it('a shared entity says in how many stories it is and lists its evidence per story', async () => {
    await page.evaluate((id) => {
      location.hash = `#sel=${id}&story=${'testwire-2020-10-29-crisis-talks'}&view=stories`;
    }, WU);
    await waitForSelection(page, WU);
    expect(await page.textContent('#details .in-stories')).toBe(' · in 4 stories');
    const groups = await page.$$eval('#details .story-evidence', (ss) =>
      ss.map((s) => [s.getAttribute('data-story'), s.querySelector('h4')?.textContent ?? '', s.querySelectorAll('button.quote').length]),
    );
    expect(groups.map((g) => g[0])).toEqual([SEED, WIRE, DAILY, TIMES]);
    expect(groups[1]![1]).toContain(titleOf(WIRE));
    expect(groups[1]![1]).toContain('Test Wire, 2020-10-29');
    expect(groups.every((g) => (g[2] as number) > 0)).toBe(true);
    expect(await heading()).toBe(`Article: ${titleOf(WIRE)}`);
  });

  it('clicking a quote from another story switches the article there and highlights it, scrolled into view', async () => {
    const quote = page.locator(`#details .story-evidence[data-story="${SEED}"] button.quote`).last();
    const exact = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '');
    await quote.click();
    await waitForStory(page, SEED);
    await page.waitForFunction((t) => [...document.querySelectorAll('#article-text mark.flash')].map((m) => m.textContent).join('') === t, exact);
    await page.waitForFunction(() => {
      const t = document.getElementById('article-text')!;
      const m = t.querySelector('mark.flash')!.getBoundingClientRect();
      const b = t.getBoundingClientRect();
      return m.top >= b.top && m.bottom <= b.bottom;
    });
    expect((await revealed()).inView).toBe(true);
    const hash = await hashOf(page);
    expect(hash).toContain(`sel=${WU}`);
    expect(hash).toContain(`story=${SEED}`);
  });

  it('the same by keyboard (Enter on a quote of another story)', async () => {
    await page.focus(`#details .story-evidence[data-story="${TIMES}"] button.quote`);
    const exact = ((await page.evaluate(() => document.activeElement?.textContent)) ?? '').replace(/^“|”$/g, '');
    await page.keyboard.press('Enter');
    await waitForStory(page, TIMES);
    await page.waitForFunction((t) => [...document.querySelectorAll('#article-text mark.flash')].map((m) => m.textContent).join('') === t, exact);
    expect((await revealed()).inView).toBe(true);
    expect(await hashOf(page)).toContain(`story=${TIMES}`);
  });

  it('the URL holds story and selection: Back and Forward restore both, and a reload too', async () => {
    await page.goBack();
    await waitForStory(page, SEED);
    await waitForSelection(page, WU);
    await page.goBack();
    await waitForStory(page, WIRE);
    await waitForSelection(page, WU);
    await page.goForward();
    await page.goForward();
    await waitForStory(page, TIMES);
    await waitForSelection(page, WU);
    await page.evaluate((id) => {
      location.hash = `#sel=${id}&story=${'testdaily-2020-10-30-crisis-rules'}`;
    }, TALKS);
    await waitForSelection(page, TALKS);
    await waitForStory(page, DAILY);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await waitForSelection(page, TALKS);
    await waitForStory(page, DAILY);
    expect(await page.$$eval('#article-text mark.active', (m) => m.length)).toBeGreaterThan(0);
  });

  it('the timeline says which stories date an entry and how, and a quote opens that story', async () => {
    await openTab('timeline');
    const by = await page.$$eval(`#view-timeline li:has(> button[data-id="${TALKS}"]) .tl-dated-by li`, (lis) =>
      lis.map((li) => [li.getAttribute('data-story'), li.getAttribute('data-edtf'), li.textContent]),
    );
    const cli = cliJson<{ id: string; datedBy: { story: string; edtf: string; expression: string }[] }[]>('timeline').find((e) => e.id === TALKS)!;
    expect(by.map((b) => [b[0], b[1]])).toEqual(cli.datedBy.map((d) => [d.story, d.edtf]));
    for (const [i, d] of cli.datedBy.entries()) expect(by[i]![2]).toContain(`“${d.expression}”`);
    expect(by.find((b) => b[0] === WIRE)![2]).toBe('Test Wire: 2020-10-28/2020-10-29 reported “on Wednesday and Thursday”');
    await page.click(`#view-timeline li:has(> button[data-id="${TALKS}"]) .tl-dated-by li[data-story="${WIRE}"] button.quote`);
    await waitForStory(page, WIRE);
    await page.waitForFunction(
      () => [...document.querySelectorAll('#article-text mark.flash')].map((m) => m.textContent).join('') === 'on Wednesday and Thursday',
    );
    // The flash fades (1.2 s); the entry stays selected and its quote marked, as a details quote does.
    await waitForSelection(page, TALKS);
    const active = await page.$$eval('#article-text mark.active', (ms) => ms.map((m) => m.textContent).join(''));
    expect(active).toContain('on Wednesday and Thursday');
    expect(await page.getAttribute(`#view-timeline .tl-entry[data-id="${TALKS}"]`, 'aria-current')).toBe('true');
  });

  it('compare in the explorer shows what `storygraph compare --json` answers', async () => {
    await openTab('compare');
    await page.selectOption('#compare-a', WIRE);
    await page.selectOption('#compare-b', DAILY);
    await page.waitForFunction(
      ([a, b]) => {
        const r = document.getElementById('compare-result');
        return r?.dataset.a === a && r.dataset.b === b;
      },
      [WIRE, DAILY] as const,
    );
    const cli = cliJson<CompareResult>('compare', WIRE, DAILY);
    const shown = await page.$eval('#compare-result', (r) => {
      const ids = (key: string) => [...r.querySelectorAll(`[data-section="${key}"] [data-id]`)].map((e) => e.getAttribute('data-id'));
      const rowsOf = (key: string) =>
        [...r.querySelectorAll(`[data-section="${key}"] tbody tr`)].map((tr) => [
          tr.getAttribute('data-id'),
          ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent),
        ]);
      return {
        stories: [...r.querySelectorAll('.cmp-story')].map((p) => p.getAttribute('data-story')),
        entities: ids('shared-entities'),
        events: ids('shared-events'),
        claims: ids('shared-claims'),
        factuality: rowsOf('factuality'),
        relations: [...r.querySelectorAll('[data-section="factuality"] tbody tr')].map((tr) => tr.getAttribute('data-relation')),
        onlyA: rowsOf('only-a'),
        onlyB: rowsOf('only-b'),
        quotesA: rowsOf('quotes-a'),
        quotesB: rowsOf('quotes-b'),
        dates: rowsOf('dates'),
        headings: [...r.querySelectorAll('h3')].map((h) => h.textContent),
      };
    });
    const fact = (f: string | null) => f ?? '—';
    expect(shown.stories).toEqual([cli.a.id, cli.b.id]);
    expect(shown.entities).toEqual(cli.shared.entities.map((n) => n.id));
    expect(shown.events).toEqual(cli.shared.events.map((n) => n.id));
    expect(shown.claims).toEqual(cli.shared.claims.map((n) => n.id));
    expect(shown.factuality).toEqual(cli.factuality.map((f) => [f.node.id, fact(f.a), fact(f.b), expect.stringMatching(/^A \w+.*, B /)]));
    expect(shown.relations).toEqual(cli.factuality.map((f) => (f.relation ? `${f.relation.type} ${f.relation.target.id}` : null)));
    expect(shown.onlyA).toEqual(cli.onlyA.map((e) => [e.node.id, fact(e.factuality)]));
    expect(shown.onlyB).toEqual(cli.onlyB.map((e) => [e.node.id, fact(e.factuality)]));
    const speakers = (l: CompareResult['quotes']['a']) =>
      l.map((s) => [
        s.speaker.id,
        s.via.map((v) => v.label).join(', '),
        String(s.claims.length),
        [...new Set(s.claims.map((c) => c.factuality ?? '-'))].join(', '),
      ]);
    expect(shown.quotesA).toEqual(speakers(cli.quotes.a));
    expect(shown.quotesB).toEqual(speakers(cli.quotes.b));
    expect(shown.dates.map((d) => d[0])).toEqual(cli.dates.map((d) => d.node.id));
    expect(shown.headings).toEqual([
      `Shared entities (${cli.shared.entities.length})`,
      `Shared events (${cli.shared.events.length})`,
      `Shared claims (${cli.shared.claims.length})`,
      `What they tell differently (${cli.factuality.length})`,
      `Events only A tells (${cli.onlyA.length})`,
      `Events only B tells (${cli.onlyB.length})`,
      `Who A quotes (${cli.quotes.a.length})`,
      `Who B quotes (${cli.quotes.b.length})`,
      `Dates that differ (${cli.dates.length})`,
    ]);
    // The seed against the follow-up: the planned talks dated differently.
    await page.selectOption('#compare-a', SEED);
    await page.selectOption('#compare-b', TIMES);
    const dates = await page.$$eval('#compare-result [data-section="dates"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(dates).toEqual(cliJson<CompareResult>('compare', SEED, TIMES).dates.map((d) => d.node.id));
    expect(dates).toContain('event/video-conference-humanitarian-aid');
    // The pair is in the URL: Back steps to the pair before, a reload keeps it.
    expect(await hashOf(page)).toContain(`compare=${SEED},${TIMES}`);
    await page.goBack();
    await page.waitForFunction(
      ([a, b]) => document.getElementById('compare-result')?.dataset.a === a && document.getElementById('compare-result')?.dataset.b === b,
      [SEED, DAILY] as const,
    );
    expect(await hashOf(page)).toContain(`compare=${SEED},${DAILY}`);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await waitForView(page, 'compare');
    await page.waitForFunction(
      ([a, b]) => document.getElementById('compare-result')?.dataset.a === a && document.getElementById('compare-result')?.dataset.b === b,
      [SEED, DAILY] as const,
    );
    expect([await page.inputValue('#compare-a'), await page.inputValue('#compare-b')]).toEqual([SEED, DAILY]);
  });

  it("a shared event's details give each story's date and factuality, saying that the stories disagree", async () => {
    await page.evaluate((id) => {
      location.hash = `#sel=${id}`;
    }, AID);
    await waitForSelection(page, AID);
    const cli = cliJson<SourcesResult>('sources', AID);
    const views = await page.$$eval('#details .story-views li', (lis) =>
      lis.map((li) => [li.getAttribute('data-story'), li.getAttribute('data-edtf'), li.getAttribute('data-factuality')]),
    );
    expect(views).toEqual(cli.stories.map((s) => [s.story.id, s.annotation?.time?.edtf ?? '', s.annotation?.factuality ?? '']));
    expect(views.find((v) => v[0] === TIMES)?.[1]).toBe('2020-11-24');
    expect(await page.textContent('#details .stories-disagree')).toBe('Stories disagree on the date.');
    // The talks: reported by the wire, asserted by the others.
    await page.evaluate((id) => {
      location.hash = `#sel=${id}`;
    }, TALKS);
    await waitForSelection(page, TALKS);
    expect(await page.getAttribute(`#details .story-views li[data-story="${WIRE}"]`, 'data-factuality')).toBe('reported');
    expect(await page.textContent('#details .stories-disagree')).toContain('factuality');
  });

  it('the relations of a shared node name their stories: one row for a relation several stories state', async () => {
    await page.evaluate((id) => {
      location.hash = `#sel=${id}`;
    }, WU);
    await waitForSelection(page, WU);
    const shown = await page.$$eval('#details ul.relations > li', (lis) =>
      lis.map((li) => ({
        key: [
          li.querySelector('.dir')?.textContent,
          li.querySelector('button[data-edge]')?.textContent,
          li.querySelector('.node-link')?.getAttribute('data-node'),
          li.className,
        ].join(' '),
        stories: (li.getAttribute('data-stories') ?? '').split(' '),
        named: [...li.querySelectorAll('.rel-story')].map((b) => b.getAttribute('data-story')),
      })),
    );
    expect(new Set(shown.map((r) => r.key)).size).toBe(shown.length);
    for (const r of shown) expect(r.named).toEqual(r.stories);
    const cli = cliJson<{ relations: { edge: string }[] }>('show', WU);
    expect(shown.flatMap((r) => r.stories)).toHaveLength(cli.relations.length);
    expect(shown.some((r) => r.stories.length > 1)).toBe(true);
  });

  it('gives the Stories table room: every column in view at 1400×900, four rows at 1024×768', async () => {
    const measure = async (width: number, height: number) => {
      const { page: p } = await openPage(browser, `${server.url}#view=stories`, { viewport: { width, height } });
      await waitForView(p, 'stories');
      const m = await p.evaluate(() => {
        const panel = document.getElementById('view-panel')!.getBoundingClientRect();
        const box = document.querySelector('.story-table-box')!;
        const view = box.getBoundingClientRect();
        const bottom = Math.min(panel.bottom, view.bottom);
        const heads = [...document.querySelectorAll('#story-table th')].map((th) => th.getBoundingClientRect());
        const rowsShown = [...document.querySelectorAll('#story-table tbody tr')].filter((tr) => tr.getBoundingClientRect().bottom <= bottom + 0.5).length;
        return { inside: heads.every((r) => r.left >= view.left - 0.5 && r.right <= view.right + 0.5), scrolls: box.scrollWidth > box.clientWidth, rowsShown };
      });
      await p.close();
      return m;
    };
    const wide = await measure(1400, 900);
    expect(wide.inside).toBe(true);
    expect(wide.scrolls).toBe(false);
    expect(wide.rowsShown).toBe(4);
    expect((await measure(1024, 768)).rowsShown).toBeGreaterThanOrEqual(4);
  });

  it('the Claims view names the stories of each claim and filters by story as `claims --story` does', async () => {
    await openTab('claims');
    const cards = () =>
      page.$$eval('#view-claims li.claim', (lis) =>
        lis.map((li) => [li.getAttribute('data-id'), li.querySelector('.claim-stories')?.getAttribute('data-stories') ?? null]),
      );
    const all = await cards();
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((c) => c[1] !== null)).toBe(true);
    await page.selectOption('#claims-story', WIRE);
    const wire = cliJson<{ id: string }[]>('claims', '--story', WIRE).map((c) => c.id);
    expect((await cards()).map((c) => c[0])).toEqual(wire);
    // "The story shown" follows the article.
    await page.selectOption('#claims-story', '@shown');
    await page.selectOption('#story-select', DAILY);
    await waitForStory(page, DAILY);
    const daily = cliJson<{ id: string }[]>('claims', '--story', DAILY).map((c) => c.id);
    await page.waitForFunction((n) => document.querySelectorAll('#view-claims li.claim').length === n, daily.length);
    expect((await cards()).map((c) => c[0])).toEqual(daily);
  });

  it('a URL naming an unknown story or node says so and is corrected', async () => {
    const { page: p, problems: errs } = await openPage(browser, `${server.url}#story=no-such-story&sel=person/nobody`);
    expect(await p.textContent('#status')).toBe(
      `Not found from the URL: no story “no-such-story”; nothing is called “person/nobody”. Showing “${titleOf(rows[0]!.id)}”.`,
    );
    const hash = await hashOf(p);
    expect(hash).not.toContain('no-such-story');
    expect(hash).not.toContain('nobody');
    expect(errs).toEqual([]);
    await p.close();
  });

  it('had no console errors', () => {
    expect(problems).toEqual([]);
  });
});
