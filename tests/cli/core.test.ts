// The core commands: validate, usage errors (exit 2) and export (deterministic, atomic --out) as
// processes; stats and coverage in-process; a golden export of the merge fixture, and invariants
// of data/.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evidenceSpans } from '../../src/graph/evidence-spans.js';
import { baseStory, dataDirWith, removeTempDirs, set, tempDir } from '../support/base-story.js';
import { ROOT, STACK_TRACE, lines, runCli, runCliInProcess } from '../support/cli.js';

afterAll(removeTempDirs);

const DATA = join(ROOT, 'data');
const MERGE = join(ROOT, 'tests', 'fixtures', 'stories-merge');
const GOLDEN = join(MERGE, 'golden', 'graphology.json');

const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);

interface Exported {
  attributes: { stories: { id: string; text: string }[] };
  nodes: { key: string; attributes: { evidence: unknown[] } }[];
  edges: { key: string; attributes: { evidence: unknown[] } }[];
}

function exportJson(data: string): { text: string; graph: Exported } {
  const r = runCli(['export', '--format', 'graphology', '--data', data]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { text: r.stdout, graph: JSON.parse(r.stdout) as Exported };
}

describe('validate', () => {
  it('prints a one-line summary for data/ and exits 0', () => {
    const r = runCli(['validate', '--data', DATA]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok: \d+ stor(y|ies), \d+ nodes, \d+ edges, \d+ evidence quotes resolved\n$/);
    expect(r.status).toBe(0);
  });

  it('finds the project data/ from any working directory', () => {
    const r = runCli(['validate'], { cwd: tempDir() });
    expect(r.stdout).toBe(runCli(['validate', '--data', DATA]).stdout);
    expect(r.status).toBe(0);
  });
});

describe('usage errors exit 2 with one line and no stack trace', () => {
  it.each([
    ['an unknown command', ['frobnicate'], /^storygraph: error: unknown command 'frobnicate'/],
    ['a bad --format choice', ['export', '--format', 'pdf'], /^storygraph: error: option '--format <format>' argument 'pdf' is invalid\. Allowed choices are /],
    ['an unknown option', ['validate', '--verbose'], /^storygraph: error: unknown option '--verbose'/],
    ['an option without its value', ['validate', '--data'], /^storygraph: error: option '--data <dir>' argument missing/],
  ])('%s', (_, args, message) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('--help exits 0', () => {
    expect(runCli(['validate', '--help']).status).toBe(0);
  });
});

describe('stats --json', () => {
  it('counts add up to the graph order and size', async () => {
    const r = await runCliInProcess(['stats', '--json', '--data', DATA]);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as {
      stories: number;
      nodes: number;
      edges: number;
      evidence: number;
      nodeTypes: Record<string, number>;
      relationTypes: Record<string, number>;
      factuality: { nodes: Record<string, number>; edges: Record<string, number> };
    };
    const { graph } = exportJson(DATA);
    expect(s.nodes).toBe(graph.nodes.length);
    expect(s.edges).toBe(graph.edges.length);
    expect(s.stories).toBe(graph.attributes.stories.length);
    expect(sum(s.nodeTypes)).toBe(s.nodes);
    expect(sum(s.relationTypes)).toBe(s.edges);
    expect(sum(s.factuality.edges)).toBe(s.edges);
    expect(sum(s.factuality.nodes)).toBeLessThanOrEqual(s.nodes);
    expect(s.evidence).toBe([...graph.nodes, ...graph.edges].reduce((n, x) => n + x.attributes.evidence.length, 0));
  });
});

describe('coverage --json', () => {
  it('the status counts add up to the sentences of each story', async () => {
    const r = await runCliInProcess(['coverage', '--json', '--data', DATA]);
    expect(r.status, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as {
      stories: { id: string; sentences: number; covered: number; leftOut: number; uncovered: number }[];
      sentences: { status: string }[];
    };
    expect(c.stories.find((s) => s.id === 'taiwannews-2020-10-us-china-crisis-talks')?.sentences).toBe(13);
    for (const s of c.stories) expect(s.covered + s.leftOut + s.uncovered).toBe(s.sentences);
    expect(c.sentences.every((s) => s.status === 'uncovered')).toBe(true);
    expect(c.sentences).toHaveLength(c.stories.reduce((n, s) => n + s.uncovered, 0));
    const all = JSON.parse((await runCliInProcess(['coverage', '--json', '--all', '--data', DATA])).stdout) as typeof c;
    expect(all.sentences).toHaveLength(c.stories.reduce((n, s) => n + s.sentences, 0));
  });

  it('on the merge fixture: every sentence covered except the one left out', async () => {
    const c = JSON.parse((await runCliInProcess(['coverage', '--json', '--data', MERGE])).stdout) as unknown;
    expect(c).toEqual({ stories: [{ id: 'testwire-2020-11-esper-hanoi', sentences: 7, covered: 6, leftOut: 1, uncovered: 0 }], sentences: [] });
  });
});

describe('export --format graphology', () => {
  it('is deterministic: two runs give the same bytes', () => {
    const a = exportJson(DATA).text;
    const b = exportJson(DATA).text;
    expect(a.length).toBeGreaterThan(1000);
    expect(a === b).toBe(true);
  });

  it('--out FILE writes what stdout would get, and prints nothing', () => {
    const out = join(tempDir(), 'graph.json');
    const r = runCli(['export', '--format', 'graphology', '--data', MERGE, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(exportJson(MERGE).text);
    expect(readdirSync(join(out, '..'))).toEqual(['graph.json']); // no temp file left
  });

  it.each([
    [
      'whose folder is a file',
      (dir: string) => {
        writeFileSync(join(dir, 'file'), 'x');
        return join(dir, 'file', 'graph.json');
      },
      /ENOTDIR/,
    ],
    ['whose folder does not exist', (dir: string) => join(dir, 'missing', 'graph.json'), /ENOENT/],
  ])('an unwritable --out path (%s) exits 1 with one line and leaves no file', (_, target, reason) => {
    const dir = tempDir();
    const out = target(dir);
    const before = readdirSync(dir);
    const r = runCli(['export', '--format', 'graphology', '--data', MERGE, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^storygraph: output-not-writable: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write \\(`)),
    ]);
    expect(r.stderr).toMatch(reason);
    expect(readdirSync(dir)).toEqual(before);
  });

  it('--out to a folder fails cleanly and leaves the folder alone', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'graph.json'));
    writeFileSync(join(dir, 'graph.json', 'keep.txt'), 'keep');
    const r = runCli(['export', '--format', 'graphology', '--data', MERGE, '--out', join(dir, 'graph.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(lines(r.stderr)).toEqual([`storygraph: output-is-directory: ${join(dir, 'graph.json')}: is a directory`]);
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readdirSync(join(dir, 'graph.json'))).toEqual(['keep.txt']);
  });

  it('bad data writes no output file, and leaves an old one untouched', () => {
    const fx = baseStory();
    set(fx.annotations, ['relations', 0, 'target'], 'person/nobody');
    const dir = tempDir();
    const out = join(dir, 'graph.json');
    const r1 = runCli(['export', '--format', 'graphology', '--data', dataDirWith(fx), '--out', out]);
    expect(r1.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'old');
    runCli(['export', '--format', 'graphology', '--data', dataDirWith(fx), '--out', out]);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('matches the golden export of the merge fixture (UPDATE_GOLDEN=1 rewrites it)', () => {
    const { text } = exportJson(MERGE);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(join(GOLDEN, '..'), { recursive: true });
      writeFileSync(GOLDEN, text);
    }
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('invariants of data/ (the annotations are still growing, so no golden file)', () => {
  const { graph } = exportJson(DATA);
  const texts = new Map(graph.attributes.stories.map((s) => [s.id, Array.from(s.text)]));

  it('every node and every edge has at least one evidence item', () => {
    const without = [...graph.nodes, ...graph.edges].filter((x) => x.attributes.evidence.length === 0).map((x) => x.key);
    expect(without).toEqual([]);
    expect(graph.nodes.length).toBeGreaterThan(0);
  });

  it("every evidence item's exact equals its story's text sliced by code points at [start, end)", () => {
    const spans = [...graph.nodes, ...graph.edges].flatMap((x) => evidenceSpans(x.attributes).map((e) => ({ key: x.key, e })));
    expect(spans.length).toBeGreaterThanOrEqual(graph.nodes.length + graph.edges.length);
    const wrong = spans.filter(({ e }) => texts.get(e.story)?.slice(e.start, e.end).join('') !== e.exact || e.end <= e.start);
    expect(wrong).toEqual([]);
  });
});
