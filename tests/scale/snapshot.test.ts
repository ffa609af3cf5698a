// Scale, the warm path and what a large corpus may refuse (issue 14), at small N: the whole-graph
// snapshot answers every query exactly as the built graph does, is invalidated by any edit and is
// a miss (or a coded error, then rebuilt) when damaged; in-memory exports past their size limit
// stop with export-too-large; serve gives a large corpus's overview and one story at a time, and
// build-web refuses it with site-too-large. Speed is measured in `npm run bench:corpus`.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.js';
import { openSnapshot, snapshotSlot, writeSnapshot } from '../../src/graph/graph-snapshot.js';
import { storySubgraph } from '../../src/graph/story-subgraph.js';
import { forEachIncident, nodesOfType, nodeTypeOf } from '../../src/graph/snapshot-graph.js';
import { serializeGraph } from '../../src/graph/serialize.js';
import { claims } from '../../src/queries/claims.js';
import { neighbors } from '../../src/queries/neighbors.js';
import { paths } from '../../src/queries/path.js';
import { search } from '../../src/queries/search.js';
import { stats } from '../../src/queries/stats.js';
import { timeline } from '../../src/queries/timeline.js';
import { corpusData } from '../../src/web/corpus-data.js';
import { createSiteServer } from '../../src/web/server.js';
import { StorygraphError } from '../../src/model/storygraph-error.js';
import { runCli, STACK_TRACE } from '../support/cli.js';
import { loadGraphSync } from '../support/load-graph-sync.js';

const N = 12;
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-snapshot-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const data = writeSyntheticCorpus(join(tmp, 'corpus'), { stories: N, seed: 5 });
const graph = loadGraphSync(data);
const env = { XDG_CACHE_HOME: join(tmp, 'cache') };

function snapshot() {
  const slot = snapshotSlot(data, 'test-build', env)!;
  expect(writeSnapshot(slot, graph)).toBe(true);
  return { slot, snap: openSnapshot(slot)! };
}

