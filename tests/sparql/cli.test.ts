// `storygraph sparql` as a user runs it: the built binary, its stdout, stderr and exit code.
// Every bad input gets one line with a stable code and exit 2, and no partial output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA, ROOT, runCli } from './helpers.js';

const CHAIN = '@queries/attribution-chain.rq';
const fixture = ['--data', FIXTURE_DATA];
const cacheOff = { STORYGRAPH_CACHE: '0' };
const SG = 'PREFIX sg: <https://storygraph.invalid/vocab#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n';

function expectUsageError(r: ReturnType<typeof runCli>, code: string) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(new RegExp(`^storygraph: ${code}: .+\\n$`));
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('storygraph sparql', () => {
  it('prints SELECT results as a table, ids shortened as in the Turtle export', () => {
    const r = runCli(['sparql', CHAIN]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^claim\s+position\s+agentLabel\s+role\s+explicit\s+cue$/);
    expect(lines.slice(2, -1).map((l) => l.split(/\s{2,}/)[2])).toEqual(['Mark Esper', 'Wu Qian', 'Taiwan News']);
    expect(lines[2]).toMatch(/^claim:esper-no-intention-of-military-crisis\s+0\s+Mark Esper\s+sg:speaker\s+true\s+Esper said$/);
    expect(lines.at(-1)).toBe('3 rows');
  });

  it('prints the SPARQL 1.1 JSON results format with --format json', () => {
    const r = runCli(['sparql', CHAIN, '--format', 'json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.head.vars).toEqual(['claim', 'position', 'agentLabel', 'role', 'explicit', 'cue']);
    expect(json.results.bindings[0].position).toEqual({ type: 'literal', value: '0', datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
    expect(json.results.bindings[1].role).toEqual({ type: 'uri', value: 'https://storygraph.invalid/vocab#source' });
  });

  it('prints SPARQL CSV and TSV results', () => {
    const csv = runCli(['sparql', CHAIN, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('claim,position,agentLabel,role,explicit,cue');
    expect(csv.stdout.split('\r\n')[1]).toBe(
      'https://storygraph.invalid/id/claim/esper-no-intention-of-military-crisis,0,Mark Esper,https://storygraph.invalid/vocab#speaker,true,Esper said',
    );
    const tsv = runCli(['sparql', CHAIN, '--format', 'tsv']);
    expect(tsv.status).toBe(0);
    expect(tsv.stdout.split('\n')[0]).toBe('?claim\t?position\t?agentLabel\t?role\t?explicit\t?cue');
    expect(tsv.stdout.split('\n')[1]).toMatch(/^<https:\/\/storygraph\.invalid\/id\/claim\/esper-no-intention-of-military-crisis>\t0\t"Mark Esper"\t/);
  });

  it('prints true or false for ASK, or the JSON boolean result', () => {
    const yes = runCli(['sparql', `${SG}ASK { ?x sg:factuality sg:hypothetical }`, ...fixture]);
    expect([yes.status, yes.stdout]).toEqual([0, 'true\n']);
    const no = runCli(['sparql', `${SG}ASK { ?x sg:factuality sg:possible ; rdfs:label ?l }`, ...fixture]);
    expect([no.status, no.stdout]).toEqual([0, 'false\n']);
    const json = runCli(['sparql', `${SG}ASK { ?x sg:factuality sg:hypothetical }`, '--format', 'json', ...fixture]);
    expect(JSON.parse(json.stdout)).toEqual({ head: {}, boolean: true });
  });

  it('prints CONSTRUCT results as sorted Turtle (JSON-LD with --format json)', () => {
    const q = `${SG}CONSTRUCT { ?p rdfs:label ?l } WHERE { ?e sg:participant ?p . ?p rdfs:label ?l }`;
    const r = runCli(['sparql', q, ...fixture]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('@prefix person: <https://storygraph.invalid/id/person/>.');
    expect(r.stdout).toMatch(/person:ann-lee rdfs:label "Ann Lee"\.\nperson:bo-park rdfs:label "Bo Park"\.\nperson:cy-ode rdfs:label "Cy Ode"\./);
    expect(new Parser().parse(r.stdout)).toHaveLength(3);
    const jsonld = JSON.parse(runCli(['sparql', q, '--format', 'json', ...fixture]).stdout);
    expect(jsonld['@graph'].map((n: { '@id': string }) => n['@id'])).toEqual(
      ['ann-lee', 'bo-park', 'cy-ode'].map((p) => `https://storygraph.invalid/id/person/${p}`),
    );
  });

  it('shows "(no results)" with the variables for an empty SELECT', () => {
    const r = runCli(['sparql', `${SG}SELECT ?x ?y WHERE { ?x sg:nothing ?y }`, ...fixture]);
    expect([r.status, r.stdout]).toEqual([0, 'x  y\n(no results)\n']);
  });

  it('uses STORYGRAPH_RDF_BASE for the IRIs it queries', () => {
    const r = runCli(['sparql', 'SELECT ?s WHERE { ?s a <http://schema.org/City> }', '--format', 'csv', ...fixture], {
      STORYGRAPH_RDF_BASE: 'https://example.org/kg/',
    });
    expect(r.stdout).toBe('s\r\nhttps://example.org/kg/id/city/a-town\r\n');
  });

  it('reports a SPARQL syntax error on one line with its line and column, exit 2', () => {
    const r = runCli(['sparql', 'SELECT ?x\nWHERE { ?x ?y }', ...fixture]);
    expectUsageError(r, 'sparql-syntax');
    expect(r.stderr).toMatch(/error at 2:\d+: /);
  });

  it('reports an undeclared prefix (queries declare their own) as a syntax error', () => {
    expectUsageError(runCli(['sparql', 'SELECT ?x WHERE { ?x sg:factuality ?f }', ...fixture]), 'sparql-syntax');
  });

  it.each([
    [['sparql', '@queries/no-such-query.rq'], 'query-file-missing'],
    [['sparql', '@queries'], 'query-file-missing'],
    [['sparql', '   '], 'query-empty'],
  ])('%j exits 2 with %s', (args, code) => {
    expectUsageError(runCli(args), code);
  });

  it('rejects an unknown --format and a missing query', () => {
    const bad = runCli(['sparql', 'ASK {}', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format.*xml/);
    expect(runCli(['sparql']).status).toBe(2);
  });

  it('rejects an invalid STORYGRAPH_RDF_BASE', () => {
    expectUsageError(runCli(['sparql', 'ASK {}', ...fixture], { STORYGRAPH_RDF_BASE: 'not an iri' }), 'invalid-base-iri');
  });

  it('reports bad data like every data command (exit 1), not as a query error', () => {
    const r = runCli(['sparql', 'ASK {}', '--data', join(ROOT, 'no-such-data')], cacheOff);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data-dir-missing/);
  });

  it('gives the same answers from the cache as without it', () => {
    const a = runCli(['sparql', CHAIN, '--format', 'json']);
    const b = runCli(['sparql', CHAIN, '--format', 'json'], cacheOff);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('the bundle', () => {
  const chunks = join(ROOT, 'dist', 'chunks');
  const OXIGRAPH_IMPORT = /import\s*\(?\s*["'`]oxigraph["'`]|from\s*["'`]oxigraph["'`]/;
  it("imports oxigraph only from the SPARQL engine's worker thread", () => {
    const importers = readdirSync(chunks).filter((f) => f.endsWith('.mjs') && OXIGRAPH_IMPORT.test(readFileSync(join(chunks, f), 'utf8')));
    expect(importers).toEqual(['sparql-worker.mjs']);
    expect(readFileSync(join(ROOT, 'dist', 'storygraph.mjs'), 'utf8')).not.toMatch(OXIGRAPH_IMPORT);
  });
});
