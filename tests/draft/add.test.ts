// storygraph add / draft (issue 11): every bad input is a coded error with nothing written; a
// draft validates at once, carries its marks, and stats, --curated-only, the exports and a
// re-draft tell drafts from curated elements; the seed stays curated.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, STACK_TRACE, runCli } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'storygraph-add-'));
  dirs.push(d);
  return d;
};
const FIX = join(ROOT, 'tests', 'fixtures', 'draft');
const SEED = join(ROOT, 'data', 'stories', 'taiwannews-2020-10-us-china-crisis-talks');

function article(dir: string, name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const storyFolders = (data: string) => (existsSync(join(data, 'stories')) ? readdirSync(join(data, 'stories')) : []);

describe('bad input: a coded error, a non-zero exit, nothing written', () => {
  const cases: [string, (d: string) => string[], string, number][] = [
    ['not UTF-8', (d) => [article(d, 'a.txt', Buffer.from([0x48, 0x69, 0xff, 0x0a]))], 'article-not-utf8', 1],
    ['empty', (d) => [article(d, 'a.txt', '  \n')], 'article-empty', 1],
    ['binary', (d) => [article(d, 'a.txt', Buffer.from('PK\u0003\u0004\u0000\u0000text'))], 'article-binary', 1],
    ['over 1 MB', (d) => [article(d, 'a.txt', 'word '.repeat(220_000))], 'article-too-large', 1],
    ['unreadable (missing)', (d) => [join(d, 'nope.txt')], 'article-unreadable', 1],
    ['unreadable (a folder)', (d) => [d], 'article-unreadable', 1],
    ['an id that is not a slug', (d) => [article(d, 'a.txt', 'Title\n\nText.'), '--id', 'Not A Slug'], 'invalid-story-id', 2],
    ['no id', (d) => [article(d, 'a.txt', 'Title\n\nText.')], 'story-id-missing', 2],
    ['a bad --published', (d) => [article(d, 'a.txt', 'Title\n\nText.'), '--id', 'x', '--published', 'soon'], 'invalid-edtf', 2],
  ];
  for (const [name, args, code, exit] of cases) {
    it(name, () => {
      const d = temp();
      const data = join(d, 'data');
      const r = runCli(['add', ...args(d), ...(args(d).includes('--id') ? [] : ['--id', 'x']).filter(() => code !== 'story-id-missing'), '--data', data]);
      expect(r.status).toBe(exit);
      expect(r.stderr).toContain(code);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(storyFolders(data)).toEqual([]);
    });
  }

  it('an id that exists: refused without --replace, the old story untouched; replaced with it', () => {
    const data = join(temp(), 'data');
    const a = article(temp(), 'a.txt', 'First title\n\nHANOI (Test Wire) — Mark Esper said on Friday that talks went well.\n');
    expect(runCli(['add', a, '--id', 'x', '--data', data]).status).toBe(0);
    const before = readFileSync(join(data, 'stories', 'x', 'article.txt'), 'utf8');
    const b = article(temp(), 'b.txt', 'Second title\n\nText about Vietnam.\n');
    const r = runCli(['add', b, '--id', 'x', '--data', data]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('story-exists');
    expect(readFileSync(join(data, 'stories', 'x', 'article.txt'), 'utf8')).toBe(before);
    expect(runCli(['add', b, '--id', 'x', '--replace', '--data', data]).status).toBe(0);
    expect(readFileSync(join(data, 'stories', 'x', 'article.txt'), 'utf8')).toContain('Second title');
    expect(storyFolders(data)).toEqual(['x']); // no hidden temp folder left
  });

  it('a batch with one bad file writes none of them', () => {
    const d = temp();
    const data = join(d, 'data');
    const good = article(d, 'good.txt', 'Title\n\nText about Japan.\n');
    const bad = article(d, 'bad.txt', '');
    const r = runCli(['add', good, bad, '--id-from-filename', '--data', data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('article-empty');
    expect(storyFolders(data)).toEqual([]);
  });
});

describe('a draft', () => {
  const data = join(temp(), 'data');
  mkdirSync(join(data, 'stories'), { recursive: true });
  cpSync(SEED, join(data, 'stories', 'seed-copy'), { recursive: true });
  // The copy keeps its id in story.json; give it the folder's.
  const meta = JSON.parse(readFileSync(join(data, 'stories', 'seed-copy', 'story.json'), 'utf8'));
  writeFileSync(join(data, 'stories', 'seed-copy', 'story.json'), JSON.stringify({ ...meta, id: 'seed-copy' }));
  const files = readdirSync(FIX)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(FIX, f));
  const added = runCli(['add', ...files, '--id-from-filename', '--published', '2021-02-10', '--data', data, '--json']);

  it('is written for each file byte-for-byte, and validates at once', () => {
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    for (const f of files) {
      const id = f
        .split('/')
        .pop()!
        .replace(/\.txt$/, '');
      expect(readFileSync(join(data, 'stories', id, 'article.txt'))).toEqual(readFileSync(f));
    }
    const v = runCli(['validate', '--data', data]);
    expect(v.stderr).toBe('');
    expect(v.stdout).toMatch(/^ok: 4 stories/);
  });

  it('marks every drafted element with origin and confidence; the dateline gives place and publisher', () => {
    const ann = JSON.parse(readFileSync(join(data, 'stories', 'dateline-titles', 'annotations.json'), 'utf8'));
    const story = JSON.parse(readFileSync(join(data, 'stories', 'dateline-titles', 'story.json'), 'utf8'));
    expect(story).toMatchObject({ title: 'Navy chiefs meet in Manila as patrols grow', dateline: 'MANILA', publisher: 'org/harbour-wire' });
    for (const x of [...ann.nodes, ...ann.relations]) {
      expect(x.draft.origin).toBeTypeOf('string');
      expect(x.draft.confidence).toBeGreaterThan(0);
    }
    for (const n of ann.nodes) for (const m of n.mentions) expect(m.draft).toBeDefined();
  });

  it('splits titles from names (holds_office) and joins surname-only mentions to the full name', () => {
    const ann = JSON.parse(readFileSync(join(data, 'stories', 'dateline-titles', 'annotations.json'), 'utf8'));
    const tanaka = ann.nodes.find((n: { id: string }) => n.id === 'person/emi-tanaka');
    expect(tanaka.label).toBe('Emi Tanaka');
    expect(tanaka.mentions.map((m: { exact: string; kind: string }) => `${m.exact}:${m.kind}`)).toEqual([
      'Foreign Minister:title',
      'Emi Tanaka:name',
      'Tanaka:short',
    ]);
    const office = ann.relations
      .filter((r: { type: string }) => r.type === 'holds_office')
      .map((r: { source: string; target: string }) => `${r.source}>${r.target}`);
    expect(office).toContain('person/emi-tanaka>country/japan');
    expect(office).toContain('person/ramon-castillo>country/philippines');
  });

  it('reads nested attribution: a channel that cites a speaker stays in the chain', () => {
    const ann = JSON.parse(readFileSync(join(data, 'stories', 'nested-attribution', 'annotations.json'), 'utf8'));
    const claims = ann.nodes.filter((n: { type: string }) => n.type === 'claim');
    const chains = claims.map((c: { attribution: { agents: string[] }[] }) => c.attribution.map((l) => l.agents.join('+')).join('>'));
    expect(chains).toContain('person/grace-lim>org/yonhap>org/harbour-wire');
    const added = claims.find((c: { cue: { exact: string } }) => c.cue.exact === 'Lim added');
    expect(added.quote.exact).toBe('no plan to change course');
  });

  it('keeps CJK names as aliases, family name first for the short form', () => {
    const ann = JSON.parse(readFileSync(join(data, 'stories', 'cjk-names', 'annotations.json'), 'utf8'));
    const lin = ann.nodes.find((n: { id: string }) => n.id === 'person/lin-meihua');
    expect(lin.aliases).toEqual(expect.arrayContaining(['林美華', 'Lin']));
    expect(lin.mentions.filter((m: { exact: string }) => m.exact === '林美華')).toHaveLength(2);
    const times = ann.nodes.flatMap((n: { time?: { edtf: string; expression: string } }) => (n.time ? [`${n.time.expression}=${n.time.edtf}`] : []));
    expect(times).toContain('before the end of the year=../2021-12-31');
  });

  it("merges with the corpus: the seed's entities are mentioned by id", () => {
    const ann = JSON.parse(readFileSync(join(data, 'stories', 'cjk-names', 'annotations.json'), 'utf8'));
    expect(ann.nodes.find((n: { id: string }) => n.id === 'city/taipei').draft.origin).toBe('corpus');
  });

  it('stats counts drafts awaiting review; --curated-only leaves them out', () => {
    const s = runCli(['stats', '--data', data]);
    expect(s.stdout).toMatch(/\n\d+ drafted, awaiting review/);
    const all = JSON.parse(runCli(['search', 'Tanaka', '--data', data, '--json']).stdout);
    expect(all.length).toBeGreaterThan(0);
    const curated = runCli(['search', 'Tanaka', '--data', data, '--json', '--curated-only']);
    expect(curated.stdout.includes('person/emi-tanaka')).toBe(false);
    const esper = JSON.parse(runCli(['search', 'Esper', '--data', data, '--json', '--curated-only']).stdout);
    expect(JSON.stringify(esper)).toContain('person/mark-esper');
  });

  it('exports keep the mark (graphology JSON, Turtle)', () => {
    const g = JSON.parse(runCli(['export', '--format', 'graphology', '--data', data]).stdout);
    const tanaka = g.nodes.find((n: { key: string }) => n.key === 'person/emi-tanaka');
    expect(tanaka.attributes.draft).toMatchObject({ origin: 'nlp' });
    const ttl = runCli(['export', '--format', 'turtle', '--data', data]).stdout;
    expect(ttl).toMatch(/draftOrigin/);
  });

  it('draft --replace keeps curated and reviewed elements and never brings back a rejected one', () => {
    const file = join(data, 'stories', 'dateline-titles', 'annotations.json');
    const ann = JSON.parse(readFileSync(file, 'utf8'));
    const castillo = ann.nodes.find((n: { id: string }) => n.id === 'person/ramon-castillo');
    castillo.draft.review = 'corrected';
    castillo.label = 'Ramon Castillo (corrected)';
    castillo.outsideNames = [...(castillo.outsideNames ?? []), { name: castillo.label, source: "curator's correction" }];
    ann.nodes = ann.nodes.filter((n: { id: string }) => n.id !== 'person/emi-tanaka');
    ann.relations = ann.relations.filter((r: { source: string; target: string }) => r.source !== 'person/emi-tanaka' && r.target !== 'person/emi-tanaka');
    ann.nodes = ann.nodes.filter(
      (n: { type: string; attribution?: { agents: string[] }[] }) => !(n.attribution ?? []).some((l) => l.agents.includes('person/emi-tanaka')),
    );
    ann.rejected = [{ element: 'person/emi-tanaka', note: 'test' }];
    writeFileSync(file, JSON.stringify(ann));
    const r = runCli(['draft', 'dateline-titles', '--replace', '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after.nodes.find((n: { id: string }) => n.id === 'person/emi-tanaka')).toBeUndefined();
    expect(after.nodes.find((n: { id: string }) => n.id === 'person/ramon-castillo').label).toBe('Ramon Castillo (corrected)');
    expect(after.rejected).toEqual([{ element: 'person/emi-tanaka', note: 'test' }]);
    expect(runCli(['validate', '--data', data]).status).toBe(0);
  });
});

it('the seed story stays curated: no draft marks in data/', () => {
  const text = readFileSync(join(SEED, 'annotations.json'), 'utf8');
  expect(text).not.toContain('"draft"');
});
