// Golden files for every format of the export registry, built from the fixture graph, and
// determinism: the same data inserted in another order gives the same bytes. The list comes from
// the registry, so a new format without a golden file fails here. UPDATE_GOLDEN=1 writes them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS } from '../../src/export/registry.js';
import { exportAs, expectGolden, fixtureGraph, GOLDEN_DIR, reversedGraph } from './support/fixture.js';

/** A format's golden file (or folder) is named after the format: `<format>.<extension>`. */
const goldenName = (format: string, ext: string) => (ext ? `${format}.${ext}` : format);

describe.each(FORMAT_NAMES)('%s', (format) => {
  it('matches its golden output', async () => {
    const out = await exportAs(format, fixtureGraph());
    const spec = FORMATS[format];
    if (typeof out === 'string') {
      expect(spec.output).toBe('file');
      expectGolden(goldenName(format, spec.extension), out);
    } else {
      expect(spec.output).toBe('dir');
      expect(Object.keys(out).length).toBeGreaterThan(0);
      for (const [name, text] of Object.entries(out)) expectGolden(`${format}/${name}`, text);
    }
  });

  it('does not depend on insertion order', async () => {
    const g = fixtureGraph();
    expect(await exportAs(format, reversedGraph(g))).toEqual(await exportAs(format, g));
  });
});

it('every golden file belongs to a format of the registry', () => {
  const expected = new Set(FORMAT_NAMES.map((f) => goldenName(f, FORMATS[f].extension)));
  expect(readdirSync(GOLDEN_DIR).filter((f) => !expected.has(f))).toEqual([]);
  expect(readdirSync(join(GOLDEN_DIR)).length).toBe(FORMAT_NAMES.length);
});
