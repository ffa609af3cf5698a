// SPARQL is bounded and read-only (issue 8, points 8 and 9): a query that never ends is stopped
// at --timeout, a huge result is cut at --max-rows (and says so), the engine's failures are one
// coded line, updates and SERVICE are refused by name. Each bad case: one line on stderr, a
// stable code, no stack trace, nothing half-printed on stdout.
import { describe, expect, it } from 'vitest';
import { embeddedEvents } from '../../src/rdf/sparql-engine.js';
import { READ_ONLY_MESSAGE } from '../../src/rdf/sparql-guard.js';
import { FIXTURE_DATA, runCli } from './helpers.js';

const fixture = ['--data', FIXTURE_DATA];
const CARTESIAN = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }';
const NEVER_ENDS = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';

function expectOneLine(r: ReturnType<typeof runCli>, code: string, status: number) {
  expect(r.stderr).toMatch(new RegExp(`^storygraph: ${code}: [^\\n]+\\n$`));
  expect(r.stderr).not.toMatch(/\n\s+at |RuntimeError|panicked/);
  expect(r.status).toBe(status);
}

describe('sparql --timeout', () => {
  it('stops a query that never ends and says so in one line (sparql-timeout, exit 1)', () => {
    const r = runCli(['sparql', NEVER_ENDS, '--timeout', '1', ...fixture]);
    expectOneLine(r, 'sparql-timeout', 1);
    expect(r.stderr).toMatch(/longer than 1 s/);
    expect(r.stdout).toBe('');
  });

  it.each(['0', '-1', 'soon', '1e9'])('refuses --timeout %s (exit 2)', (value) => {
    const r = runCli(['sparql', 'ASK {}', '--timeout', value, ...fixture]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--timeout/);
  });
});

