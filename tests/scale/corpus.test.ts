// Scale (issue 14) at small N: the synthetic corpus generator, the per-story validation cache,
// linear merging of shared entities, streamed exports equal to the in-memory ones, and the
// embedded SPARQL engine's coded size error. The large sizes run in `npm run bench:corpus`.
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpusStory, writeSyntheticCorpus } from '../../scripts/synthetic-corpus.js';
import { loadStoriesCached } from '../../src/graph/cached-stories.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { graphToJson, serializeGraph, writeGraphJson } from '../../src/graph/serialize.js';
import { loadStories } from '../../src/load/load-data.js';
import { graphToQuads } from '../../src/rdf/graph-to-quads.js';
import { QuadSet } from '../../src/rdf/quad-set.js';
import { iriScheme } from '../../src/rdf/iris.js';
import { addStory } from '../../src/rdf/story-quads.js';
import { addNode } from '../../src/rdf/node-quads.js';
import { addEdge } from '../../src/rdf/edge-quads.js';
import { addVocabulary } from '../../src/rdf/vocabulary-quads.js';
import { dataNTriples } from '../../src/rdf/graph-ntriples.js';
import { StorygraphError } from '../../src/model/storygraph-error.js';
import { collect } from '../../src/export/text-sink.js';
import { exporter as turtle } from '../../src/export/turtle.js';
import { toTurtle, turtlePrefixes } from '../../src/rdf/write-rdf.js';
import { loadGraphSync } from '../support/load-graph-sync.js';

const N = 24;
const tmp = mkdtempSync(join(tmpdir(), 'storygraph-scale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const data = writeSyntheticCorpus(join(tmp, 'corpus'), { stories: N, seed: 3 });
const graph = loadGraphSync(data);

describe('scripts/synthetic-corpus.ts', () => {
  it('writes N stories that load without problems, about 54 nodes and 95 edges each', () => {
    const { stories, problems } = loadStories(data);
    expect(problems).toEqual([]);
    expect(stories).toHaveLength(N);
    expect(graph.size).toBe(95 * N);
    for (const s of stories) expect(s.nodes.size).toBe(54);
  });

  it('is deterministic: the same N and seed give the same bytes, another seed other bytes', () => {
    const again = syntheticCorpusStory(5, N, 3);
    const dir = join(data, 'stories', again.id);
    expect(readFileSync(join(dir, 'annotations.json'), 'utf8')).toBe(`${JSON.stringify(again.annotations)}\n`);
    expect(readFileSync(join(dir, 'article.txt'), 'utf8')).toBe(again.text);
    expect(syntheticCorpusStory(5, N, 4).text).not.toBe(again.text);
  });

  it('shares entities Zipf-like: the most shared entity is in many stories, most in one or two', () => {
    const counts: number[] = [];
    graph.forEachNode((id, a) => {
      if (id.includes('/shared-')) counts.push(a.stories.length);
    });
    counts.sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(N / 3);
    expect(counts.filter((c) => c <= 2).length).toBeGreaterThan(counts.length / 2);
  });
});

describe('buildGraph merges shared entities', () => {
  it("keeps every story's evidence in story order and each story and alias once", () => {
    const { stories } = loadStories(data);
    const id = 'person/shared-0';
    const expected = stories.flatMap((s) => s.nodes.get(id)?.evidence ?? []);
    expect(graph.getNodeAttributes(id).evidence).toEqual(expected);
    expect(graph.getNodeAttributes(id).stories).toEqual(stories.filter((s) => s.nodes.has(id)).map((s) => s.story.id));
    // The loaded stories are left as they were (the graph owns its arrays).
    const first = stories.find((s) => s.nodes.has(id))!;
    expect(first.nodes.get(id)!.stories).toEqual([first.story.id]);
  });
});

describe('per-story validation cache', () => {
  const env = { XDG_CACHE_HOME: join(tmp, 'cache') };
  const salt = 'test-build';

  it('loads every story once, then none; an edited story is the only one checked again', async () => {
    const cold = await loadStoriesCached(data, salt, env);
    expect(cold.problems).toEqual([]);
    expect(cold.loaded).toHaveLength(N);
    const warm = await loadStoriesCached(data, salt, env);
    expect(warm.loaded).toEqual([]);
    expect(serializeGraph(buildGraph(warm.stories, data))).toEqual(serializeGraph(graph));
    appendFileSync(join(data, 'stories', 'story-00007', 'story.json'), ' ');
    const edited = await loadStoriesCached(data, salt, env);
    expect(edited.loaded).toEqual([join(data, 'stories', 'story-00007')]);
    expect(edited.problems).toEqual([]);
    // Another build is another key: everything is checked again.
    expect((await loadStoriesCached(data, 'other-build', env)).loaded).toHaveLength(N);
  });

  it('never caches a story with problems, and reports them on every run', async () => {
    const copy = join(tmp, 'broken');
    writeSyntheticCorpus(copy, { stories: 3, seed: 3 });
    const file = join(copy, 'stories', 'story-00002', 'article.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Synthetic', 'Synthetik'));
    for (let run = 0; run < 2; run++) {
      const r = await loadStoriesCached(copy, salt, env);
      expect(r.problems.map((p) => p.code)).toContain('article-changed');
      expect(r.loaded).toEqual(run === 0 ? readdirSync(join(copy, 'stories')).map((d) => join(copy, 'stories', d)) : [join(copy, 'stories', 'story-00002')]);
    }
  });
});

describe('streamed exports', () => {
  it("graphology: the streamed bytes are graphToJson's", () => {
    expect(collect((sink) => writeGraphJson(graph, sink))).toBe(graphToJson(graph));
  });

  it("RDF: the triples streamed resource by resource are the whole graph's, deduplicated and sorted", () => {
    const iris = iriScheme();
    const all = new QuadSet();
    for (const s of graph.getAttribute('stories')) addStory(all, iris, s);
    graph.forEachNode((id, a) => addNode(all, iris, id, a));
    graph.forEachEdge((key, a, source, target) => addEdge(all, iris, key, source, target, a));
    addVocabulary(all);
    const whole = all.sorted();
    const streamed = graphToQuads(graph);
    expect(streamed.length).toBe(whole.length);
    expect(streamed.every((q, i) => q.equals(whole[i]!))).toBe(true);
    expect(collect((sink) => turtle.stream!(graph, sink))).toBe(toTurtle(whole, turtlePrefixes()));
  });
});

describe('sparql on a corpus too large for the embedded engine', () => {
  it('fails with the coded error sparql-too-large that points to --endpoint, before loading a store', async () => {
    const error = await dataNTriples(data, 'https://storygraph.invalid/', 1000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorygraphError);
    expect((error as StorygraphError).code).toBe('sparql-too-large');
    expect((error as StorygraphError).exit).toBe(1);
    expect((error as Error).message).toMatch(/--endpoint/);
  });
});
