// storygraph against a real SPARQL server: Virtuoso 7, started here as a child process on
// loopback with its own database in a temp folder (scripts/virtuoso-server.ts, following
// ../shared/virtuoso.md). The Turtle export loads with Virtuoso's bulk loader (its load list
// checked, not just isql's exit code); `push` writes one named graph per story and rewrites only
// what changed; every catalog query gives the same answers through `sparql --endpoint` as in the
// embedded engine. Where the two may differ without either being wrong, the comparison says why.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.js';
import { DATA, ROOT, runCli } from './helpers.js';
import { corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { freePort, hasVirtuoso, startVirtuoso, type Virtuoso } from '../../scripts/virtuoso-server.js';
import { startServer } from '../e2e/support/server.js';

type Term = { type: string; value: string; datatype?: string; 'xml:lang'?: string };
type Results = { head: { vars: string[] }; results: { bindings: Record<string, Term>[] } };

const QUERIES = readdirSync(join(ROOT, 'queries'))
  .filter((f) => f.endsWith('.rq'))
  .sort();
/** The server's own result cap, low enough to be reached by a test query (see the cap test). */
const SERVER_CAP = 5000;
const GRAPH_BASE = 'https://storygraph.invalid/graph/';

/** GROUP_CONCAT columns of a query and their separators: SPARQL promises no order inside them. */
function groupConcats(query: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of query.matchAll(/GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s+\?(\w+)/gi)) out.set(m[2]!, m[1]!);
  return out;
}

/**
 * The rows as a sorted list of comparable strings: order-free (Virtuoso has returned ORDER BY on
 * labels sharing a long prefix out of order, and the catalog checks facts, not order), blank
 * node labels blanked (each store names its own), GROUP_CONCAT parts sorted, and an empty
 * GROUP_CONCAT equal to an unbound one (Virtuoso gives "", oxigraph no value).
 */
function comparable(r: Results, query: string): string[] {
  const concat = groupConcats(query);
  const key = (v: string, t: Term | undefined) => {
    if (concat.has(v)) return t?.value ? t.value.split(concat.get(v)!).sort().join(concat.get(v)) : '';
    if (!t) return '';
    return `${t.type}|${t.type === 'bnode' ? '_' : t.value}|${t.datatype ?? ''}|${t['xml:lang'] ?? ''}`;
  };
  return r.results.bindings.map((b) => JSON.stringify(r.head.vars.map((v) => key(v, b[v])))).sort();
}

const skipped = 'Virtuoso 7 (skipped: virtuoso-t and isql-vt are not installed; apt-get install virtuoso-opensource)';