describe('sparql --max-rows', () => {
  it('prints the first N rows of a cartesian product, then says the output was cut (sparql-too-many-rows, exit 1)', () => {
    const r = runCli(['sparql', CARTESIAN, '--format', 'tsv', '--max-rows', '3', ...fixture]);
    expectOneLine(r, 'sparql-too-many-rows', 1);
    expect(r.stderr).toMatch(/more than 3 rows; the first 3 are printed/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1 + 3);
  });

  it('cuts at 10,000 rows by default, and the engine stops there (no 1.9 GB result)', () => {
    // (one short column: spawnSync keeps at most 1 MB of output)
    const r = runCli(['sparql', 'SELECT ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ', '--format', 'tsv', ...fixture]);
    expectOneLine(r, 'sparql-too-many-rows', 1);
    expect(r.stderr).toMatch(/more than 10000 rows; the first 10000 are printed/);
    const lines = r.stdout.split('\n');
    expect([lines[0], lines.length]).toEqual(['?i', 1 + 10_000 + 1]);
  });

  it('says in the table itself that rows were cut', () => {
    const r = runCli(['sparql', CARTESIAN, '--max-rows', '2', ...fixture]);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('the first 2 rows: more were cut (--max-rows 2)');
  });

  it('cuts CONSTRUCT results at N triples', () => {
    const r = runCli(['sparql', 'CONSTRUCT { ?a <urn:x:p> ?d } WHERE { ?a ?b ?c . ?d ?e ?f }', '--format', 'csv', '--max-rows', '5', ...fixture]);
    expectOneLine(r, 'sparql-too-many-rows', 1);
    expect(r.stderr).toMatch(/more than 5 triples/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('does not cut or complain when the result fits exactly', () => {
    const all = runCli(['sparql', 'SELECT ?s WHERE { ?s a <http://schema.org/Person> }', '--format', 'csv', ...fixture]);
    const n = all.stdout.trimEnd().split('\r\n').length - 1;
    expect(n).toBeGreaterThan(1);
    const exact = runCli(['sparql', 'SELECT ?s WHERE { ?s a <http://schema.org/Person> }', '--format', 'csv', '--max-rows', String(n), ...fixture]);
    expect([exact.status, exact.stderr, exact.stdout]).toEqual([0, '', all.stdout]);
  });

  it("keeps the query's own ORDER BY, LIMIT and variable order under the cap", () => {
    const q = 'SELECT ?l ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY DESC(?l) LIMIT 4';
    const r = runCli(['sparql', q, '--format', 'json', '--max-rows', '10', ...fixture]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.head.vars).toEqual(['l', 's']);
    const labels = json.results.bindings.map((b: { l: { value: string } }) => b.l.value);
    expect(labels).toHaveLength(4);
    expect(labels).toEqual([...labels].sort().reverse());
  });

  it('refuses --max-rows 0', () => {
    expect(runCli(['sparql', 'ASK {}', '--max-rows', '0', ...fixture]).status).toBe(2);
  });
});

describe('the engine in its worker thread', () => {
  const run = async (worker: string, timeoutMs = 30_000) => {
    const events = embeddedEvents(
      { nt: '', query: 'ASK {}', form: 'ASK', bodyStart: 0, workerUrl: new URL(`./fixtures/workers/${worker}`, import.meta.url) },
      { timeoutMs, maxRows: 10 },
    );
    for await (const e of events) void e;
  };

  it("turns an engine panic into sparql-engine-failed with the panic's message, not its trace", async () => {
    const error = await run('panics.mjs').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'sparql-engine-failed', exit: 1 });
    expect((error as Error).message).toMatch(/^the SPARQL engine failed: unreachable \(panicked at 'index out of bounds'/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('turns a thread that ends without answering into sparql-engine-failed', async () => {
    await expect(run('exits.mjs')).rejects.toMatchObject({ code: 'sparql-engine-failed', message: expect.stringMatching(/code 134/) });
  });

  it('terminates a thread stuck in a loop at the timeout', async () => {
    await expect(run('never-ends.mjs', 300)).rejects.toMatchObject({ code: 'sparql-timeout' });
  });
});

describe('read-only', () => {
  it.each([
    'INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }',
    'PREFIX sg: <https://storygraph.invalid/vocab#>\nDELETE WHERE { ?s sg:factuality ?f }',
    'DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }',
    'WITH <urn:x:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }',
    'LOAD <http://example.org/data.ttl>',
    'CLEAR ALL',
    '# a comment first\nDROP GRAPH <urn:x:g>',
    'CREATE GRAPH <urn:x:g>',
  ])('refuses %j with sparql-read-only (exit 2), saying what storygraph runs', (q) => {
    const r = runCli(['sparql', q, ...fixture]);
    expectOneLine(r, 'sparql-read-only', 2);
    expect(r.stderr).toBe(`storygraph: sparql-read-only: ${READ_ONLY_MESSAGE}\n`);
    expect(READ_ONLY_MESSAGE).toBe('storygraph runs SELECT, ASK, CONSTRUCT and DESCRIBE; change the data in data/ instead');
    expect(r.stdout).toBe('');
  });

  it.each([
    'SELECT * WHERE { SERVICE SILENT <http://example.invalid/sparql> { ?a ?b ?c } }',
    'SELECT * WHERE { ?a ?b ?c . service <http://example.invalid/sparql> { ?a ?b ?d } }',
  ])('refuses SERVICE rather than answer with a fake empty row: %j', (q) => {
    const r = runCli(['sparql', q, '--format', 'json', ...fixture]);
    expectOneLine(r, 'sparql-service', 2);
    expect(r.stdout).toBe('');
  });

  it('does not mistake SERVICE in a string, an IRI, a comment, a variable or a prefixed name for the keyword', () => {
    const q = 'PREFIX service: <urn:service:>\nSELECT ?service WHERE { ?service ?p "SERVICE" FILTER(?p != <urn:SERVICE> && ?p != service:x) } # SERVICE';
    const r = runCli(['sparql', q, '--format', 'csv', '--max-rows', '100000', ...fixture]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
