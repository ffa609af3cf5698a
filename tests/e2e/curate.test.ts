// Issue 12 in real Chromium against the real `storygraph serve --edit`: a small fixture story
// annotated from nothing (its publisher only) to a target (two entities with mentions, one
// relation, one claim with a two-level chain), once by mouse and once by keyboard; the file on
// disk is compared with the expected JSON and validated. Then: a conflicting edit on disk → 409
// shown with Reload; an invalid edit → its coded problem beside the field; undo restores the
// file; a payload typed into a label renders as text; read-only serve refuses writes and has no
// edit mode; a wrong Host, a wrong Origin and a missing secret are each refused.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { HAS_CHROMIUM, launch, openPage, waitForSelection } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';
import { ensureWebBuild } from './support/web-build.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'curate');
// The target, in the layout the editor writes: the file on disk must be these very bytes.
const EXPECTED_TEXT = readFileSync(join(FIXTURE, 'expected-annotations.json'), 'utf8');
const ID = 'harbour-ferry';
const suite = HAS_CHROMIUM ? describe : describe.skip;

interface Session {
  data: string;
  file: string;
  server: TestServer;
  page: Page;
  problems: string[];
}
let browser: Browser;
const open: Session[] = [];

async function session(args: string[] = ['--edit']): Promise<Session> {
  const data = mkdtempSync(join(tmpdir(), 'storygraph-curate-'));
  cpSync(join(FIXTURE, 'stories'), join(data, 'stories'), { recursive: true });
  const server = await startServer([...args, '--data', data]);
  const { page, problems } = await openPage(browser, server.url);
  const s = { data, file: join(data, 'stories', ID, 'annotations.json'), server, page, problems };
  open.push(s);
  return s;
}

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  await ensureWebBuild();
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  for (const s of open) {
    await s.server.stop();
    rmSync(s.data, { recursive: true, force: true });
  }
});

const disk = (s: Session): string => readFileSync(s.file, 'utf8');

/** Waits until the bar says the change is saved (or a refusal shows) and returns what it says. */
async function saved(page: Page, label: string): Promise<void> {
  await page
    .waitForFunction((l) => document.getElementById('edit-status')?.textContent === `Saved: ${l}`, label)
    .catch(async (e: unknown) => {
      const seen = await page.evaluate(() => ({
        status: document.getElementById('edit-status')?.textContent,
        banner: document.getElementById('edit-banner')?.textContent,
        dialog: (document.getElementById('edit-dialog') as HTMLDialogElement).open ? document.getElementById('edit-dialog')?.textContent : null,
        fields: [...document.querySelectorAll<HTMLInputElement>('#edit-dialog [name]')].map((f) => `${f.name}=${f.value}`),
      }));
      throw new Error(`not saved (${label}): ${JSON.stringify(seen)}`, { cause: e });
    });
}

/** Drags the mouse over the n-th occurrence of `words` in the article, as a curator selects them. */
async function dragSelect(page: Page, words: string, occurrence = 0): Promise<void> {
  // The page may still be scrolling to a new selection's evidence: measure until two frames agree.
  let box = await wordsBox(page, words, occurrence);
  for (;;) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const again = await wordsBox(page, words, occurrence);
    if (JSON.stringify(again) === JSON.stringify(box)) break;
    box = again;
  }
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(
    (w) => !document.getElementById('edit-menu')!.hidden && document.querySelector('.edit-menu-words')?.textContent === `“${w}”`,
    words,
  );
}

function wordsBox(page: Page, words: string, occurrence: number): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.evaluate(
    ([w, n]) => {
      const root = document.getElementById('article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let all = '';
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        nodes.push(t as Text);
        all += t.textContent;
      }
      let at = -1;
      for (let i = 0; i <= (n as number); i++) at = all.indexOf(w as string, at + 1);
      const range = document.createRange();
      let pos = 0;
      for (const t of nodes) {
        const len = t.length;
        if (at >= pos && at <= pos + len && range.startContainer === document) range.setStart(t, at - pos);
        if (at + (w as string).length <= pos + len) {
          range.setEnd(t, at + (w as string).length - pos);
          break;
        }
        pos += len;
      }
      // Whole words: start from the first rect's left edge, end at the last rect's right edge.
      const r = range.getBoundingClientRect();
      const text = document.getElementById('article-text')!.getBoundingClientRect();
      if (r.top < text.top || r.bottom > text.bottom) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const a = rects[0]!;
      const b = rects[rects.length - 1]!;
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    [words, occurrence] as const,
  );
}

