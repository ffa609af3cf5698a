// A Cypher script that loads the graph into Neo4j 5 (`cypher-shell -f graph.cypher`): a
// uniqueness constraint on ids, then UNWIND batches of MERGE per node type (labels StoryNode and
// the type's, e.g. Person) and per relation type (upper-case, e.g. HOLDS_OFFICE). Properties are
// the typed flat columns of flatten.ts; nested values are JSON text in `*_json` properties.
// Every value is written as a Cypher literal, escaped, so the script needs no parameters.
import type { StoryGraph } from '../graph/build-graph.js';
import type { Exporter } from './exporter.js';
import { flattenGraph, type Column, type Value } from './flatten.js';
import { NODE_LABEL, relationshipType, typeLabel } from './names.js';
import { compareStrings } from '../text/compare-strings.js';

const BATCH = 500;

/** A Cypher string literal: backslash escapes for quotes, backslashes and control characters. */
export function cypherString(s: string): string {
  const body = s.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `'${body}'`;
}

/** A map key or label: bare when it is an identifier, else in backticks. */
export function cypherName(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? s : `\`${s.replace(/`/g, '``')}\``;
}

function literal(c: Column<never>, v: Value): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return c.type === 'double' && Number.isInteger(v) ? `${v}.0` : String(v);
  return cypherString(v);
}

function props(columns: readonly Column<never>[], values: Record<string, Value>): string {
  const parts = columns.flatMap((c) => (values[c.name] === undefined ? [] : [`${cypherName(c.name)}: ${literal(c, values[c.name]!)}`]));
  return `{${parts.join(', ')}}`;
}

function groups<R extends { values: Record<string, Value> }>(rows: readonly R[]): [string, R[]][] {
  const by = new Map<string, R[]>();
  for (const r of rows) {
    const type = String(r.values.type);
    by.set(type, [...(by.get(type) ?? []), r]);
  }
  return [...by.entries()].sort(([a], [b]) => compareStrings(a, b));
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export function toCypher(graph: StoryGraph): string {
  const t = flattenGraph(graph);
  const stories = graph
    .getAttribute('stories')
    .map((s) => s.id)
    .sort();
  const out = [
    `// storygraph: ${t.nodes.length} nodes, ${t.edges.length} relationships from ${stories.join(', ')}.`,
    '// Run with: cypher-shell -f graph.cypher (Neo4j 5). Re-running it updates in place (MERGE on id).',
    `CREATE CONSTRAINT storynode_id IF NOT EXISTS FOR (n:${NODE_LABEL}) REQUIRE n.id IS UNIQUE;`,
    '',
  ];
  for (const [type, rows] of groups(t.nodes)) {
    for (const batch of batches(rows)) {
      out.push(`// nodes: ${type} (${batch.length})`, 'UNWIND [');
      out.push(batch.map((n) => `  {id: ${cypherString(n.id)}, props: ${props(t.nodeColumns, n.values)}}`).join(',\n'));
      out.push(`] AS row`, `MERGE (n:${NODE_LABEL} {id: row.id})`, `SET n += row.props, n:${cypherName(typeLabel(type))};`, '');
    }
  }
  for (const [type, rows] of groups(t.edges)) {
    for (const batch of batches(rows)) {
      out.push(`// relationships: ${type} (${batch.length})`, 'UNWIND [');
      out.push(
        batch
          .map(
            (e) =>
              `  {id: ${cypherString(e.id)}, source: ${cypherString(e.source)}, target: ${cypherString(e.target)}, props: ${props(t.edgeColumns, e.values)}}`,
          )
          .join(',\n'),
      );
      out.push(
        '] AS row',
        `MATCH (s:${NODE_LABEL} {id: row.source}), (t:${NODE_LABEL} {id: row.target})`,
        `MERGE (s)-[r:${cypherName(relationshipType(type))} {id: row.id}]->(t)`,
        'SET r += row.props;',
        '',
      );
    }
  }
  return out.join('\n');
}

export const exporter: Exporter = { export: toCypher };
