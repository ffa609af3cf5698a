// A crash half-way through `add` or `draft` (issue 11) leaves no story folder behind and the data
// folder exactly as it was: a failure at any step (STORYGRAPH_CRASH_AT, a thrown error) undoes the
// run; a kill (SIGKILL, no clean-up runs) leaves only hidden folders the loader skips, and the
// next run sweeps them, putting back a story that was being replaced.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'storygraph-add-crash-'));
  dirs.push(d);
  return d;
};
const EXISTING = 'testwire-2020-11-esper-hanoi';

/** Every file and folder under dir (hidden ones too), with a hash of each file's bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = 'dir';
        walk(p);
      } else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A data folder holding one curated story, and two short articles of our own. */
function setup() {
  const d = temp();
  const data = join(d, 'data');
  cpSync(join(ROOT, 'tests', 'fixtures', 'stories-merge', 'stories', EXISTING), join(data, 'stories', EXISTING), { recursive: true });
  const a = join(d, 'harbour-talks.txt');
  writeFileSync(
    a,
    'Ministers meet on harbour dues\n\nOSLO (Test Wire) — Norway and Sweden held talks on harbour dues on Tuesday, Foreign Minister Anna Berg said.\n',
  );
  const b = join(d, 'river-visit.txt');
  writeFileSync(
    b,
    'Minister visits river towns\n\nVIENNA (Test Wire) — Austria will host a summit on river shipping in mid-March, officials said on Monday.\n',
  );
  return { d, data, a, b };
}
const crash = (at: string) => ({ env: { STORYGRAPH_CRASH_AT: at } });

beforeAll(() => {
  // The seam works: without it the same commands succeed (so a failure below is the crash's).
  const { data, a } = setup();
  expect(runCli(['add', a, '--id', 'harbour', '--data', data]).status).toBe(0);
});

describe('a failure half-way undoes the run', () => {
  const cases: [string, string, (s: ReturnType<typeof setup>) => string[]][] = [
    ['after the article is written, before annotations.json', 'article-written', (s) => ['add', s.a, '--id', 'harbour']],
    ['after a story is staged and checked, before it is renamed in', 'story-staged', (s) => ['add', s.a, '--id', 'harbour']],
    ['in a batch, once the first story is staged and the second half-written', 'article-written@2', (s) => ['add', s.a, s.b, '--id-from-filename']],
    ['replacing a story, after the old one is moved aside', 'old-moved-aside', (s) => ['add', s.a, '--id', EXISTING, '--replace']],
    ['re-drafting a story, after the article is written', 'article-written', () => ['draft', EXISTING, '--replace']],
    ['re-drafting a story, after the old one is moved aside', 'old-moved-aside', () => ['draft', EXISTING, '--replace']],
  ];
  for (const [name, at, args] of cases) {
    it(name, () => {
      const s = setup();
      const before = snapshot(s.d);
      const r = runCli([...args(s), '--data', s.data], crash(at));
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(`simulated crash at ${at.split('@')[0]}`);
      expect(snapshot(s.d)).toEqual(before);
    });
  }

  it('a run that creates the data folder removes it again', () => {
    const s = setup();
    const fresh = join(s.d, 'fresh-data');
    const before = snapshot(s.d);
    expect(runCli(['add', s.a, '--id', 'harbour', '--data', fresh], crash('article-written')).status).not.toBe(0);
    expect(snapshot(s.d)).toEqual(before);
  });
});

describe('a kill half-way (SIGKILL, no clean-up)', () => {
  const visible = (data: string) => readdirSync(join(data, 'stories')).filter((n) => !n.startsWith('.'));

  it('leaves no story folder; validate passes; the next run sweeps the hidden leftover', () => {
    const s = setup();
    const before = snapshot(s.d);
    const r = runCli(['add', s.a, '--id', 'harbour', '--data', s.data], crash('article-written:kill'));
    expect(r.signal).toBe('SIGKILL');
    expect(visible(s.data)).toEqual([EXISTING]);
    expect(readdirSync(join(s.data, 'stories')).some((n) => n.startsWith('.add-harbour-'))).toBe(true);
    expect(runCli(['validate', '--data', s.data]).status).toBe(0);
    // The next run: the leftover goes, the new story comes, nothing else changes.
    expect(runCli(['add', s.b, '--id', 'river', '--data', s.data]).status).toBe(0);
    const after = snapshot(s.d);
    const added = Object.keys(after).filter((k) => !(k in before));
    expect(added.every((k) => k.startsWith('data/stories/river/'))).toBe(true);
    expect(Object.fromEntries(Object.entries(after).filter(([k]) => k in before))).toEqual(before);
  });

  it('while replacing a story: the next run puts the old story back', () => {
    const s = setup();
    const before = snapshot(s.d);
    const r = runCli(['add', s.a, '--id', EXISTING, '--replace', '--data', s.data], crash('old-moved-aside:kill'));
    expect(r.signal).toBe('SIGKILL');
    expect(visible(s.data)).toEqual([]);
    expect(runCli(['add', s.b, '--id', 'river', '--data', s.data]).status).toBe(0);
    const after = snapshot(s.d);
    expect(
      Object.keys(after)
        .filter((k) => !(k in before))
        .every((k) => k.startsWith('data/stories/river/')),
    ).toBe(true);
    expect(Object.fromEntries(Object.entries(after).filter(([k]) => k in before))).toEqual(before);
  });
});
