// The named graphs `push` writes: their union is the corpus's RDF and no triple is in two graphs
// (the two-pass generator finds every shared triple from the shared nodes alone).
import { afterAll, describe, expect, it } from 'vitest';
import { graphToQuads } from '../../src/rdf/graph-to-quads.js';
import { storyGraphs } from '../../src/rdf/story-graphs.js';
import { toNTriples } from '../../src/rdf/write-rdf.js';
import { corpusDataDir, removeCorpusDirs, SEED } from '../support/corpus.js';
import { loadGraphSync } from '../support/load-graph-sync.js';

afterAll(removeCorpusDirs);

const BASE = 'https://storygraph.test/';
const GRAPHS = 'https://storygraph.test/graph/';
const graph = loadGraphSync(corpusDataDir());
const lines = (nt: string) => nt.split('\n').filter((l) => l !== '');

describe('storyGraphs', () => {
  const made = [...storyGraphs(graph, BASE, GRAPHS)];

  it('one graph per story, then the shared triples and the vocabulary', () => {
    const stories = graph.getAttribute('stories').map((s) => `${GRAPHS}story/${s.id}`);
    expect(made.map((g) => g.iri)).toEqual([...stories, `${GRAPHS}shared`, `${GRAPHS}vocabulary`]);
    expect(made.find((g) => g.iri.endsWith(SEED))?.ntriples).toContain('Wu Qian');
    expect(lines(made.find((g) => g.iri.endsWith('shared'))!.ntriples).length).toBeGreaterThan(0);
  });

  it('their union is the corpus graph, and no triple is in two graphs', () => {
    const corpus = new Set(lines(toNTriples(graphToQuads(graph, { base: BASE }))));
    const seen = new Map<string, string>();
    for (const g of made) {
      for (const t of lines(g.ntriples)) {
        expect(seen.get(t), `${t} in ${g.iri} and ${seen.get(t)}`).toBeUndefined();
        seen.set(t, g.iri);
      }
    }
    expect(new Set(seen.keys())).toEqual(corpus);
  });
});
