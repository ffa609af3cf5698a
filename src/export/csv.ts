// CSV in neo4j-admin's import header format: nodes.csv (`id:ID`, `:LABEL`, typed property
// columns such as `evidence_start:int`, lists as `aliases:string[]`) and relationships.csv
// (`:START_ID`, `:END_ID`, `:TYPE`, then the edge's properties), plus import.sh with the matching
// neo4j-admin command. Nested values are JSON text in `*_json` columns; an empty field is a
// missing property. Lists use `;` unless some item contains one (import.sh names the delimiter).
import type { StoryGraph } from '../graph/build-graph.js';
import type { Exporter } from './exporter.js';
import { flattenGraph, type Column, type ColumnType, type Row, type Value } from './flatten.js';
import { NODE_LABEL, relationshipType, typeLabel } from './names.js';

const DELIMITERS = [';', '|', '¦', '‖'];

const HEADER_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean', 'string[]': 'string[]' };

/** A field in double quotes, quotes doubled (RFC 4180; neo4j-admin without legacy quoting). */
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function field(type: ColumnType, v: Value | undefined, delimiter: string): string {
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return '';
  if (type === 'string[]') return Array.isArray(v) ? quote(v.join(delimiter)) : quote(String(v));
  if (type === 'string') return quote(String(v));
  return String(v);
}

function arrayDelimiter(rows: readonly Row[]): string {
  const items = rows.flatMap((r) => Object.values(r.values).filter(Array.isArray).flat());
  const d = DELIMITERS.find((c) => !items.some((s) => s.includes(c)));
  if (!d) throw new Error('csv export: every list delimiter occurs inside some list item');
  return d;
}

const line = (fields: string[]) => `${fields.join(',')}\n`;
const header = (columns: readonly Column<never>[]) => columns.map((c) => `${c.name}:${HEADER_TYPE[c.type]}`);

export function toNeo4jCsv(graph: StoryGraph): Record<string, string> {
  const t = flattenGraph(graph);
  const delimiter = arrayDelimiter([...t.nodes, ...t.edges]);
  let nodes = line(['id:ID', ':LABEL', ...header(t.nodeColumns)]);
  for (const n of t.nodes) {
    const labels = [NODE_LABEL, typeLabel(String(n.values.type))].join(delimiter);
    nodes += line([quote(n.id), quote(labels), ...t.nodeColumns.map((c) => field(c.type, n.values[c.name], delimiter))]);
  }
  let rels = line([':START_ID', ':END_ID', ':TYPE', 'id:string', ...header(t.edgeColumns)]);
  for (const e of t.edges) {
    rels += line([
      quote(e.source),
      quote(e.target),
      quote(relationshipType(String(e.values.type))),
      quote(e.id),
      ...t.edgeColumns.map((c) => field(c.type, e.values[c.name], delimiter)),
    ]);
  }
  const script = [
    '#!/bin/sh',
    '# Loads these CSV files into an empty Neo4j 5 database (stop the database first).',
    `# Every node has the label ${NODE_LABEL} and its type's label; ids are the property \`id\`.`,
    '# Lists are split on the --array-delimiter below; nested values are JSON text in *_json properties.',
    'set -e',
    'cd "$(dirname "$0")"',
    `neo4j-admin database import full --overwrite-destination --nodes=nodes.csv --relationships=relationships.csv \\`,
    `  --array-delimiter='${delimiter}' --multiline-fields=true --legacy-style-quoting=false "\${1:-neo4j}"`,
    `# then, in cypher-shell: CREATE CONSTRAINT storynode_id IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    '',
  ].join('\n');
  return { 'nodes.csv': nodes, 'relationships.csv': rels, 'import.sh': script };
}

export const exporter: Exporter = { export: toNeo4jCsv };
