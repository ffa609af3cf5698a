// The query commands as a user runs them (in-process: the program the binary runs) on data/ (robust facts of the seed
// story only, since its annotations grow) and on a tiny story written here (exact answers, and
// an ambiguous name). Every bad input: one line on stderr, exit 2, no stack trace.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCliInProcess } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = 'taiwannews-2020-10-us-china-crisis-talks';
const ARTICLE = readFileSync(join(ROOT, 'data', 'stories', SEED, 'article.txt'), 'utf8');
const cps = [...ARTICLE];

/** In-process: the same program, stdout, stderr and exit status as the binary, much faster. */
const cli = (...args: string[]) => runCliInProcess(args);

// biome-ignore lint/suspicious/noExplicitAny: the JSON of many commands, checked field by field below
async function cliJson(...args: string[]): Promise<any> {
  const r = await cli(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

interface Evidence {
  story: string;
  exact: string;
  start: number;
  end: number;
}

/** The quote is where its offsets (code points) say, in the seed article. */
function expectAnchored(e: Evidence) {
  expect(e.story).toBe(SEED);
  expect(cps.slice(e.start, e.end).join('')).toBe(e.exact);
}

describe('on data/ (the seed story)', () => {
  test('search 吳謙 finds person/wu-qian first', async () => {
    const results = await cliJson('search', '吳謙');
    expect(results[0]).toMatchObject({ id: 'person/wu-qian', type: 'person' });
    results[0].evidence.forEach(expectAnchored);
  });

  test('search --type keeps that type; the table prints a header', async () => {
    const results = await cliJson('search', 'Esper', '--type', 'person');
    expect(results[0].id).toBe('person/mark-esper');
    expect(results.every((r: { type: string }) => r.type === 'person')).toBe(true);
    const table = await cli('search', 'Esper');
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^id\s+type\s+label\s+score\s+matched/);
    expect(table.stdout).toContain('person/mark-esper');
  });

  test('search and claims --limit N: the first N (best first), and a note on stderr of how many more', async () => {
    const all = await cliJson('search', 'Esper');
    const two = await cli('search', 'Esper', '--limit', '2', '--json');
    expect(two.status).toBe(0);
    expect(JSON.parse(two.stdout)).toEqual(all.slice(0, 2));
    expect(two.stderr).toBe(`storygraph: warning: ${all.length - 2} more matches not shown (${all.length} in all; raise --limit)\n`);
    const claims = await cliJson('claims');
    const one = await cli('claims', '--limit', '1');
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(3); // header, rule, one claim
    expect(one.stdout).toContain(claims[0].id);
    expect(one.stderr).toMatch(new RegExp(`^storygraph: warning: ${claims.length - 1} more claims not shown`));
    const enough = await cli('claims', '--limit', String(claims.length));
    expect(enough.stderr).toBe('');
  });

  test('show by alias (CJK): relations carry factuality and anchored quotes', async () => {
    const shown = await cliJson('show', '吳謙');
    expect(shown.id).toBe('person/wu-qian');
    expect(shown.relations.length).toBeGreaterThan(0);
    for (const r of shown.relations) {
      expect(['in', 'out']).toContain(r.direction);
      expect(typeof r.factuality).toBe('string');
      r.evidence.forEach(expectAnchored);
    }
    expect((await cli('show', 'person/wu-qian')).stdout).toMatch(/^person\/wu-qian\s+Wu Qian\s+\(person\)/);
  });

  test('neighbors: every reported node is reached by a reported edge', async () => {
    const n = await cliJson('neighbors', 'Wu Qian', '--depth', '2');
    expect(n.center.id).toBe('person/wu-qian');
    const ends = new Set(n.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]));
    for (const node of n.nodes) expect(ends.has(node.id)).toBe(true);
    for (const e of n.edges) e.evidence.forEach(expectAnchored);
    const claimsOnly = await cliJson('neighbors', 'Wu Qian', '--type', 'claim');
    expect(claimsOnly.nodes.length).toBeGreaterThan(0);
    expect(claimsOnly.nodes.every((x: { type: string }) => x.type === 'claim')).toBe(true);
  });

  test('path Esper → Wu: consecutive steps, each with direction and an anchored quote', async () => {
    const r = await cliJson('path', 'Mark Esper', '吳謙', '--all', '--max', '3');
    expect(r.length).toBeGreaterThan(0);
    expect(r.paths.length).toBeGreaterThan(0);
    expect(r.paths.length).toBeLessThanOrEqual(3);
    for (const p of r.paths) {
      expect(p[0].from.id).toBe('person/mark-esper');
      expect(p.at(-1).to.id).toBe('person/wu-qian');
      p.forEach((s: { from: { id: string }; quote: Evidence }, i: number) => {
        if (i > 0) expect(s.from.id).toBe(p[i - 1].to.id);
        expectAnchored(s.quote);
      });
    }
    expect((await cli('path', 'Mark Esper', '吳謙')).stdout).toMatch(/shortest path/);
  });

  test('claims --speaker 吳謙: Wu speaks, the chain ends with the publisher', async () => {
    const claims = await cliJson('claims', '--speaker', '吳謙');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.speakers.map((s: { id: string }) => s.id)).toContain('person/wu-qian');
      expect(c.attribution[0].role).toBe('speaker');
      expect(c.attribution.at(-1).role).toBe('publisher');
      expectAnchored(c.cue);
    }
  });

  test('claims --via Reuters: through the Reuters report (a document Reuters published), after the speaker', async () => {
    const claims = await cliJson('claims', '--via', 'Reuters');
    expect(claims.map((c: { id: string }) => c.id)).toEqual(['claim/wu-talks-held-oct-28-29']);
    const channel = claims[0].attribution.find((l: { role: string }) => l.role === 'channel');
    expect(channel).toMatchObject({ agent: 'doc/reuters-report-wu-qian', type: 'document', level: 1, explicit: true });
  });

  test('claims --act: the denial is a deny, the "no intention" assurance a reassure, the silence a decline-to-comment told by the article', async () => {
    expect((await cliJson('claims', '--act', 'deny')).map((c: { id: string }) => c.id)).toEqual(['claim/esper-denies-drone-plan-report']);
    expect((await cliJson('claims', '--act', 'reassure')).map((c: { id: string }) => c.id)).toEqual(['claim/esper-no-intention-of-military-crisis']);
    const [silence] = await cliJson('claims', '--act', 'decline-to-comment');
    expect(silence.speakers.map((s: { label: string }) => s.label)).toEqual(['Taiwan News']);
    expect(silence.relations.find((r: { type: string }) => r.type === 'declined_by')?.other.label).toMatch(/Department of Defense/);
    const r = await cli('claims', '--act', 'gossip');
    expect(r.status).toBe(2);
  });

  test('claims: joint speakers share one level, printed together', async () => {
    const [urge] = await cliJson('claims', '--speaker', 'Mike Pompeo');
    expect(urge.speakers.map((s: { label: string }) => s.label)).toEqual(['Mark Esper', 'Mike Pompeo']);
    expect(urge.attribution.filter((l: { level: number }) => l.level === 0)).toHaveLength(2);
    const table = await cli('claims', '--speaker', 'Mike Pompeo');
    expect(table.stdout).toContain('Mark Esper & Mike Pompeo (speaker) < Taiwan News (publisher)');
  });

  test('show of a document: its publisher, what it reports and who cites it', async () => {
    const r = await cli('show', 'doc/reuters-report-wu-qian');
    expect(r.stdout).toContain('published by: Reuters (org/reuters)');
    expect(r.stdout).toMatch(/reports: .*claim\/wu-talks-held-oct-28-29/);
    expect(r.stdout).toMatch(/cited by: .*article\/taiwannews-2020-10-us-china-crisis-talks/);
    const photo = await cliJson('show', 'doc/reuters-photo-1');
    expect(photo.document.creditedTo.map((n: { label: string }) => n.label)).toEqual(['Reuters']);
    expect(photo.document.citedBy.map((n: { id: string }) => n.id)).toEqual(['article/taiwannews-2020-10-us-china-crisis-talks']);
  });

  test('search marks names from outside the text, with their source', async () => {
    const [pla] = await cliJson('search', 'PLA');
    expect(pla).toMatchObject({ id: 'org/chinese-military', matched: 'outside', text: 'PLA', outsideSource: expect.stringMatching(/abbreviation/) });
    const table = await cli('search', 'Reaper');
    expect(table.stdout).toMatch(/outside the text: "MQ-9 Reaper"/);
    const [own] = await cliJson('search', 'Pentagon');
    expect(own.matched).not.toBe('outside');
  });

  test('timeline: sorted by start (an open start at its end); November has planned video conferences', async () => {
    const all = await cliJson('timeline');
    const anchors = all.filter((e: { edtf: string | null }) => e.edtf).map((e: { min: string | null; max: string | null }) => e.min ?? e.max ?? '');
    expect(anchors).toEqual([...anchors].sort());
    const nov = await cliJson('timeline', '--from', '2020-11-01', '--to', '2020-11-30');
    expect(nov.some((e: { status: string }) => e.status === 'planned')).toBe(true);
    expect(nov.every((e: { edtf: string | null }) => e.edtf !== null)).toBe(true);
  });

  test('mentions 吳謙: code-point offsets and a context that contains the quote', async () => {
    const found = await cliJson('mentions', '吳謙');
    const cjk = found.find((m: Evidence) => m.exact === '吳謙');
    expect(cjk).toBeDefined();
    for (const m of found) {
      expectAnchored(m);
      expect(cps.slice(m.context.start, m.context.end).join('')).toBe(m.context.text);
      expect(m.context.start).toBeLessThanOrEqual(m.start);
      expect(m.context.end).toBeGreaterThanOrEqual(m.end);
    }
    expect((await cli('mentions', '吳謙')).stdout).toContain('[吳謙]');
  });
});

