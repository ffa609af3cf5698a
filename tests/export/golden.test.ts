// Golden files for each format built from the fixture graph, and determinism: the same data
// inserted in another order gives the same bytes. UPDATE_GOLDEN=1 regenerates the files.
import { describe, expect, it } from 'vitest';
import type { FormatName } from '../../src/export/registry.js';
import { FORMATS } from '../../src/export/registry.js';
import { exportAs, expectGolden, fixtureGraph, reversedGraph } from './support/fixture.js';

const FORMATS_HERE = ['graphml', 'gexf', 'cytoscape', 'csv', 'cypher', 'annotations', 'brat'] as const satisfies readonly FormatName[];

describe.each(FORMATS_HERE)('%s', (format) => {
  it('matches its golden output', async () => {
    const out = await exportAs(format, fixtureGraph());
    if (typeof out === 'string') {
      expect(FORMATS[format].output).toBe('file');
      expectGolden(`fixture.${FORMATS[format].extension}`, out);
    } else {
      expect(FORMATS[format].output).toBe('dir');
      for (const [name, text] of Object.entries(out)) expectGolden(`${format}/${name}`, text);
    }
  });

  it('does not depend on insertion order', async () => {
    const g = fixtureGraph();
    expect(await exportAs(format, reversedGraph(g))).toEqual(await exportAs(format, g));
  });
});