/** Clicks the highlight of a node in the article (selects it, as a reader does). */
async function clickMark(page: Page, id: string, words: string): Promise<void> {
  await page.locator('#article-text mark', { hasText: words }).first().click();
  await waitForSelection(page, id);
}

suite('12: curate in the browser (serve --edit)', () => {
  it('12: by mouse: two entities with mentions, a relation and a claim with a two-level chain; the file equals the target and validates', async () => {
    const s = await session();
    const { page } = s;
    await page.waitForSelector('#edit-bar');

    await dragSelect(page, 'Ana Ruiz');
    await page.click('#menu-mention');
    await page.click('.ef-submit');
    await saved(page, 'new person Ana Ruiz');

    await dragSelect(page, 'Ruiz', 1);
    await page.click('#menu-mention');
    await page.fill('[name="node"]', 'person/ana-ruiz');
    await page.selectOption('[name="kind"]', 'short');
    await page.click('.ef-submit');
    await saved(page, 'mention of person/ana-ruiz');

    await dragSelect(page, 'Portvale Council');
    await page.click('#menu-mention');
    await page.selectOption('[name="type"]', 'organization');
    await page.click('.ef-submit');
    await saved(page, 'new organization Portvale Council');

    await clickMark(page, 'person/ana-ruiz', 'Ana Ruiz');
    await page.click('#edit-relation-start');
    await clickMark(page, 'org/portvale-council', 'Portvale Council');
    await page.click('#edit-relation');
    // Only the types the model allows from a person to an organisation are offered.
    expect(await page.$$eval('[name="type"] option', (o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['holds_office']);
    await page.fill('[name="quote"]', 'Mayor Ana Ruiz');
    await page.fill('[name="title"]', 'Mayor');
    await page.click('.ef-submit');
    await saved(page, 'holds_office person/ana-ruiz → org/portvale-council');

    await dragSelect(page, 'said');
    await page.click('#menu-claim');
    await page.fill('[name="label"]', 'Ruiz: the night ferry returns in June');
    await page.fill('[name="content"]', 'The council agreed to restore the night ferry from June.');
    await page.fill('[name="quote"]', 'the council had agreed to restore the night ferry from June');
    await page.fill('[name="agent.0"]', 'person/ana-ruiz');
    await page.fill('[name="cue.0"]', 'Ruiz said');
    expect(await page.inputValue('[name="agent.1"]')).toBe('org/gull-gazette');
    await page.fill('[name="cue.1"]', 'the Gull Gazette reported');
    await page.click('.ef-submit');
    await saved(page, 'new claim Ruiz: the night ferry returns in June');

    // A time for the claim shows its parsed bounds before anything is saved (then cancelled: not in the target).
    await waitForSelection(page, 'claim/ruiz-the-night-ferry-returns-in-june');
    await dragSelect(page, 'on Monday');
    await page.click('#menu-time');
    expect(await page.inputValue('[name="expression"]')).toBe('on Monday');
    await page.fill('[name="edtf"]', '2024-03-04');
    await page.waitForFunction(() => document.getElementById('edit-time-bounds')?.textContent === 'from 2024-03-04 to 2024-03-04');
    await page.click('.ef-cancel');

    expect(disk(s)).toBe(EXPECTED_TEXT);
    expect(runCli(['validate', '--data', s.data]).status).toBe(0);
    // The graph was redrawn with each save: the new nodes and the relation are on the canvas.
    const drawn = await page.evaluate(() => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      return cy
        .elements()
        .map((e) => e.id())
        .sort();
    });
    expect(drawn).toEqual(
      expect.arrayContaining([
        'person/ana-ruiz',
        'org/portvale-council',
        'rel/ana-ruiz-holds-office-portvale-council',
        'claim/ruiz-the-night-ferry-returns-in-june',
      ]),
    );
    expect(s.problems).toEqual([]);
  }, 120_000);

  it('12: by keyboard only: the same target, the same file', async () => {
    const s = await session();
    const { page } = s;
    const k = page.keyboard;
    const find = async (words: string, times = 1) => {
      await k.press('f');
      await k.type(words);
      for (let i = 0; i < times; i++) await k.press('Enter');
      await k.press('Escape');
    };
    const search = async (words: string, id: string) => {
      await k.press('/');
      await k.type(words);
      await page.waitForSelector('#search-results:not([hidden]) li');
      await k.press('Enter');
      await waitForSelection(page, id);
      await k.press('Escape');
    };

    await find('Ana Ruiz');
    await k.press('m');
    await k.press('Enter'); // the defaults: a new person, labelled with the words, a name
    await saved(page, 'new person Ana Ruiz');

    await find('Ruiz', 2);
    await k.press('m');
    await k.type('person/ana-ruiz');
    for (let i = 0; i < 4; i++) await k.press('Tab'); // type, label, wikidata, kind
    await k.press('s'); // short
    await k.press('Tab');
    await k.press('Enter');
    await saved(page, 'mention of person/ana-ruiz');

    await find('Portvale Council');
    await k.press('m');
    await k.press('Tab');
    await k.press('o'); // organization
    for (let i = 0; i < 4; i++) await k.press('Tab'); // label, wikidata, kind, save
    await k.press('Enter');
    await saved(page, 'new organization Portvale Council');

    await search('Ana Ruiz', 'person/ana-ruiz');
    await k.press('s');
    await search('Portvale Council', 'org/portvale-council');
    await k.press('l');
    await k.press('Tab'); // factuality
    await k.press('Tab'); // quote
    await k.type('Mayor Ana Ruiz');
    await k.press('Tab');
    await k.type('Mayor');
    await k.press('Enter');
    await saved(page, 'holds_office person/ana-ruiz → org/portvale-council');

    await find('said');
    await k.press('c');
    await k.type('Ruiz: the night ferry returns in June');
    await k.press('Tab');
    await k.type('The council agreed to restore the night ferry from June.');
    await k.press('Tab');
    await k.type('the council had agreed to restore the night ferry from June');
    await k.press('Tab'); // speech act: assert
    await k.press('Tab'); // factuality: reported
    await k.press('Tab');
    await k.type('person/ana-ruiz');
    await k.press('Tab'); // role: speaker
    await k.press('Tab');
    await k.press('Control+A');
    await k.type('Ruiz said');
    await k.press('Tab'); // explicit
    await k.press('Tab'); // level 2 agent: the publisher already
    await k.press('Tab'); // role: publisher
    await k.press('Tab');
    await k.press('Control+A');
    await k.type('the Gull Gazette reported');
    await k.press('Enter');
    await saved(page, 'new claim Ruiz: the night ferry returns in June');

    expect(disk(s)).toBe(EXPECTED_TEXT);
    expect(runCli(['validate', '--data', s.data]).status).toBe(0);
    expect(s.problems).toEqual([]);
  }, 120_000);

  it('12: a conflicting edit on disk → 409 shown, nothing merged, Reload offered; undo restores the file; an invalid edit shows its coded problem beside the field', async () => {
    const s = await session();
    const { page } = s;
    const original = readFileSync(s.file, 'utf8');

    // Undo: a saved change and Ctrl+Z bring back the very bytes.
    await dragSelect(page, 'Portvale Council');
    await page.click('#menu-mention');
    await page.click('.ef-submit');
    await saved(page, 'new person Portvale Council');
    expect(readFileSync(s.file, 'utf8')).not.toBe(original);
    await page.click('#article-heading'); // focus out of any field
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.getElementById('edit-status')?.textContent === 'Undone');
    expect(readFileSync(s.file, 'utf8')).toBe(original);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => document.getElementById('edit-status')?.textContent === 'Redone');
    expect(readFileSync(s.file, 'utf8')).toContain('person/portvale-council');

    // Invalid: a label emptied in the edit form → schema-violation beside the label.
    await clickMark(page, 'person/portvale-council', 'Portvale Council');
    await page.click('#edit-fields');
    const before = readFileSync(s.file, 'utf8');
    await page.fill('[name="label"]', '');
    await page.click('.ef-submit');
    const problem = page.locator('.ef-row:has([name="label"]) + .ef-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-code')).toBe('schema-violation');
    expect(await problem.textContent()).toContain('label');
    expect(readFileSync(s.file, 'utf8')).toBe(before);
    await page.click('.ef-cancel');

    // Conflict: the file changes on disk (an editor); the next save is refused and Reload offered.
    writeFileSync(s.file, before.replace('"Not checked yet."', '"Changed in an editor."'));
    await dragSelect(page, 'Ana Ruiz');
    await page.click('#menu-mention');
    await page.click('.ef-submit');
    await page.waitForSelector('#edit-banner[data-kind="conflict"]:not([hidden]) #edit-reload');
    expect(await page.textContent('#edit-banner')).toContain('changed elsewhere');
    expect(readFileSync(s.file, 'utf8')).toContain('Changed in an editor.');
    expect(readFileSync(s.file, 'utf8')).not.toContain('ana-ruiz');
    await page.click('.ef-cancel').catch(() => undefined);
    await page.click('#edit-reload');
    await page.waitForSelector('body[data-ready="true"] #edit-bar');
    // The 409 and the 422 were answers the page expected; nothing else went wrong.
    expect(s.problems.filter((p) => !/HTTP (409|422)|status of (409|422)/.test(p))).toEqual([]);
  }, 120_000);

  it('12: the review queue: progress, next and previous, accept and reject by keyboard, the help overlay', async () => {
    const s = await session();
    const { page } = s;
    // Three drafts, as storygraph add marks them: two people and the relation between one and the council.
    const ann = JSON.parse(readFileSync(s.file, 'utf8'));
    const draft = { origin: 'nlp', confidence: 0.6 };
    ann.nodes.push(
      {
        id: 'person/ana-ruiz',
        type: 'person',
        label: 'Ana Ruiz',
        kb: { status: 'unlinked', reason: 'x' },
        mentions: [{ exact: 'Ana Ruiz', kind: 'name' }],
        draft,
      },
      {
        id: 'org/portvale-council',
        type: 'organization',
        label: 'Portvale Council',
        kb: { status: 'unlinked', reason: 'x' },
        mentions: [{ exact: 'Portvale Council', kind: 'name' }],
        draft,
      },
    );
    ann.relations.push({
      id: 'rel/ruiz-mayor',
      type: 'holds_office',
      source: 'person/ana-ruiz',
      target: 'org/portvale-council',
      evidence: [{ exact: 'Mayor Ana Ruiz' }],
      factuality: 'asserted',
      title: 'Mayor',
      draft,
    });
    await s.server.stop();
    writeFileSync(s.file, JSON.stringify(ann, null, 2));
    s.server = await startServer(['--edit', '--data', s.data]);
    await page.goto(s.server.url);
    await page.waitForSelector('body[data-ready="true"] #edit-bar');

    const k = page.keyboard;
    await page.click('#article-heading');
    await k.press('?');
    await page.waitForSelector('#edit-help[open]');
    expect(await page.textContent('#edit-help')).toContain('accept / reject the draft shown');
    await k.press('Escape');
    await k.press('r');
    await page.waitForFunction(() => document.getElementById('review-progress')?.textContent === '0 of 3 reviewed');
    await waitForSelection(page, 'person/ana-ruiz');
    await k.press('j');
    await waitForSelection(page, 'org/portvale-council');
    await k.press('k');
    await waitForSelection(page, 'person/ana-ruiz');
    await k.press('a');
    await page.waitForFunction(() => document.getElementById('review-progress')?.textContent === '1 of 3 reviewed');
    let file = JSON.parse(readFileSync(s.file, 'utf8'));
    expect(file.nodes.find((n: { id: string }) => n.id === 'person/ana-ruiz').draft).toEqual({ ...draft, review: 'accepted' });
    await waitForSelection(page, 'org/portvale-council');
    await k.press('j');
    await waitForSelection(page, 'rel/ruiz-mayor');
    await k.press('x');
    await page.waitForFunction(() => document.getElementById('review-progress')?.textContent === '2 of 3 reviewed');
    file = JSON.parse(readFileSync(s.file, 'utf8'));
    expect(file.relations).toEqual([]);
    expect(file.rejected).toEqual([{ element: 'rel/ruiz-mayor' }]);
    expect(await page.textContent('#review-current')).toContain('org/portvale-council');
    expect(runCli(['validate', '--data', s.data]).status).toBe(0);
    // The file written by the editor is in the curators' layout, whatever layout it had before.
    expect(readFileSync(s.file, 'utf8')).toContain('        {"exact": "Ana Ruiz", "kind": "name"}\n');
  }, 90_000);

  it('12: a change the server never confirmed is kept in the browser and sent after a reload', async () => {
    const s = await session();
    const { page } = s;
    const before = readFileSync(s.file, 'utf8');
    // The connection drops for the save (the server is never reached).
    await page.route('**/api/stories/**', (route) => (route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.continue()));
    await dragSelect(page, 'Ana Ruiz');
    await page.click('#menu-mention');
    await page.click('.ef-submit');
    await page.waitForSelector('#edit-banner[data-kind="error"]:not([hidden])');
    expect(await page.textContent('#edit-banner')).toContain('kept in this browser');
    expect(readFileSync(s.file, 'utf8')).toBe(before);
    await page.unroute('**/api/stories/**');
    await page.reload();
    await page.waitForSelector('#edit-banner[data-kind="pending"]:not([hidden])');
    expect(await page.textContent('#edit-banner')).toContain('new person Ana Ruiz');
    await page.click('#edit-pending-send');
    await saved(page, 'new person Ana Ruiz');
    expect(readFileSync(s.file, 'utf8')).toContain('"id": "person/ana-ruiz"');
    expect(await page.evaluate(() => localStorage.getItem('storygraph-edit-pending'))).toBeNull();
  }, 60_000);

  it('12: a payload typed into a label renders as text, never as markup', async () => {
    const s = await session();
    const { page } = s;
    const payload = '<img src=x onerror="window.__pwned=1">Ana';
    await dragSelect(page, 'Ana Ruiz');
    await page.click('#menu-mention');
    await page.fill('[name="label"]', payload);
    await page.click('.ef-submit');
    await saved(page, `new person ${payload}`);
    await page.waitForFunction(() => document.getElementById('details-title') !== null);
    expect(await page.textContent('#details-title')).toBe(payload);
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(await page.textContent('#edit-status')).toBe(`Saved: new person ${payload}`);
  }, 60_000);

  it('12: read-only serve has no edit mode and refuses writes (405)', async () => {
    const s = await session([]);
    const { page } = s;
    expect(await page.$('#edit-bar')).toBeNull();
    expect(await page.$('meta[name="storygraph-edit"]')).toBeNull();
    const statuses = await page.evaluate(
      async (id) =>
        Promise.all(
          ['PATCH', 'POST', 'PUT', 'DELETE'].map(
            async (method) =>
              (await fetch(`api/stories/${id}`, { method, headers: { 'Content-Type': 'application/json' }, ...(method === 'DELETE' ? {} : { body: '[]' }) }))
                .status,
          ),
        ),
      ID,
    );
    expect(statuses).toEqual([405, 405, 405, 405]);
  }, 60_000);

  it('12: the real binary refuses a wrong Host (421), a wrong Origin (403) and a missing secret (403)', async () => {
    const s = await session();
    const { port } = new URL(s.server.url);
    const secret = await s.page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="storygraph-edit"]')!.content);
    const version = await s.page.evaluate(async (id) => {
      const sec = document.querySelector<HTMLMetaElement>('meta[name="storygraph-edit"]')!.content;
      return ((await (await fetch(`api/stories/${id}`, { headers: { 'X-Storygraph-Secret': sec } })).json()) as { version: string }).version;
    }, ID);
    const send = (headers: Record<string, string>) =>
      new Promise<number>((done, fail) => {
        const req = request({ host: '127.0.0.1', port: Number(port), path: `/api/stories/${ID}`, method: 'PATCH', setHost: false, headers }, (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end('[]');
      });
    const good = {
      Host: `127.0.0.1:${port}`,
      Origin: `http://127.0.0.1:${port}`,
      'X-Storygraph-Secret': secret,
      'Content-Type': 'application/json-patch+json',
      'If-Match': `"${version}"`,
    };
    const before = readFileSync(s.file, 'utf8');
    expect(await send({ ...good, Host: `evil.example:${port}` })).toBe(421);
    expect(await send({ ...good, Origin: `http://evil.example:${port}` })).toBe(403);
    const { 'X-Storygraph-Secret': _, ...noSecret } = good;
    expect(await send(noSecret)).toBe(403);
    expect(readFileSync(s.file, 'utf8')).toBe(before);
    expect(await send(good)).toBe(200); // the same request, right in every way, is taken (an empty patch)
  }, 60_000);
});
