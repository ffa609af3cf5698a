// Cytoscape JSON, neo4j-admin CSV and the Cypher script read back: cytoscape.js loads the
// elements, an RFC 4180 reader (and Python's csv module) reads the CSV with its typed headers,
// and a Cypher literal reader reads the script's values. Each gives back every attribute.
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { afterAll, describe, expect, it } from 'vitest';
import { toCytoscape } from '../../src/export/cytoscape.js';
import { toNeo4jCsv } from '../../src/export/csv.js';
import { cypherName, cypherString, toCypher } from '../../src/export/cypher.js';
import { parseCsv, type Field } from './support/csv-parse.js';
import { parseLiteral, type CypherValue } from './support/cypher-literals.js';
import { edgeAttrs, fixtureGraph, nodeAttrs, original, PYTHON, runPython } from './support/fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-tables-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The original attributes without empty lists (CSV cannot tell an empty list from none). */
const withoutEmptyLists = (a: object) => Object.fromEntries(Object.entries(original(a)).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));

describe('cytoscape', () => {
  const doc = JSON.parse(toCytoscape(fixtureGraph()));

  it('loads into cytoscape.js with every element', () => {
    const g = fixtureGraph();
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(g.order);
    expect(cy.edges().length).toBe(g.size);
    const e = cy.getElementById('rel/talks-esper');
    expect([e.source().id(), e.target().id(), e.data('interaction'), e.data('role')]).toEqual(['event/talks', 'person/mark-esper', 'participant', 'party']);
    expect(cy.getElementById('person/wu-qian').data('name')).toBe('Wu Qian');
  });

  it('keeps typed data and gives back every attribute', () => {
    const g = fixtureGraph();
    for (const { data } of doc.elements.nodes) expect(nodeAttrs(data, false), data.id).toEqual(original(g.getNodeAttributes(data.id)));
    for (const { data } of doc.elements.edges) expect(edgeAttrs(data, false), data.id).toEqual(original(g.getEdgeAttributes(data.id)));
    const talks = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'event/talks').data;
    expect([typeof talks.evidence_start, Array.isArray(talks.stories)]).toEqual(['number', true]);
    expect(JSON.parse(doc.data.stories_json).map((s: { id: string }) => s.id)).toEqual(['fixture-alpha', 'fixture-beta']);
  });
});

const HEADER = /^(id:ID|:LABEL|:START_ID|:END_ID|:TYPE|[A-Za-z_][A-Za-z0-9_]*:(string|int|double|boolean|string\[\]))$/;

/** A CSV row typed by its neo4j header, empty fields left out. */
function typedRow(header: string[], row: Field[], delimiter: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((h, i) => {
    const f = row[i]!;
    if (f.text === '' && !f.quoted) return;
    const [name, type] = h.split(':') as [string, string];
    out[name || h] =
      type === 'int' ? Number(f.text) : type === 'boolean' ? f.text === 'true' : type === 'string[]' || h === ':LABEL' ? f.text.split(delimiter) : f.text;
  });
  return out;
}