describe('the whole-graph snapshot', () => {
  it('answers every query as the graph it was made from', () => {
    const { snap } = snapshot();
    expect(snap.order).toBe(graph.order);
    expect(snap.size).toBe(graph.size);
    expect(stats(snap)).toEqual(stats(graph));
    expect(neighbors(snap, 'person/shared-0', { depth: 2 })).toEqual(neighbors(graph, 'person/shared-0', { depth: 2 }));
    expect(neighbors(snap, 'person/shared-0', { relation: 'says' })).toEqual(neighbors(graph, 'person/shared-0', { relation: 'says' }));
    expect(paths(snap, 'person/shared-0', 'person/shared-1', { all: true })).toEqual(paths(graph, 'person/shared-0', 'person/shared-1', { all: true }));
    expect(search(snap, 'Synthetic')).toEqual(search(graph, 'Synthetic'));
    expect(claims(snap)).toEqual(claims(graph));
    expect(timeline(snap)).toEqual(timeline(graph));
    expect(snap.getAttribute('stories')).toEqual(graph.getAttribute('stories'));
    const ids = graph.nodes();
    expect(snap.nodes()).toEqual(ids);
    for (const id of ids.slice(0, 50)) {
      expect(snap.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
      expect(new Set(snap.edges(id))).toEqual(new Set(graph.edges(id)));
    }
    const keys: string[] = [];
    snap.forEachEdge((k, a, s, t) => {
      keys.push(k);
      expect([a, s, t]).toEqual([graph.getEdgeAttributes(k), graph.source(k), graph.target(k)]);
    });
    expect(keys).toEqual(graph.edges());
  });

  it("knows each node's and edge's type without decoding it (path, claims): the graph's types", () => {
    const { snap } = snapshot();
    for (const id of graph.nodes()) expect(nodeTypeOf(snap, id)).toBe(graph.getNodeAttribute(id, 'type'));
    for (const type of ['claim', 'person', 'event', 'article']) expect(nodesOfType(snap, type)).toEqual(nodesOfType(graph, type));
    for (const id of ['person/shared-0', graph.nodes()[7]!]) {
      const got: string[][] = [];
      const want: string[][] = [];
      forEachIncident(snap, id, (e, s, t, type) => got.push([e, s, t, type]));
      graph.forEachEdge(id, (e, a, s, t) => want.push([e, s, t, a.type]));
      expect(got.sort()).toEqual(want.sort()); // (graphology groups a node's edges by neighbour)
    }
  });

  it('is keyed by the data folder: editing, adding or removing a file changes the key', () => {
    const before = snapshotSlot(data, 'test-build', env)!.key;
    expect(snapshotSlot(data, 'test-build', env)!.key).toBe(before);
    expect(snapshotSlot(data, 'other-build', env)!.key).not.toBe(before);
    const story = join(data, 'stories', 'story-00003', 'story.json');
    const text = readFileSync(story);
    appendFileSync(story, ' ');
    const edited = snapshotSlot(data, 'test-build', env)!.key;
    expect(edited).not.toBe(before);
    writeFileSync(join(data, 'kb-links.tsv'), '');
    expect(snapshotSlot(data, 'test-build', env)!.key).not.toBe(edited);
    rmSync(join(data, 'kb-links.tsv'));
    writeFileSync(story, text);
    // Same bytes, but written again: the change time moved, so still a new key (never a stale hit).
    expect(snapshotSlot(data, 'test-build', env)!.key).not.toBe(before);
    expect(snapshotSlot(data, 'test-build', { ...env, STORYGRAPH_CACHE: '0' })).toBeUndefined();
  });

  it('is a miss when truncated or of another key, and a coded error (then removed) when a section is damaged', () => {
    const { slot } = snapshot();
    expect(openSnapshot({ ...slot, key: 'another' })).toBeUndefined();
    const bytes = readFileSync(slot.file);
    truncateSync(slot.file, bytes.length - 10);
    expect(openSnapshot(slot)).toBeUndefined();
    // One byte of the edge attributes (the last JSON of the file) flipped: found by its checksum when first read.
    const damaged = Buffer.from(bytes);
    const at = damaged.lastIndexOf('"type"');
    expect(at).toBeGreaterThan(bytes.length / 2);
    damaged[at + 2] = damaged[at + 2]! ^ 1;
    writeFileSync(slot.file, damaged);
    const snap = openSnapshot(slot)!;
    const e = (() => {
      try {
        snap.forEachEdge(() => undefined);
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(StorygraphError);
    expect((e as StorygraphError).code).toBe('cache-damaged');
    expect(existsSync(slot.file)).toBe(false);
  });

  it("gives a story's subgraph with that story's evidence only, as the built graph does", () => {
    const { snap } = snapshot();
    const fromSnap = storySubgraph(snap, 'story-00002')!;
    const fromGraph = storySubgraph(graph, 'story-00002')!;
    expect(serializeGraph(fromSnap)).toEqual(serializeGraph(fromGraph));
    expect(fromSnap.getAttribute('stories').map((s) => s.id)).toEqual(['story-00002']);
    expect(fromSnap.size).toBe(95);
    fromSnap.forEachNode((_, a) => {
      for (const ev of a.evidence) expect(ev.story).toBe('story-00002');
    });
    expect(storySubgraph(snap, 'no-such-story')).toBeUndefined();
  });
});

describe('the CLI on a snapshot (dist/storygraph.mjs)', () => {
  const cache = { XDG_CACHE_HOME: join(tmp, 'cli-cache') };
  it('warm commands answer as with no cache at all; an edit that breaks a story is reported, not the old snapshot', () => {
    for (const args of [
      ['validate'],
      ['stats', '--json'],
      ['neighbors', 'person/shared-0', '--json'],
      ['path', 'person/shared-0', 'person/shared-1'],
      ['search', 'Synthetic', '--json'],
    ]) {
      const none = runCli([...args, '--data', data], { env: { STORYGRAPH_CACHE: '0' } });
      const cold = runCli([...args, '--data', data], { env: cache });
      const warm = runCli([...args, '--data', data], { env: cache });
      expect(none.status).toBe(0);
      expect(cold.stdout).toBe(none.stdout);
      expect(warm.stdout).toBe(none.stdout);
    }
    const file = join(data, 'stories', 'story-00004', 'annotations.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"relations"', '"relationz"'));
    const broken = runCli(['validate', '--data', data], { env: cache });
    writeFileSync(file, text);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('story-00004');
    expect(runCli(['validate', '--data', data], { env: cache }).status).toBe(0);
  });

  it('export: a format made in memory past its limit stops with export-too-large and writes nothing', () => {
    const out = join(tmp, 'out.jsonld');
    const r = runCli(['export', '--format', 'jsonld', '--out', out, '--data', data], { env: { ...cache, STORYGRAPH_EXPORT_MAX_BYTES: '100000' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^storygraph: export-too-large: --format jsonld .* use --format turtle or ntriples/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(out)).toBe(false);
    expect(runCli(['export', '--format', 'cypher', '--out', join(tmp, 'out.cypher'), '--data', data], { env: cache }).status).toBe(0);
  });

  it('build-web refuses a corpus too large for one site with site-too-large, pointing to serve', () => {
    const out = join(tmp, 'site');
    const r = runCli(['build-web', '--out', out, '--data', data], { env: { ...cache, STORYGRAPH_SITE_MAX_ELEMENTS: '100' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^storygraph: site-too-large: .* use storygraph serve/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('serve, a large corpus: the overview and one story at a time', () => {
  it('answers data/corpus.json and data/story/ID.json on demand, and no data/graph.json', async () => {
    const { snap } = snapshot();
    const server = createSiteServer(new Map([['index.html', Buffer.from('<!doctype html>')]]), undefined, corpusData(snap));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      expect((await fetch(`${base}data/graph.json`)).status).toBe(404);
      const overview = (await (await fetch(`${base}data/corpus.json`)).json()) as { large: boolean; counts: { nodes: number }; stories: { id: string }[] };
      expect(overview.large).toBe(true);
      expect(overview.counts.nodes).toBe(graph.order);
      expect(overview.stories.map((s) => s.id)).toEqual(graph.getAttribute('stories').map((s) => s.id));
      const story = (await (await fetch(`${base}data/story/story-00001.json`)).json()) as {
        nodes: { attributes: { x: number } }[];
        edges: unknown[];
        attributes: { stories: unknown[] };
      };
      expect(story.attributes.stories).toHaveLength(1);
      expect(story.edges).toHaveLength(95);
      expect(typeof story.nodes[0]!.attributes.x).toBe('number');
      expect((await fetch(`${base}data/story/nope.json`)).status).toBe(404);
      expect((await fetch(`${base}data/story/..%2Fgraph.json`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
