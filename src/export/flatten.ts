// Flat, typed columns for the table-like formats (GraphML, GEXF, Cytoscape, CSV, Cypher). Every
// attribute of the graph contract (src/model/graph-attributes.ts) becomes a column named as in the graph:
// scalars keep their type, string lists stay lists, and nested values (evidence, attribution,
// time...) become JSON text in `<name>_json`, so nothing is lost. A few derived scalars
// (`time_edtf`, `evidence_exact`...) answer common questions in tools that cannot read JSON.
// The columns are derived from the zod schemas, so a new attribute cannot be silently dropped.
import { z } from 'zod';
import { EdgeAttributes, NodeAttributes } from '../model/graph-attributes.js';
import type { StoryGraph } from '../graph/build-graph.js';
import { sortKeys } from '../graph/serialize.js';
import type { ResolvedEvidence } from '../model/index.js';
import { byString } from '../text/compare-strings.js';

export type ColumnType = 'string' | 'int' | 'double' | 'boolean' | 'string[]';
export type Value = string | number | boolean | string[];

export interface Column<A> {
  name: string;
  type: ColumnType;
  /** The graph attribute this column comes from. */
  from: string;
  /** true when the column holds a JSON text of a nested value. */
  json: boolean;
  get(attrs: A): Value | undefined;
}

export interface Row {
  id: string;
  values: Record<string, Value>;
}
export interface EdgeRow extends Row {
  source: string;
  target: string;
}

export interface Table {
  nodeColumns: Column<NodeAttributes>[];
  edgeColumns: Column<EdgeAttributes>[];
  nodes: Row[];
  edges: EdgeRow[];
}

type Kind = ColumnType | 'json';

/** What a schema field becomes: a scalar type, a string list, or JSON text. */
function kindOf(s: z.ZodType): Kind {
  if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) return kindOf(s.unwrap() as z.ZodType);
  if (s instanceof z.ZodString || s instanceof z.ZodEnum || s instanceof z.ZodLiteral) return 'string';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodNumber) return s.isInt ? 'int' : 'double';
  if (s instanceof z.ZodArray) return kindOf(s.element as z.ZodType) === 'string' ? 'string[]' : 'json';
  return 'json';
}

/** The first quote in text order (the earliest in the first story that has one). */
export function firstEvidence(evidence: readonly ResolvedEvidence[] | undefined): ResolvedEvidence | undefined {
  if (!evidence?.length) return undefined;
  const story = evidence[0]!.story;
  return evidence.filter((e) => e.story === story).reduce((a, b) => (b.start < a.start || (b.start === a.start && b.end < a.end) ? b : a));
}

type Annotated = Pick<NodeAttributes, 'evidence' | 'attribution' | 'time' | 'condition' | 'cameo'>;
const col = <A>(from: string, name: string, type: ColumnType, get: (a: A) => Value | undefined): Column<A> => ({ name, type, from, json: false, get });

const SHARED_DERIVED: Record<string, Column<Annotated>[]> = {
  evidence: [
    col('evidence', 'evidence_count', 'int', (a) => a.evidence.length),
    col('evidence', 'evidence_exact', 'string', (a) => firstEvidence(a.evidence)?.exact),
    col('evidence', 'evidence_start', 'int', (a) => firstEvidence(a.evidence)?.start),
    col('evidence', 'evidence_end', 'int', (a) => firstEvidence(a.evidence)?.end),
  ],
  attribution: [
    col('attribution', 'attribution_speaker', 'string', (a) => a.attribution?.[0]?.agents.join(' & ')),
    col('attribution', 'attribution_chain', 'string[]', (a) => a.attribution?.map((l) => l.agents.join(' & '))),
  ],
  time: [col('time', 'time_edtf', 'string', (a) => a.time?.edtf), col('time', 'time_expression', 'string', (a) => a.time?.expression)],
  condition: [col('condition', 'condition_text', 'string', (a) => a.condition?.text), col('condition', 'condition_event', 'string', (a) => a.condition?.event)],
  cameo: [col('cameo', 'cameo_code', 'string', (a) => a.cameo?.code), col('cameo', 'cameo_label', 'string', (a) => a.cameo?.label)],
};

