// One IRI base: with STORYGRAPH_RDF_BASE set, every format that names nodes by IRI (Turtle,
// N-Triples, JSON-LD, Web Annotations) names each node by the same IRI under that base, and none
// falls back to the default base.
import { afterEach, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/export/registry.js';
import { BASE_ENV, DEFAULT_BASE } from '../../src/rdf/base-iri.js';
import { exportAs, fixtureGraph } from './support/fixture.js';

const CUSTOM = 'https://example.org/newsroom/';
const IRI_FORMATS = ['turtle', 'ntriples', 'jsonld', 'annotations'] as const;

afterEach(() => {
  delete process.env[BASE_ENV];
});

describe('STORYGRAPH_RDF_BASE', () => {
  it('is the base of every node IRI in every format that writes IRIs', async () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining([...IRI_FORMATS]));
    process.env[BASE_ENV] = CUSTOM;
    const graph = fixtureGraph();
    for (const format of IRI_FORMATS) {
      const out = await exportAs(format, graph);
      if (typeof out !== 'string') throw new Error(`${format} wrote files`);
      expect(out, format).not.toContain(`${DEFAULT_BASE}id/`);
      const named = graph.nodes().filter((id) => out.includes(`${CUSTOM}id/${id}`));
      // Every node with evidence is annotated; the RDF formats name every node.
      const expected = format === 'annotations' ? graph.nodes().filter((id) => graph.getNodeAttribute(id, 'evidence').length > 0) : graph.nodes();
      expect(named.sort(), format).toEqual([...expected].sort());
    }
  });
});
