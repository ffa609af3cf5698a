// The corpus commands (stories, sources, compare) and --story on every query, in-process, on the
// seed story with the three short fixture stories that retell parts of it.
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE, runCliInProcess } from '../support/cli.js';
import { DAILY, SEED, TIMES, WIRE, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';

afterAll(removeCorpusDirs);
const DATA = corpusDataDir();
const cli = (...args: string[]) => runCliInProcess([...args, '--data', DATA]);

describe('storygraph stories', () => {
  it('prints the corpus table and the same rows as JSON', async () => {
    const text = await cli('stories');
    expect(text.status, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^story\s+published\s+publisher\s+title\s+nodes\s+events\s+claims\s+relations\s+quotes\s+shared\s+drafts\s+coverage$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual([SEED, WIRE, DAILY, TIMES]);
    expect(text.stdout).toMatch(/testwire-2020-10-29-crisis-talks\s+2020-10-29\s+Test Wire/);
    const json = await cli('stories', '--json');
    expect((JSON.parse(json.stdout) as { id: string }[]).map((r) => r.id)).toEqual([SEED, WIRE, DAILY, TIMES]);
  });
});

describe('storygraph sources', () => {
  it('shows every story that mentions Wu Qian, how it refers to him and what it says', async () => {
    const r = await cli('sources', 'Wu Qian');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^person\/wu-qian {2}Wu Qian {2}\(person\): in 4 stories$/m);
    expect([...r.stdout.matchAll(/^== (\S+)/gm)].map((m) => m[1])).toEqual([SEED, WIRE, DAILY, TIMES]);
    expect(r.stdout).toContain('refers to it as: "Wu Qian" (name), "a spokesman for China\'s defence ministry" (title)');
    expect(r.stdout).toMatch(/claim\/testtimes-wu-humanitarian-aid-date\s+speaker\s+reported/);
  });
  it("gives an event's factuality per story", async () => {
    const r = await cli('sources', 'event/us-review-of-drone-strike-plan', '--json');
    const data = JSON.parse(r.stdout) as { stories: { story: { id: string }; annotation: { factuality: string } }[] };
    expect(data.stories.map((s) => [s.story.id, s.annotation.factuality])).toEqual([
      [SEED, 'denied'],
      [DAILY, 'asserted'],
    ]);
  });
  it('an unknown name is a usage error with suggestions', async () => {
    const r = await cli('sources', 'Wu Qain');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Wu Qian/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('storygraph compare', () => {
  it('prints the contrasts of the seed and the rewrite', async () => {
    const r = await cli('compare', SEED, DAILY);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^event\/us-review-of-drone-strike-plan\s+denied\s+asserted\s+A denies, B asserts$/m);
    expect(r.stdout).toMatch(/^event\/agreement-on-crisis-communication-mechanisms\s+reported\s+asserted\s+A reports, B asserts$/m);
    expect(r.stdout).toMatch(/who B quotes \(1\)\n.*\n.*\nMark Esper\s+Wu Qian, Test Wire\s+1\s+reported/);
  });
  it('finds the date the follow-up gives against the seed', async () => {
    const r = await cli('compare', 'taiwannews', 'testtimes');
    expect(r.stdout).toMatch(/event\/video-conference-humanitarian-aid\s+2020-11-11~\/2020-11-20~ \("mid-November"\)\s+2020-11-24 \("on Nov. 24"\)\s+disagree/);
  });
  it("JSON is the query's result", async () => {
    const r = await cli('compare', WIRE, DAILY, '--json');
    const data = JSON.parse(r.stdout) as { a: { id: string }; factuality: { node: { id: string }; a: string; b: string }[] };
    expect(data.a.id).toBe(WIRE);
    expect(data.factuality.find((f) => f.node.id === 'event/us-china-crisis-communication-talks')).toMatchObject({ a: 'reported', b: 'asserted' });
  });
  it.each([
    ['nope', /no story "nope"/],
    ['test', /"test" names 3 stories/],
  ])('%s is a usage error (exit 2, one line)', async (name, message) => {
    const r = await cli('compare', name, SEED);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/story-unknown/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
  it('a missing story argument is a usage error', async () => {
    expect((await cli('compare', SEED)).status).toBe(2);
  });
});

describe('--story on every query', () => {
  const queries: [string, ...string[]][] = [
    ['search', 'Wu'],
    ['show', 'Wu Qian'],
    ['neighbors', 'Wu Qian'],
    ['path', 'Wu Qian', 'Mark Esper'],
    ['claims'],
    ['timeline'],
    ['mentions', 'Wu Qian'],
    ['stats'],
    ['coverage', '--all'],
  ];
  it.each(queries)('%s --story answers about that story alone', async (...args) => {
    const r = await cli(...args, '--story', DAILY, '--json');
    expect(r.status, r.stderr).toBe(0);
    const json = r.stdout;
    for (const other of [SEED, WIRE, TIMES]) expect(json).not.toContain(`"story":"${other}"`);
    expect(json).not.toMatch(/"story": ?"taiwannews|"story": ?"testwire|"story": ?"testtimes/);
  });
  it.each(queries)('%s --story with an unknown story is a usage error', async (...args) => {
    const r = await cli(...args, '--story', 'nope');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no story "nope"/);
  });
  it("claims --story lists only that story's claims; the table names each quote's story in a corpus", async () => {
    const one = await cli('claims', '--story', 'testdaily');
    expect(
      one.stdout
        .trimEnd()
        .split('\n')
        .slice(2)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['claim/testdaily-esper-no-intention']);
    const all = await cli('claims', '--speaker', 'Wu Qian');
    for (const line of all.stdout.trimEnd().split('\n').slice(2)) expect(line).toMatch(/(taiwannews|testwire|testdaily|testtimes)-[\w-]+: "/);
  });
  it('the seed alone keeps its tables as they were (no story in quote cells)', async () => {
    const r = await runCliInProcess(['claims', '--speaker', 'Wu Qian']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain(SEED);
  });
  it('timeline across stories says which stories date each entry', async () => {
    const r = await cli('timeline', '--from', '2020-11-10', '--to', '2020-11-30');
    expect(r.stdout.split('\n')[0]).toMatch(/dated by$/);
    expect(r.stdout).toMatch(/event\/video-conference-humanitarian-aid .* taiwannews-2020-10-us-china-crisis-talks: 2020-11-1/);
    // The publication dates: every story named, in publication order.
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      `published: ${SEED}: [2020-10-29,2020-10-30] (inferred); ${WIRE}: 2020-10-29; ${DAILY}: 2020-10-30; ${TIMES}: 2020-11-09`,
    );
    const json = JSON.parse((await cli('timeline', '--from', '2020-11-10', '--to', '2020-11-30', '--json')).stdout) as {
      id: string;
      datedBy: { story: string; edtf: string }[];
    }[];
    expect(json.find((e) => e.id === 'event/video-conference-humanitarian-aid')?.datedBy).toEqual([
      {
        story: SEED,
        edtf: '2020-11-11~/2020-11-20~',
        expression: 'mid-November',
        factuality: 'planned',
        quotes: [{ story: SEED, exact: 'mid-November', start: 1509, end: 1521 }],
      },
      {
        story: TIMES,
        edtf: '2020-11-24',
        expression: 'on Nov. 24',
        factuality: 'planned',
        quotes: [{ story: TIMES, exact: 'on Nov. 24', start: 170, end: 180 }],
      },
    ]);
  });
});
