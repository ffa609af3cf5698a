// The RDF exports of the RDF fixture story against a golden Turtle file, and independence from
// insertion order. UPDATE_GOLDEN=1 npx vitest run tests/export/rdf-golden.test.ts regenerates.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { FORMATS } from '../../src/export/registry.js';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { FIXTURE_DATA, ROOT } from '../sparql/helpers.js';
import { reversedGraph } from './support/fixture.js';

const GOLDEN = join(ROOT, 'tests', 'sparql', 'fixtures', 'golden', 'rdf-fixture.ttl');
const RDF_FORMATS = ['turtle', 'ntriples', 'jsonld'] as const;

async function exportText(format: (typeof RDF_FORMATS)[number], graph: StoryGraph): Promise<string> {
  const out = await (await FORMATS[format].load()).export(graph);
  if (typeof out !== 'string') throw new Error(`${format} returned files`);
  return out;
}

describe('RDF exports of the fixture', () => {
  it('match the golden Turtle', async () => {
    const text = await exportText('turtle', await loadGraph(FIXTURE_DATA));
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, text);
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/export/rdf-golden.test.ts`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it.each(RDF_FORMATS)('%s does not depend on insertion order', async (format) => {
    const g = await loadGraph(FIXTURE_DATA);
    expect(await exportText(format, reversedGraph(g))).toBe(await exportText(format, g));
  });
});