describe('neo4j csv', () => {
  const files = toNeo4jCsv(fixtureGraph());
  const delimiter = /--array-delimiter='(.)'/.exec(files['import.sh']!)![1]!;

  it('writes neo4j-admin headers', () => {
    const nodes = parseCsv(files['nodes.csv']!);
    const rels = parseCsv(files['relationships.csv']!);
    expect(nodes[0]!.slice(0, 2).map((f) => f.text)).toEqual(['id:ID', ':LABEL']);
    expect(rels[0]!.slice(0, 4).map((f) => f.text)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id:string']);
    for (const h of [...nodes[0]!, ...rels[0]!]) expect(h.text).toMatch(HEADER);
    expect(nodes[0]!.map((f) => f.text)).toContain('aliases:string[]');
    expect(nodes[0]!.map((f) => f.text)).toContain('evidence_start:int');
  });

  it('picks a list delimiter no list item contains', () => {
    // The fixture has an alias with both ";" and "|".
    expect(delimiter).toBe('¦');
    expect(files['import.sh']).toContain('--multiline-fields=true');
  });

  it('gives back every attribute, typed by the header', () => {
    const g = fixtureGraph();
    const [nh, ...nodes] = parseCsv(files['nodes.csv']!);
    const header = nh!.map((f) => f.text);
    expect(nodes.length).toBe(g.order);
    for (const row of nodes) {
      expect(row.length).toBe(header.length);
      const r = typedRow(header, row, delimiter);
      const id = String(r.id);
      expect(r[':LABEL']).toEqual(['StoryNode', g.getNodeAttribute(id, 'type').replace(/^./, (c) => c.toUpperCase())]);
      expect(nodeAttrs(r, false), id).toEqual(withoutEmptyLists(g.getNodeAttributes(id)));
    }
    const [rh, ...rels] = parseCsv(files['relationships.csv']!);
    const rheader = rh!.map((f) => f.text);
    expect(rels.length).toBe(g.size);
    for (const row of rels) {
      const r = typedRow(rheader, row, delimiter);
      const key = String(r.id);
      expect([r[':START_ID'], r[':END_ID'], r[':TYPE']]).toEqual([g.source(key), g.target(key), g.getEdgeAttribute(key, 'type').toUpperCase()]);
      expect(edgeAttrs(r, false), key).toEqual(withoutEmptyLists(g.getEdgeAttributes(key)));
    }
  });

  it.skipIf(!existsSync(PYTHON))("reads with Python's csv module, every row complete", () => {
    const dir = join(tmp, 'csv');
    mkdirSync(dir);
    for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
    const py = runPython('read_neo4j_csv.py', [dir]) as Record<string, { header: string[]; rows: string[][]; bad_rows: number[] }>;
    expect(py['nodes.csv']!.bad_rows).toEqual([]);
    expect(py['relationships.csv']!.bad_rows).toEqual([]);
    expect(py['nodes.csv']!.rows.length).toBe(fixtureGraph().order);
    const note = py['nodes.csv']!.header.indexOf('note:string');
    expect(py['nodes.csv']!.rows.find((r) => r[0] === 'event/talks')![note]).toBe('line one\nline two\ttabbed');
  });
});

/** Every UNWIND batch of the script: its rows and the statement after them. */
function unwinds(script: string): { rows: CypherValue[]; tail: string }[] {
  const out: { rows: CypherValue[]; tail: string }[] = [];
  let at = script.indexOf('UNWIND [');
  while (at >= 0) {
    const { value, end } = parseLiteral(script, at + 'UNWIND '.length);
    const stop = script.indexOf(';\n', end);
    out.push({ rows: value as CypherValue[], tail: script.slice(end, stop + 1) });
    at = script.indexOf('UNWIND [', stop);
  }
  return out;
}

describe('cypher', () => {
  it('escapes strings and names', () => {
    const nasty = 'it\'s a \\ "test"\n\ttab\r\u0001 🙂 \u2028';
    const lit = cypherString(nasty);
    expect(lit).not.toMatch(/[\n\r\t\u0001\u2028]/);
    expect(parseLiteral(lit, 0).value).toBe(nasty);
    expect(cypherName('evidence_start')).toBe('evidence_start');
    expect(cypherName('odd name`')).toBe('`odd name```');
  });

  it('creates a constraint, labels nodes by type and upper-cases relationship types', () => {
    const script = toCypher(fixtureGraph());
    expect(script).toContain('CREATE CONSTRAINT storynode_id IF NOT EXISTS FOR (n:StoryNode) REQUIRE n.id IS UNIQUE;');
    const tails = unwinds(script).map((u) => u.tail);
    expect(tails).toContainEqual(' AS row\nMERGE (n:StoryNode {id: row.id})\nSET n += row.props, n:Person;');
    expect(tails.some((t) => t.includes('MERGE (s)-[r:HOLDS_OFFICE {id: row.id}]->(t)'))).toBe(true);
  });

  it('gives back every attribute from the literals', () => {
    const g = fixtureGraph();
    const nodes = new Map<string, CypherValue>();
    const edges = new Map<string, CypherValue>();
    for (const { rows } of unwinds(toCypher(g))) {
      for (const row of rows as { id: string; source?: string; props: CypherValue }[]) (row.source ? edges : nodes).set(row.id, row);
    }
    expect([...nodes.keys()].sort()).toEqual([...g.nodes()].sort());
    expect([...edges.keys()].sort()).toEqual([...g.edges()].sort());
    for (const [id, row] of nodes) expect(nodeAttrs((row as { props: Record<string, unknown> }).props, false), id).toEqual(original(g.getNodeAttributes(id)));
    for (const [key, row] of edges) {
      const r = row as { source: string; target: string; props: Record<string, unknown> };
      expect([r.source, r.target]).toEqual([g.source(key), g.target(key)]);
      expect(edgeAttrs(r.props, false), key).toEqual(original(g.getEdgeAttributes(key)));
    }
  });
});
