// The three RDF exports hold the same triples: rdflib (python3) parses Turtle, N-Triples and
// JSON-LD to equal graphs, n3's Parser reads the Turtle back, oxigraph reads the JSON-LD; the
// output is byte-for-byte deterministic; a bad base IRI fails before anything is written.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA, FIXTURE_DATA, hasRdflib, python, runCli } from '../sparql/helpers.js';

const FORMATS = { turtle: 'turtle', ntriples: 'nt', jsonld: 'json-ld' } as const;
type Format = keyof typeof FORMATS;

const RDFLIB_COMPARE = `
import json, sys, rdflib
graphs = {}
for path, fmt in zip(sys.argv[1::2], sys.argv[2::2]):
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    graphs[fmt] = g
sets = {fmt: set(g) for fmt, g in graphs.items()}
first = next(iter(sets.values()))
print(json.dumps({"counts": {fmt: len(g) for fmt, g in graphs.items()}, "equal": all(s == first for s in sets.values())}))
`;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'storygraph-rdf-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function exportTo(format: Format, data: string, name = format, env: Record<string, string> = {}): string {
  const out = join(tmp, `${name}.${format}`);
  const r = runCli(['export', '--format', format, '--out', out, '--data', data], env);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return out;
}

describe.each([
  ['data/', DATA],
  ['the RDF fixture (astral characters)', FIXTURE_DATA],
])('RDF exports of %s', (name, data) => {
  const files = {} as Record<Format, string>;
  beforeAll(() => {
    for (const f of Object.keys(FORMATS) as Format[]) files[f] = exportTo(f, data, `${f}-${name.length}`);
  });

  it('N-Triples: one sorted, unique triple a line', () => {
    const lines = readFileSync(files.ntriples, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(new Set(lines).size).toBe(lines.length);
    for (const l of lines) expect(l).toMatch(/^<[^>]+> <[^>]+> .+ \.$/);
  });

  it('n3 Parser reads the Turtle back with the same number of triples', () => {
    const nt = readFileSync(files.ntriples, 'utf8').trimEnd().split('\n').length;
    expect(new Parser().parse(readFileSync(files.turtle, 'utf8'))).toHaveLength(nt);
    expect(new Parser({ format: 'N-Triples' }).parse(readFileSync(files.ntriples, 'utf8'))).toHaveLength(nt);
  });

  it('oxigraph reads the JSON-LD to the same number of triples', async () => {
    const { Store } = await import('oxigraph');
    const store = new Store();
    store.load(readFileSync(files.jsonld, 'utf8'), { format: 'application/ld+json' });
    expect(store.size).toBe(readFileSync(files.ntriples, 'utf8').trimEnd().split('\n').length);
  });

  it.skipIf(!hasRdflib)('rdflib parses Turtle, N-Triples and JSON-LD to the same graph', () => {
    const args = (Object.keys(FORMATS) as Format[]).flatMap((f) => [files[f], FORMATS[f]]);
    const r = python<{ counts: Record<string, number>; equal: boolean }>(RDFLIB_COMPARE, args);
    const nt = readFileSync(files.ntriples, 'utf8').trimEnd().split('\n').length;
    expect(r.counts).toEqual({ turtle: nt, nt, 'json-ld': nt });
    expect(r.equal).toBe(true);
  });

  it('is deterministic: a second export gives the same bytes', () => {
    for (const f of Object.keys(FORMATS) as Format[]) {
      // Compared as text with toBe: a deep toEqual of two multi-megabyte Buffers takes tens of seconds.
      expect(readFileSync(exportTo(f, data, `${f}-again-${name.length}`), 'utf8')).toBe(readFileSync(files[f], 'utf8'));
    }
  });
});

if (!hasRdflib) {
  it('rdflib round trips', () => {
    console.warn('SKIPPED: rdflib round trips: /usr/bin/python3 with rdflib is not installed (apt install python3-rdflib).');
  });
}

describe('the base IRI', () => {
  it('comes from STORYGRAPH_RDF_BASE', () => {
    const nt = readFileSync(exportTo('ntriples', FIXTURE_DATA, 'based', { STORYGRAPH_RDF_BASE: 'https://example.org/kg/' }), 'utf8');
    expect(nt).toContain('<https://example.org/kg/id/person/ann-lee> <http://www.w3.org/2000/01/rdf-schema#label> "Ann Lee" .');
    expect(nt).not.toContain('https://storygraph.invalid/id/');
    expect(nt).toContain('https://storygraph.invalid/vocab#'); // the vocabulary does not move
  });

  it.each(['example.org/kg/', 'https://example.org/kg', 'https://exa mple.org/'])('%j is refused before anything is written (exit 2)', (base) => {
    const out = join(tmp, 'refused.ttl');
    const r = runCli(['export', '--format', 'turtle', '--out', out, '--data', FIXTURE_DATA], { STORYGRAPH_RDF_BASE: base });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^storygraph: invalid-base-iri: .+\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