// A tiny story of our own: exact answers and a name that two nodes share.
let tiny: string;
beforeAll(async () => {
  tiny = mkdtempSync(join(tmpdir(), 'storygraph-queries-'));
  const dir = join(tiny, 'stories', 'tiny');
  mkdirSync(dir, { recursive: true });
  const text = 'Tiny talks\n\nLi Wei met Li Wei in Hanoi.\n';
  writeFileSync(join(dir, 'article.txt'), text);
  writeFileSync(
    join(dir, 'story.json'),
    JSON.stringify({
      id: 'tiny',
      title: 'Tiny talks',
      publisher: 'org/tiny-news',
      published: { edtf: '2020-10-29', inferred: false },
      language: 'en',
      sha256: createHash('sha256').update(text).digest('hex'),
    }),
  );
  const kb = { status: 'unlinked', reason: 'test' };
  writeFileSync(
    join(dir, 'annotations.json'),
    JSON.stringify({
      article: { id: 'article/tiny', mentions: [{ exact: 'Tiny talks' }] },
      nodes: [
        {
          id: 'org/tiny-news',
          type: 'organization',
          label: 'Tiny News',
          outsideNames: [{ name: 'Tiny News', source: 'a fixture' }],
          mentions: [{ exact: 'Tiny' }],
          kb,
        },
        { id: 'person/li-wei-a', type: 'person', label: 'Li Wei', mentions: [{ exact: 'Li Wei', suffix: ' met' }], kb },
        { id: 'person/li-wei-b', type: 'person', label: 'Li Wei', mentions: [{ exact: 'Li Wei', suffix: ' in' }], kb },
        { id: 'city/hanoi', type: 'city', label: 'Hanoi', mentions: [{ exact: 'Hanoi' }], kb },
        {
          id: 'event/meeting',
          type: 'event',
          eventType: 'meeting',
          label: 'The meeting',
          mentions: [{ exact: 'met' }],
          factuality: 'asserted',
          time: { edtf: '2020-10-28', expression: 'yesterday' },
        },
      ],
      relations: [
        { id: 'rel/a', type: 'participant', source: 'event/meeting', target: 'person/li-wei-a', evidence: [{ exact: 'Li Wei met' }], factuality: 'asserted' },
        { id: 'rel/b', type: 'participant', source: 'event/meeting', target: 'person/li-wei-b', evidence: [{ exact: 'met Li Wei' }], factuality: 'asserted' },
        { id: 'rel/c', type: 'location', source: 'event/meeting', target: 'city/hanoi', evidence: [{ exact: 'in Hanoi' }], factuality: 'asserted' },
      ],
    }),
  );
  const v = await cli('validate', '--data', tiny);
  if (v.status !== 0) throw new Error(`the tiny story does not validate: ${v.stdout}${v.stderr}`);
});
afterAll(() => rmSync(tiny, { recursive: true, force: true }));

