// The export formats as a user runs them: the built binary on data/ (the seed story; its
// annotations grow, so only robust facts are asserted) and every bad input: unknown format,
// a multi-file format without --out, an output that cannot be written (exit 1, nothing left).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from './support/csv-parse.js';
import { PYTHON, runPython } from './support/fixture.js';
import { FORMAT_NAMES, FORMATS } from '../../src/export/registry.js';
import { runCliInProcess } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'storygraph.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-export-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The graph's size as the graphology export reports it. */
function seedSize(): { order: number; size: number; stories: string[] } {
  const r = cli('export', '--format', 'graphology');
  expect(r.status).toBe(0);
  const g = JSON.parse(r.stdout);
  return { order: g.nodes.length, size: g.edges.length, stories: g.attributes.stories.map((s: { id: string }) => s.id) };
}

describe('export on data/', () => {
  const seed = seedSize();

  it.each([
    [
      'graphml',
      (t: string) => {
        const g = parseGraphml(Graph, t);
        return [g.order, g.size];
      },
    ],
    [
      'gexf',
      (t: string) => {
        const g = parseGexf(Graph, t);
        return [g.order, g.size];
      },
    ],
    [
      'cytoscape',
      (t: string) => {
        const d = JSON.parse(t);
        return [d.elements.nodes.length, d.elements.edges.length];
      },
    ],
  ] as const)('%s: exit 0 and every node and edge', (format, count) => {
    const r = cli('export', '--format', format);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(count(r.stdout)).toEqual([seed.order, seed.size]);
  });

  it('cypher: exit 0, a constraint and one row per node and edge', () => {
    const r = cli('export', '--format', 'cypher', '--out', join(tmp, 'g.cypher'));
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    const script = readFileSync(join(tmp, 'g.cypher'), 'utf8');
    expect(script).toContain('CREATE CONSTRAINT storynode_id');
    expect(script.match(/^ {2}\{id: /gm)?.length).toBe(seed.order + seed.size);
  });

  it('annotations: exit 0, JSON-LD with an annotation per quote', () => {
    const r = cli('export', '--format', 'annotations');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.total).toBeGreaterThan(0);
    expect(doc.first.items.length).toBe(doc.total);
  });

  it('csv: exit 0, neo4j files with every node and edge', () => {
    const out = join(tmp, 'csv');
    const r = cli('export', '--format', 'csv', '--out', out);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readdirSync(out).sort()).toEqual(['import.sh', 'nodes.csv', 'relationships.csv']);
    expect(parseCsv(readFileSync(join(out, 'nodes.csv'), 'utf8')).length - 1).toBe(seed.order);
    expect(parseCsv(readFileSync(join(out, 'relationships.csv'), 'utf8')).length - 1).toBe(seed.size);
  });

  it('brat: exit 0, text byte for byte and spans that match it', () => {
    const out = join(tmp, 'brat');
    const r = cli('export', '--format', 'brat', '--out', out);
    expect([r.status, r.stderr]).toEqual([0, '']);
    for (const id of seed.stories) {
      expect(readFileSync(join(out, `${id}.txt`)).equals(readFileSync(join(ROOT, 'data', 'stories', id, 'article.txt')))).toBe(true);
      expect(readFileSync(join(out, `${id}.ann`), 'utf8')).toMatch(/^T1\t/);
    }
    if (existsSync(PYTHON)) expect((runPython('check_brat.py', [out]) as { errors: string[] }).errors).toEqual([]);
  });
});

// Every format of the registry (a new one is covered without touching this file): exit 0, output
// written, and the same bytes from a second run.
describe.each(FORMAT_NAMES)('export --format %s --out (in-process)', (format) => {
  it('writes its output and is deterministic run to run', async () => {
    const dir = mkdtempSync(join(tmp, `${format}-`));
    const read = (out: string) =>
      FORMATS[format].output === 'dir'
        ? readdirSync(out)
            .sort()
            .map((f) => `${f}\n${readFileSync(join(out, f), 'utf8')}`)
            .join('\n')
        : readFileSync(out, 'utf8');
    const outs = [join(dir, 'a'), join(dir, 'b')];
    for (const out of outs) {
      const r = await runCliInProcess(['export', '--format', format, '--out', out]);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
    }
    expect(read(outs[0]!).length).toBeGreaterThan(100);
    expect(read(outs[0]!) === read(outs[1]!)).toBe(true);
  });
});

describe('bad input', () => {
  it('an unknown format exits 2 and lists the choices', () => {
    const r = cli('export', '--format', 'pajek');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    for (const f of FORMAT_NAMES) expect(r.stderr).toContain(f);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(FORMAT_NAMES.filter((f) => FORMATS[f].output === 'dir'))('%s without --out exits 2', (format) => {
    const r = cli('export', '--format', format);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^storygraph: out-required: .*--out DIR\n$/);
  });

  it('an unwritable --out FILE exits 1 and leaves no file', () => {
    const target = join(tmp, 'missing-dir', 'g.graphml');
    const r = cli('export', '--format', 'graphml', '--out', target);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^storygraph: output-not-writable: .*missing-dir\/g\.graphml/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(tmp, 'missing-dir'))).toBe(false);
  });

  it.each(['graphml', 'brat'])('%s: --out under a regular file exits 1 and leaves nothing behind', (format) => {
    const blocker = join(tmp, `blocker-${format}`);
    writeFileSync(blocker, 'x');
    const r = cli('export', '--format', format, '--out', join(blocker, 'out'));
    expect(r.stderr).toMatch(/^storygraph: output-not-writable: /);
    expect(r.status).toBe(1);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('--out on an existing directory for a one-file format exits 1 and keeps it', () => {
    const r = cli('export', '--format', 'gexf', '--out', tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^storygraph: output-is-directory: /);
    expect(existsSync(tmp)).toBe(true);
  });
});
