// The streaming result writer gives the SPARQL JSON, CSV and TSV results byte for byte as the
// oxigraph engine writes them (what `storygraph sparql` printed before rows were streamed), for
// every catalog query and for any literal (fast-check).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { graphToQuads } from '../../src/rdf/graph-to-quads.js';
import { toNTriples } from '../../src/rdf/write-rdf.js';
import { resultWriter } from '../../src/rdf/sparql-result-writer.js';
import type { SelectJson } from '../../src/rdf/sparql-select.js';
import { DATA, ROOT } from './helpers.js';

type OxStore = import('oxigraph').Store;
let ox: typeof import('oxigraph');
let store: OxStore;

beforeAll(async () => {
  ox = await import('oxigraph');
  store = new ox.Store();
  store.load(toNTriples(graphToQuads(await loadGraph(DATA))), { format: 'application/n-triples' });
});

/** Our writer's text for a JSON result, in batches of 3 rows (as if streamed). */
function written(json: string, format: string): string {
  const r = JSON.parse(json) as SelectJson;
  const w = resultWriter(format, {}, 'https://storygraph.invalid/');
  let out = w.head(r.head.vars);
  for (let i = 0; i < r.results.bindings.length; i += 3) out += w.rows(r.results.bindings.slice(i, i + 3));
  return out + w.end(false, 10);
}

function expectSame(s: OxStore, query: string) {
  const json = String(s.query(query, { results_format: 'json' }));
  expect(written(json, 'json')).toBe(`${json}\n`);
  for (const format of ['csv', 'tsv']) expect(written(json, format)).toBe(String(s.query(query, { results_format: format })));
}

describe('the result writer', () => {
  const queries = readdirSync(join(ROOT, 'queries')).filter((f) => f.endsWith('.rq'));
  it.each(queries)('writes %s as oxigraph does (JSON, CSV, TSV)', (file) => {
    expectSame(store, readFileSync(join(ROOT, 'queries', file), 'utf8'));
  });

  it('writes any literal, language-tagged or typed, as oxigraph does', () => {
    const XSD = 'http://www.w3.org/2001/XMLSchema#';
    const typed = fc.oneof(
      fc.string({ unit: 'binary' }).map((v) => ({ v })),
      fc.array(fc.constantFrom('\t', '\n', '\r', '\b', '\f', '"', '\\', ',', ' ', 'a', '\u0001', '\u007f', 'é')).map((cs) => ({ v: cs.join('') })),
      fc.string().map((v) => ({ v, lang: 'en' })),
      fc.integer().map((n) => ({ v: String(n), dt: `${XSD}integer` })),
      fc.boolean().map((b) => ({ v: String(b), dt: `${XSD}boolean` })),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => ({ v: String(d), dt: `${XSD}double` })),
      fc.string().map((v) => ({ v, dt: 'urn:x:type' })),
    );
    fc.assert(
      fc.property(fc.array(typed, { maxLength: 5 }), (literals) => {
        const s = new ox.Store();
        literals.forEach((l, i) =>
          s.add(ox.quad(ox.namedNode(`urn:x:s${i}`), ox.namedNode('urn:x:p'), ox.literal(l.v, l.lang ?? (l.dt ? ox.namedNode(l.dt) : undefined)))),
        );
        s.add(ox.quad(ox.blankNode('b1'), ox.namedNode('urn:x:p'), ox.namedNode('urn:x:o')));
        expectSame(s, 'SELECT ?s ?o ?unbound WHERE { ?s <urn:x:p> ?o } ORDER BY ?s');
      }),
      { numRuns: 300 },
    );
  });
});