describe.skipIf(!hasVirtuoso)(hasVirtuoso ? 'Virtuoso 7 as the SPARQL server' : skipped, () => {
  let v: Virtuoso;
  const endpoint = () => ['--endpoint', v.sparql];

  beforeAll(async () => {
    v = await startVirtuoso({ maxRows: SERVER_CAP });
    v.isql('grant SPARQL_UPDATE to "SPARQL";'); // the Graph Store Protocol needs it (HTTP 500 without)
  }, 180_000);
  afterAll(async () => v?.stop(), 60_000);

  it('loads the Turtle export with the bulk loader: every file loaded (state 2, no error), every triple there', async () => {
    const dir = join(v.dir, 'in');
    mkdirSync(dir);
    const out = runCli(['export', '--format', 'turtle', '--out', join(dir, 'seed.ttl')]);
    expect(out.status).toBe(0);
    v.isql(`ld_dir('${dir}', '*.ttl', 'https://graph.example/bulk'); rdf_loader_run(); checkpoint;`);
    // isql exits 0 even when the loader stopped at a syntax error: the load list says how it went.
    const list = v.isql('select ll_file, ll_state, ll_error from DB.DBA.load_list;');
    expect(list).toMatch(new RegExp(`${dir}/seed\\.ttl\\s+2\\s+NULL`));
    const embedded = JSON.parse(runCli(['sparql', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', '--format', 'json']).stdout) as Results;
    const q = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://graph.example/bulk> { ?s ?p ?o } }';
    const res = await fetch(`${v.sparql}?query=${encodeURIComponent(q)}`, { headers: { accept: 'application/sparql-results+json' } });
    const n = ((await res.json()) as Results).results.bindings[0]!.n!.value;
    expect(Number(n)).toBeGreaterThan(1000);
    expect(n).toBe(embedded.results.bindings[0]!.n!.value);
  }, 120_000);

  it('push: one named graph per story, the vocabulary and a manifest; a second push rewrites nothing', () => {
    const first = runCli(['push', ...endpoint()]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/sparql: 1 story, \d+ triples in 2 graphs under https:\/\/storygraph\.invalid\/graph\/\nadded 2, replaced 0, unchanged 0, removed 0\n$/,
    );
    const again = runCli(['push', ...endpoint()]);
    expect(again.stdout).toMatch(/\nadded 0, replaced 0, unchanged 2, removed 0\n$/);
  }, 120_000);

  it('push replaces only the stories that changed, deletes the graphs of stories gone, and the server answers as the embedded engine', () => {
    const dir = writeSyntheticCorpus(mkdtempSync(join(v.dir, 'corpus-')), { stories: 3, seed: 7 });
    const args = ['--data', dir, '--graph-base', 'https://graph.example/corpus/', ...endpoint()];
    const summary = () => runCli(['push', ...args]).stdout.split('\n')[1];
    expect(summary()).toBe('added 5, replaced 0, unchanged 0, removed 0'); // 3 stories, shared, vocabulary
    const storyJson = join(dir, 'stories', 'story-00002', 'story.json');
    writeFileSync(storyJson, readFileSync(storyJson, 'utf8').replace(/"title": "[^"]*"/, '"title": "Retitled"'));
    expect(summary()).toBe('added 0, replaced 1, unchanged 4, removed 0');
    rmSync(join(dir, 'stories', 'story-00003'), { recursive: true });
    // What story-00003 shared with one other story only is that story's own again: both graphs
    // and the shared one change; the vocabulary does not.
    expect(summary()).toBe('added 0, replaced 3, unchanged 1, removed 1');
    const q =
      'PREFIX sg: <https://storygraph.invalid/vocab#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?title WHERE { ?s a sg:Story ; rdfs:label ?title } ORDER BY ?title';
    const titles = runCli(['sparql', q, '--format', 'csv', ...args]);
    expect(titles.stdout).toBe('title\r\nRetitled\r\nSynthetic story 1 of 3\r\n');
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    expect(runCli(['sparql', count, '--format', 'csv', ...args]).stdout).toBe(runCli(['sparql', count, '--format', 'csv', '--data', dir]).stdout);
    // Other graph bases (the seed story's) are left alone.
    expect(runCli(['push', ...endpoint()]).stdout).toMatch(/, replaced 0, unchanged \d, removed 0\n$/);
  }, 180_000);

  // Every catalog question on the test corpus (the seed and the fixture stories), so that the
  // questions across stories have answers too.
  let corpus: string[] = [];
  beforeAll(() => {
    corpus = ['--data', corpusDataDir(), '--graph-base', 'https://graph.example/test-corpus/'];
    const pushed = runCli(['push', ...corpus, ...endpoint()]);
    if (pushed.status !== 0) throw new Error(`push of the test corpus failed: ${pushed.stderr}`);
  }, 180_000);
  afterAll(removeCorpusDirs);

  it.each(QUERIES)(
    '%s gives the same answers through --endpoint as in the embedded engine',
    (file) => {
      const query = readFileSync(join(ROOT, 'queries', file), 'utf8');
      const embedded = runCli(['sparql', `@queries/${file}`, '--format', 'json', ...corpus]);
      const server = runCli(['sparql', `@queries/${file}`, '--format', 'json', ...corpus, ...endpoint()]);
      expect(server.stderr).toBe('');
      expect(server.status).toBe(0);
      const [a, b] = [JSON.parse(embedded.stdout) as Results, JSON.parse(server.stdout) as Results];
      expect(b.head.vars).toEqual(a.head.vars);
      expect(a.results.bindings.length).toBeGreaterThan(0);
      expect(comparable(b, query)).toEqual(comparable(a, query));
    },
    60_000,
  );

  it("queries only the pushed graphs, never the server's own (its default graph holds system graphs)", () => {
    const q = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    const count = (args: string[]) => (JSON.parse(runCli(['sparql', q, '--format', 'json', ...args]).stdout) as Results).results.bindings[0]!.n!.value;
    expect(count(endpoint())).toBe(count([]));
  });

  it('gives stored booleans as true/false (Virtuoso answers 1/0), and computed ones when cast with xsd:boolean()', () => {
    // Virtuoso types a computed boolean (BOUND, EXISTS, even the constant true) as the integer
    // 1 or 0, which cannot be told from a real integer: the catalog casts with xsd:boolean().
    const q =
      'PREFIX sg: <https://storygraph.invalid/vocab#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n' +
      'SELECT ?explicit (xsd:boolean(BOUND(?explicit)) AS ?bound) (BOUND(?explicit) AS ?raw) WHERE { ?c sg:explicit ?explicit } LIMIT 1';
    const BOOL = 'http://www.w3.org/2001/XMLSchema#boolean';
    for (const args of [[], endpoint()]) {
      const r = JSON.parse(runCli(['sparql', q, '--format', 'json', ...args]).stdout) as Results;
      expect(r.results.bindings[0]!.explicit).toEqual({ type: 'literal', value: expect.stringMatching(/^(true|false)$/), datatype: BOOL });
      expect(r.results.bindings[0]!.bound).toEqual({ type: 'literal', value: 'true', datatype: BOOL });
    }
    const raw = JSON.parse(runCli(['sparql', q, '--format', 'json', ...endpoint()]).stdout) as Results;
    expect(raw.results.bindings[0]!.raw).toEqual({ type: 'literal', value: '1', datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
    expect(readFileSync(join(ROOT, 'queries', 'wikidata-links.rq'), 'utf8')).toMatch(/xsd:boolean\(EXISTS/);
    const ask = runCli(['sparql', 'ASK { ?s ?p ?o }', ...endpoint()]);
    expect([ask.status, ask.stdout]).toEqual([0, 'true\n']);
  });

  it('reports a result the server cut at its own cap (only the X-SPARQL-MaxRows header says so)', () => {
    const r = runCli(['sparql', 'SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f }', '--format', 'tsv', '--max-rows', '100000', ...endpoint()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `storygraph: sparql-too-many-rows: the server cut the results at its own cap of ${SERVER_CAP} rows (X-SPARQL-MaxRows); the ${SERVER_CAP} it sent are printed (raise the server's limit, e.g. Virtuoso's ResultSetMaxRows)\n`,
    );
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1 + SERVER_CAP);
  }, 60_000);

  it("cuts at --max-rows below the server's cap, and still refuses updates", () => {
    const r = runCli(['sparql', 'SELECT ?a WHERE { ?a ?b ?c }', '--format', 'csv', '--max-rows', '3', ...endpoint()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^storygraph: sparql-too-many-rows: the query gave more than 3 rows/);
    const update = runCli(['sparql', `CLEAR GRAPH <${GRAPH_BASE}manifest>`, ...endpoint()]);
    expect([update.status, update.stderr]).toEqual([
      2,
      'storygraph: sparql-read-only: storygraph runs SELECT, ASK, CONSTRUCT and DESCRIBE; change the data in data/ instead\n',
    ]);
  });

  it('prints CONSTRUCT results from the server as the embedded engine does', () => {
    const q =
      'PREFIX schema: <http://schema.org/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nCONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a schema:Person ; rdfs:label ?l }';
    const [a, b] = [runCli(['sparql', q]), runCli(['sparql', q, ...endpoint()])];
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('serve --endpoint: the query view gets the answers of `sparql --endpoint` from its own server, and its refusals coded', async () => {
    const served = await startServer([...corpus, ...endpoint()]);
    try {
      expect(await (await fetch(served.url)).text()).toContain(`<meta name="storygraph-sparql-endpoint" content="${v.sparql}">`);
      const file = 'who-met-whom.rq';
      const query = readFileSync(join(ROOT, 'queries', file), 'utf8');
      const res = await fetch(`${served.url}sparql?query=${encodeURIComponent(query)}`);
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { form: string; result: Results; cut: false | string };
      const cli = JSON.parse(runCli(['sparql', `@queries/${file}`, '--format', 'json', ...corpus, ...endpoint()]).stdout) as Results;
      expect(answer.form).toBe('SELECT');
      expect(answer.cut).toBe(false);
      expect(answer.result.results.bindings.length).toBeGreaterThan(0);
      expect(comparable(answer.result, query)).toEqual(comparable(cli, query));
      const refused = await fetch(`${served.url}sparql?query=${encodeURIComponent('DELETE WHERE { ?s ?p ?o }')}`);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toMatchObject({ error: { code: 'sparql-read-only' } });
      expect((await fetch(`${served.url}sparql?query=`)).status).toBe(400);
      expect((await fetch(`${served.url}sparql`, { method: 'POST' })).status).toBe(405);
    } finally {
      await served.stop();
    }
  }, 120_000);
});

describe('the endpoint client without a server', () => {
  it('says the server cannot be reached, in one coded line', async () => {
    const port = await freePort(); // nobody listens there now
    const r = runCli(['sparql', 'ASK {}', '--endpoint', `http://127.0.0.1:${port}/sparql`, '--data', DATA]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^storygraph: sparql-endpoint-unreachable: http://127\\.0\\.0\\.1:${port}/sparql: ECONNREFUSED[^\\n]*\\n$`));
  });

  it('refuses an endpoint that is not an http(s) URL', () => {
    const r = runCli(['push', '--endpoint', 'file:///etc/passwd']);
    expect([r.status, r.stderr]).toEqual([2, 'storygraph: invalid-endpoint: --endpoint file:///etc/passwd: only http(s) endpoints\n']);
  });
});
