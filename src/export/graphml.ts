// GraphML for Gephi, yEd, networkx and igraph. graphology-graphml only parses, so this writes it:
// one typed <key> per flat column (see flatten.ts), nested values and string lists as JSON text
// in `*_json` keys, and the stories (metadata and text) as JSON in the graph's `stories_json`.
import type { StoryGraph } from '../graph/build-graph.js';
import type { Exporter } from './exporter.js';
import { flattenGraph, scalarName, scalarValue, storiesJson, type Column, type ColumnType, type Value } from './flatten.js';
import { xmlAttr, xmlText } from './xml-text.js';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean', 'string[]': 'string' };

function keyLines(scope: 'node' | 'edge', prefix: string, columns: readonly Column<never>[]): string[] {
  return columns.map(
    (c) => `  <key id="${prefix}${xmlAttr(scalarName(c))}" for="${scope}" attr.name="${xmlAttr(scalarName(c))}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
  );
}

function dataLines(indent: string, prefix: string, columns: readonly Column<never>[], values: Record<string, Value>): string[] {
  const out: string[] = [];
  for (const c of columns) {
    const v = values[c.name];
    if (v !== undefined) out.push(`${indent}<data key="${prefix}${xmlAttr(scalarName(c))}">${xmlText(String(scalarValue(c, v)))}</data>`);
  }
  return out;
}

export function toGraphml(graph: StoryGraph): string {
  const t = flattenGraph(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_stories_json" for="graph" attr.name="stories_json" attr.type="string"/>',
    ...keyLines('node', 'n_', t.nodeColumns),
    ...keyLines('edge', 'e_', t.edgeColumns),
    '  <graph id="storygraph" edgedefault="directed">',
    // graph-level data must come before the first node (graphology-graphml stops at the first non-data child)
    `    <data key="g_stories_json">${xmlText(storiesJson(graph))}</data>`,
  ];
  for (const n of t.nodes) {
    lines.push(`    <node id="${xmlAttr(n.id)}">`, ...dataLines('      ', 'n_', t.nodeColumns, n.values), '    </node>');
  }
  for (const e of t.edges) {
    lines.push(
      `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}">`,
      ...dataLines('      ', 'e_', t.edgeColumns, e.values),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export const exporter: Exporter = { export: toGraphml };
