// GraphML and GEXF read back by independent readers: graphology's own parsers and networkx.
// Lossless: every node and edge attribute is rebuilt from what the reader returns.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml.js';
import { toGexf } from '../../src/export/gexf.js';
import { xmlAttr, xmlText } from '../../src/export/xml-text.js';
import { sortKeys } from '../../src/graph/serialize.js';
import { edgeAttrs, fixtureGraph, nodeAttrs, original, pythonMissing, runPython } from './support/fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-xml-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const missing = pythonMissing();

interface PyGraph {
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: { key: string; source: string; target: string; attrs: Record<string, unknown> }[];
}

/** Checks a reader's nodes and edges against the graph, attribute for attribute. */
function expectSameGraph(nodes: Map<string, Record<string, unknown>>, edges: Map<string, { source: string; target: string; attrs: Record<string, unknown> }>) {
  const g = fixtureGraph();
  expect([...nodes.keys()].sort()).toEqual([...g.nodes()].sort());
  expect([...edges.keys()].sort()).toEqual([...g.edges()].sort());
  for (const [id, a] of nodes) expect(nodeAttrs(a, true), id).toEqual(original(g.getNodeAttributes(id)));
  for (const [key, e] of edges) {
    expect([e.source, e.target], key).toEqual([g.source(key), g.target(key)]);
    expect(edgeAttrs(e.attrs, true), key).toEqual(original(g.getEdgeAttributes(key)));
  }
}

describe('xml escaping', () => {
  it('escapes markup and keeps whitespace through attributes', () => {
    expect(xmlText('a<b>&c\r')).toBe('a&lt;b&gt;&amp;c&#13;');
    expect(xmlAttr('"x"\t\n')).toBe('&quot;x&quot;&#9;&#10;');
    expect(xmlText('bell\u0007 and lone \ud800 🙂')).toBe('bell\uFFFD and lone \uFFFD 🙂');
  });
});

describe('graphml', () => {
  const text = toGraphml(fixtureGraph());

  it('declares typed keys', () => {
    expect(text).toContain('<key id="n_evidence_start" for="node" attr.name="evidence_start" attr.type="int"/>');
    expect(text).toContain('<key id="e_derived" for="edge" attr.name="derived" attr.type="boolean"/>');
    expect(text).toContain('attr.name="time_edtf" attr.type="string"');
    expect(text).toContain('attr.name="aliases_json" attr.type="string"');
  });

  it('reads back losslessly with graphology-graphml', () => {
    const parsed = parseGraphml(Graph, text);
    expect(parsed.type).toBe('directed');
    const nodes = new Map(parsed.mapNodes((n, a) => [n, a] as const));
    const edges = new Map(parsed.mapEdges((k, a, source, target) => [k, { source, target, attrs: a }] as const));
    expectSameGraph(nodes, edges);
    expect(parsed.getNodeAttribute('event/talks', 'evidence_start')).toBe(80);
    expect(JSON.parse(parsed.getAttribute('stories_json'))).toEqual(sortKeys(fixtureGraph().getAttribute('stories')));
  });

  it.skipIf(missing)(`reads back losslessly with networkx${missing ? ` (skipped: ${missing})` : ''}`, () => {
    const file = join(tmp, 'g.graphml');
    writeFileSync(file, text);
    const py = runPython('read_graph.py', ['graphml', file]) as PyGraph;
    expect(py.directed).toBe(true);
    expectSameGraph(new Map(Object.entries(py.nodes)), new Map(py.edges.map((e) => [e.key, e])));
    expect(py.nodes['event/talks']!.note).toBe('line one\nline two\ttabbed');
    expect(JSON.parse(String(py.graph.stories_json))[0].text).toBe(fixtureGraph().getAttribute('stories')[0]!.text);
  });
});

describe('gexf', () => {
  const text = toGexf(fixtureGraph());

  it('declares typed attributes', () => {
    expect(text).toContain('<attribute id="evidence_start" title="evidence_start" type="integer"/>');
    expect(text).toContain('<attribute id="derived" title="derived" type="boolean"/>');
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
  });

  it('reads back losslessly with graphology-gexf', () => {
    const parsed = parseGexf(Graph, text);
    const nodes = new Map(parsed.mapNodes((n, a) => [n, a] as const));
    const edges = new Map(parsed.mapEdges((k, a, source, target) => [k, { source, target, attrs: a }] as const));
    expectSameGraph(nodes, edges);
    expect(parsed.getAttribute('creator')).toBe('storygraph');
  });

  it.skipIf(missing)(`reads back losslessly with networkx${missing ? ` (skipped: ${missing})` : ''}`, () => {
    const file = join(tmp, 'g.gexf');
    writeFileSync(file, text);
    const py = runPython('read_graph.py', ['gexf', file]) as PyGraph;
    expect(py.directed).toBe(true);
    // networkx keeps the edge label (the relation type) and id as attributes.
    const edges = py.edges.map((e) => {
      const { label, id, ...attrs } = e.attrs;
      expect([label, id]).toEqual([attrs.type, e.key]);
      return [e.key, { ...e, attrs }] as const;
    });
    expectSameGraph(new Map(Object.entries(py.nodes)), new Map(edges));
  });
});
