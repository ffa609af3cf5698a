// The flat columns behind graphml, gexf, cytoscape, csv and cypher: every graph attribute has a
// column, types follow the schema, and the columns give back the attributes unchanged.
import { describe, expect, it } from 'vitest';
import { EdgeAttributes, NodeAttributes } from '../../src/model/graph-attributes.js';
import { EDGE_COLUMNS, NODE_COLUMNS, firstEvidence, flattenGraph } from '../../src/export/flatten.js';
import { edgeAttrs, fixtureGraph, nodeAttrs, original } from './support/fixture.js';

describe('flatten', () => {
  it('has a column for every attribute of the contract', () => {
    for (const key of Object.keys(NodeAttributes.shape))
      expect(
        NODE_COLUMNS.some((c) => c.from === key && (c.name === key || c.json)),
        key,
      ).toBe(true);
    for (const key of Object.keys(EdgeAttributes.shape))
      expect(
        EDGE_COLUMNS.some((c) => c.from === key && (c.name === key || c.json)),
        key,
      ).toBe(true);
  });

  it('types columns from the schema', () => {
    const type = (name: string) => [...NODE_COLUMNS, ...EDGE_COLUMNS].find((c) => c.name === name)?.type;
    expect(type('label')).toBe('string');
    expect(type('aliases')).toBe('string[]');
    expect(type('position')).toBe('int');
    expect(type('derived')).toBe('boolean');
    expect(type('evidence_start')).toBe('int');
    expect(type('evidence_json')).toBe('string');
    expect(NODE_COLUMNS.find((c) => c.name === 'time_json')?.json).toBe(true);
  });

  it('gives back every node and edge attribute', () => {
    const g = fixtureGraph();
    const t = flattenGraph(g);
    expect(t.nodes.map((n) => n.id)).toEqual([...g.nodes()].sort());
    for (const n of t.nodes) expect(nodeAttrs(n.values, false), n.id).toEqual(original(g.getNodeAttributes(n.id)));
    for (const e of t.edges) {
      expect(edgeAttrs(e.values, false), e.id).toEqual(original(g.getEdgeAttributes(e.id)));
      expect([e.source, e.target]).toEqual([g.source(e.id), g.target(e.id)]);
    }
  });

  it('keeps only the columns some row fills', () => {
    const t = flattenGraph(fixtureGraph());
    for (const c of t.nodeColumns)
      expect(
        t.nodes.some((n) => n.values[c.name] !== undefined),
        c.name,
      ).toBe(true);
    expect(t.nodeColumns.map((c) => c.name)).not.toContain('region');
  });

  it('derives the first quote in text order and the time', () => {
    const t = flattenGraph(fixtureGraph());
    const wu = t.nodes.find((n) => n.id === 'person/wu-qian')!.values;
    expect([wu.evidence_exact, wu.evidence_count]).toEqual(['Wu Qian', 4]);
    const talks = t.nodes.find((n) => n.id === 'event/talks')!.values;
    expect([talks.time_edtf, talks.time_expression, talks.cameo_code]).toEqual(['2020-10-28', 'Oct. 28', '040']);
    const denies = t.nodes.find((n) => n.id === 'claim/esper-denies')!.values;
    expect(denies.attribution_chain).toEqual(['person/mark-esper', 'person/wu-qian', 'article/fixture-alpha']);
    expect(firstEvidence([])).toBeUndefined();
  });
});