describe('on a tiny story', () => {
  test('exact answers', async () => {
    expect((await cliJson('search', 'hanoi', '--data', tiny)).map((r: { id: string }) => r.id)).toEqual(['city/hanoi']);
    expect((await cliJson('neighbors', 'hanoi', '--depth', '2', '--data', tiny)).nodes.map((n: { id: string }) => n.id)).toEqual([
      'event/meeting',
      'person/li-wei-a',
      'person/li-wei-b',
    ]);
    expect(
      (await cliJson('path', 'li-wei-a', 'li-wei-b', '--data', tiny)).paths[0].map((s: { edge: string; direction: string }) => `${s.edge} ${s.direction}`),
    ).toEqual(['rel/a backward', 'rel/b forward']);
    expect((await cliJson('timeline', '--data', tiny)).map((e: { id: string; status: string }) => `${e.id} ${e.status}`)).toEqual(['event/meeting past']);
  });

  test('an ambiguous name lists the candidates', async () => {
    const r = await cli('show', 'Li Wei', '--data', tiny);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^storygraph: name-ambiguous: .*person\/li-wei-a.*person\/li-wei-b/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  test.each([
    [['show', 'Nobody At All'], /name-unknown/],
    [['show', 'Mark Espr'], /name-unknown: .*did you mean person\/mark-esper/],
    [['mentions', 'zzzz-nothing'], /name-unknown/],
    [['path', 'Mark Esper', 'Nobody At All'], /name-unknown/],
    [['path', 'Mark Esper', '吳謙', '--all', '--max', '0'], /--max/],
    [['path', 'Mark Esper'], /missing required argument/],
    [['neighbors', 'Mark Esper', '--depth', '0'], /--depth/],
    [['neighbors', 'Mark Esper', '--depth', 'two'], /--depth/],
    [['neighbors', 'Mark Esper', '--depth', '1.5'], /--depth/],
    [['neighbors', 'Mark Esper', '--depth', '99'], /--depth/],
    [['neighbors', 'Mark Esper', '--type', 'people'], /--type.*Allowed choices/],
    [['neighbors', 'Mark Esper', '--relation', 'knows'], /--relation.*Allowed choices/],
    [['neighbors', 'Mark Esper', '--factuality', 'true'], /--factuality.*Allowed choices/],
    [['search', 'Esper', '--type', 'human'], /--type.*Allowed choices/],
    [['search', 'Esper', '--limit', '0'], /--limit.*whole number from 1/],
    [['claims', '--limit', 'ten'], /--limit.*whole number from 1/],
    [['search', '...'], /bad-option/],
    [['claims', '--speaker', 'Nobody At All'], /name-unknown/],
    [['claims', '--via', 'Nobody At All'], /name-unknown/],
    [['claims', '--about', 'Nobody At All'], /name-unknown/],
    [['claims', '--factuality', 'maybe'], /--factuality.*Allowed choices/],
    [['timeline', '--from', 'last week'], /bad-date/],
    [['timeline', '--to', '2020-13-45'], /bad-date/],
    [['timeline', '--from', '2020-12', '--to', '2020-11'], /bad-date/],
  ])('%j', async (args, message) => {
    const r = await cli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at |node:internal/m);
  });
});