const NODE_DERIVED: Record<string, Column<NodeAttributes>[]> = {
  ...SHARED_DERIVED,
  kb: [
    col('kb', 'kb_status', 'string', (a) => a.kb?.status),
    col('kb', 'kb_wikidata', 'string', (a) => (a.kb && 'wikidata' in a.kb ? a.kb.wikidata : undefined)),
  ],
  outsideNames: [col('outsideNames', 'outside_names', 'string[]', (a) => a.outsideNames?.map((o) => o.name))],
  cue: [col('cue', 'cue_exact', 'string', (a) => a.cue?.exact)],
  quote: [col('quote', 'quote_exact', 'string', (a) => a.quote?.exact)],
  published: [
    col('published', 'published_edtf', 'string', (a) => a.published?.edtf),
    col('published', 'published_inferred', 'boolean', (a) => a.published?.inferred),
  ],
};

function columnsOf<A extends object>(shape: Record<string, z.ZodType>, derived: Record<string, Column<A>[]>): Column<A>[] {
  const out: Column<A>[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const kind = kindOf(schema);
    const read = (a: A): unknown => Reflect.get(a, key);
    if (kind === 'json') {
      out.push({
        name: `${key}_json`,
        type: 'string',
        from: key,
        json: true,
        get: (a) => {
          const v = read(a);
          return v === undefined ? undefined : JSON.stringify(sortKeys(v));
        },
      });
    } else {
      out.push({ name: key, type: kind, from: key, json: false, get: (a) => read(a) as Value | undefined });
    }
    out.push(...(derived[key] ?? []));
  }
  return out;
}

/** Every column a node or an edge can have, in a fixed order. */
export const NODE_COLUMNS: readonly Column<NodeAttributes>[] = columnsOf(NodeAttributes.shape, NODE_DERIVED);
export const EDGE_COLUMNS: readonly Column<EdgeAttributes>[] = columnsOf(EdgeAttributes.shape, SHARED_DERIVED);

function rowValues<A>(columns: readonly Column<A>[], attrs: A): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const c of columns) {
    const v = c.get(attrs);
    if (v !== undefined && v !== null) values[c.name] = v;
  }
  return values;
}

const byId = byString((x: { id: string }) => x.id);

/** The graph as two sorted tables; only columns that some row fills are kept. */
export function flattenGraph(graph: StoryGraph): Table {
  const nodes: Row[] = graph.mapNodes((id, a) => ({ id, values: rowValues(NODE_COLUMNS, a) })).sort(byId);
  const edges: EdgeRow[] = graph.mapEdges((id, a, source, target) => ({ id, source, target, values: rowValues(EDGE_COLUMNS, a) })).sort(byId);
  const used = (rows: Row[]) => new Set(rows.flatMap((r) => Object.keys(r.values)));
  const usedNode = used(nodes);
  const usedEdge = used(edges);
  return {
    nodeColumns: NODE_COLUMNS.filter((c) => usedNode.has(c.name)),
    edgeColumns: EDGE_COLUMNS.filter((c) => usedEdge.has(c.name)),
    nodes,
    edges,
  };
}

/** For formats without list types: a list column's name and value as JSON text (`aliases_json`). */
export const scalarName = (c: Column<never>): string => (c.type === 'string[]' ? `${c.name}_json` : c.name);
export const scalarValue = (_c: Column<never>, v: Value): string | number | boolean => (Array.isArray(v) ? JSON.stringify(v) : v);

/** A row's values with lists as JSON text, keyed by scalarName. */
export function scalarValues(columns: readonly Column<never>[], values: Record<string, Value>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const c of columns) if (values[c.name] !== undefined) out[scalarName(c)] = scalarValue(c, values[c.name]!);
  return out;
}

/** The graph's stories (metadata, text, sentences) as JSON text, for formats with a graph-level slot. */
export function storiesJson(graph: StoryGraph): string {
  return JSON.stringify(sortKeys(graph.getAttribute('stories')));
}
