// The pure parts of the claims, timeline and query views (no browser): the attribution chain's
// drawing order, the timeline's scale, the catalog's question line, the IRI → element index,
// and the site's N-Triples (what the query panel loads) against `storygraph export ntriples`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { claims } from '../../src/queries/claims.js';
import { siteNTriples } from '../../src/web/site-rdf.js';
import { chainSteps } from '../../web/src/views/claims-view.js';
import { iriIndex } from '../../web/src/views/query-table.js';
import { domainOf, isPoint, pct, ticks } from '../../web/src/views/timeline-scale.js';
import { BIN, ROOT } from '../e2e/support/web-build.js';

const graph = loadGraph(defaultDataDir());
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-research-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const DAY = 86_400_000;

describe('claims view: the attribution chain', () => {
  it('runs from the innermost speaker out to the article (as the model and the details panel), joint speakers in one step', () => {
    for (const c of claims(graph)) {
      const steps = chainSteps(c.attribution);
      expect(
        steps.flat().map((l) => l.agent),
        c.id,
      ).toEqual(c.attribution.map((l) => l.agent));
      if (steps.length)
        expect(
          steps[0]!.every((l) => l.role === 'speaker'),
          c.id,
        ).toBe(true);
      expect(
        steps.slice(1).every((s) => s.length === 1),
        c.id,
      ).toBe(true);
    }
  });
});

describe('timeline scale', () => {
  const d = domainOf([Date.UTC(2020, 9, 1), Date.UTC(2020, 11, 31)])!;
  it('holds every known instant inside the axis, open ends at its edges', () => {
    expect(pct(d, Date.UTC(2020, 9, 1))).toBeGreaterThan(0);
    expect(pct(d, Date.UTC(2020, 11, 31))).toBeLessThan(100);
    expect([pct(d, -Infinity), pct(d, Infinity)]).toEqual([0, 100]);
    expect(domainOf([NaN, Infinity])).toBeNull();
  });
  it('gives a lone instant a week of room', () => {
    const one = domainOf([Date.UTC(2020, 10, 3)])!;
    expect(one.max - one.min).toBeGreaterThanOrEqual(7 * DAY);
    expect(pct(one, Date.UTC(2020, 10, 3))).toBeCloseTo(50, 0);
  });
  it('ticks months for a quarter, years for decades, days for a week; all inside, in order, at most about eight', () => {
    // the padded domain holds Oct 1 and Jan 1; it starts on Sep 1, labelled at the left edge
    expect(ticks(d).map((t) => t.label)).toEqual(['Sep 2020', 'Oct', 'Nov', 'Dec', 'Jan 2021']);
    const decades = ticks(domainOf([Date.UTC(1979, 0, 1), Date.UTC(2020, 9, 29)])!);
    expect(decades.length).toBeLessThanOrEqual(9);
    expect(decades[0]!.label).toMatch(/^\d{4}$/);
    const week = ticks(domainOf([Date.UTC(2020, 9, 26), Date.UTC(2020, 10, 1)])!);
    expect(week.map((t) => t.label)).toContain('Oct 29');
    for (const ts of [ticks(d), decades, week]) {
      expect(ts.map((t) => t.t)).toEqual([...ts.map((t) => t.t)].sort((a, b) => a - b));
    }
    for (const t of ticks(d)) expect(t.t >= d.min && t.t <= d.max).toBe(true);
  });
  it('labels the month the axis starts in at its left edge (talks on Oct 28, plans to the year end)', () => {
    const seed = domainOf([Date.UTC(2020, 9, 28), Date.UTC(2020, 11, 31)])!;
    const ts = ticks(seed);
    expect(ts.map((t) => t.label)).toEqual(['Oct 2020', 'Nov', 'Dec', 'Jan 2021']);
    expect(ts[0]).toMatchObject({ t: seed.min, edge: true });
    expect(seed.min).toBe(Date.UTC(2020, 9, 1));
    expect(ts[1]!.t).toBe(Date.UTC(2020, 10, 1));
    expect(ts.slice(1).every((t) => !t.edge)).toBe(true);
  });
  it('a point is a single day known exactly; anything else is a range', () => {
    const day = [Date.UTC(2020, 10, 3), Date.UTC(2020, 10, 4) - 1] as const;
    const exact = { uncertain: false, approximate: false, open: false };
    expect(isPoint(...day, exact)).toBe(true);
    expect(isPoint(...day, { ...exact, approximate: true })).toBe(false);
    expect(isPoint(...day, { ...exact, uncertain: true })).toBe(false);
    expect(isPoint(Date.UTC(2020, 10, 1), Date.UTC(2020, 11, 1) - 1, exact)).toBe(false);
    expect(isPoint(-Infinity, day[1], { ...exact, open: true })).toBe(false);
  });
});

describe('query panel data', () => {
  it("the site's N-Triples are the `export ntriples` triples", () => {
    const r = spawnSync(process.execPath, [BIN, 'export', '--format', 'ntriples', '--out', join(tmp, 'g.nt')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, STORYGRAPH_RDF_BASE: '' },
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = (s: string) => s.split('\n').filter(Boolean).sort();
    expect(lines(siteNTriples(graph))).toEqual(lines(readFileSync(join(tmp, 'g.nt'), 'utf8')));
  });
  it('maps the IRI of every node and relation in the triples back to it', () => {
    const index = iriIndex(graph);
    const nt = siteNTriples(graph);
    const subjects = new Set([...nt.matchAll(/^<(https:\/\/storygraph\.invalid\/id\/[^>]+)>/gm)].map((m) => m[1]!));
    for (const id of graph.nodes()) expect(subjects.has(`https://storygraph.invalid/id/${id}`), id).toBe(true);
    for (const [iri, sel] of index) {
      expect(subjects.has(iri), iri).toBe(true);
      expect(sel.kind === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id)).toBe(true);
    }
    // every node and relation, the further agents of a chain level (joint speakers) sharing its IRI
    expect(index.size).toBe(graph.order + graph.filterEdges((_, a) => !a.agentIndex).length);
  });
});
