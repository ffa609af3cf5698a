// Counts of a graph per node type, relation type, factuality value, speech act and narrator's
// voice, its evidence quotes and
// drafted elements (what `stats` and `validate` report). The whole-graph snapshot stores them,
// so that a warm `stats` does not decode every element.
import { compareStrings } from '../text/compare-strings.js';
import { isCurated } from '../model/draft.js';
import type { ReadGraph } from './read-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-attributes.js';

export interface GraphCounts {
  stories: number;
  nodes: number;
  edges: number;
  nodeTypes: Record<string, number>;
  relationTypes: Record<string, number>;
  factuality: { nodes: Record<string, number>; edges: Record<string, number> };
  /** Claims per speech act. */
  acts: Record<string, number>;
  /** Nodes and relations per narrator's voice, where the curator marked it. */
  voices: Record<string, number>;
  evidence: number;
  /** Drafted nodes and edges (storygraph add) that no reviewer has accepted yet. */
  drafted: { nodes: number; edges: number };
}

const bump = (m: Record<string, number>, k: string) => {
  m[k] = (m[k] ?? 0) + 1;
};
const sorted = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => compareStrings(a, b)));

/** A graph that knows its counts without visiting its elements (the snapshot). */
export interface CountedGraph {
  counts(): GraphCounts;
}
const isCounted = (g: object): g is CountedGraph => typeof (g as Partial<CountedGraph>).counts === 'function';

/** The counts of some nodes and edges (`stories`, `nodes`, `edges` are what the graph says). */
export function countElements(
  nodes: Iterable<NodeAttributes>,
  edges: Iterable<EdgeAttributes>,
  totals: Pick<GraphCounts, 'stories' | 'nodes' | 'edges'>,
): GraphCounts {
  const nodeTypes: Record<string, number> = {};
  const relationTypes: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const fe: Record<string, number> = {};
  const acts: Record<string, number> = {};
  const voices: Record<string, number> = {};
  let evidence = 0;
  const drafted = { nodes: 0, edges: 0 };
  for (const a of nodes) {
    bump(nodeTypes, a.type);
    if (a.factuality) bump(fn, a.factuality);
    if (a.act) bump(acts, a.act);
    if (a.voice) bump(voices, a.voice);
    if (!isCurated(a)) drafted.nodes++;
    evidence += a.evidence.length;
  }
  for (const a of edges) {
    bump(relationTypes, a.type);
    bump(fe, a.factuality);
    if (a.voice) bump(voices, a.voice);
    if (!isCurated(a)) drafted.edges++;
    evidence += a.evidence.length;
  }
  return {
    ...totals,
    nodeTypes: sorted(nodeTypes),
    relationTypes: sorted(relationTypes),
    factuality: { nodes: sorted(fn), edges: sorted(fe) },
    acts: sorted(acts),
    voices: sorted(voices),
    evidence,
    drafted,
  };
}

function* nodesOf(graph: ReadGraph): Generator<NodeAttributes> {
  const all: NodeAttributes[] = [];
  graph.forEachNode((_, a) => all.push(a));
  yield* all;
}

function* edgesOf(graph: ReadGraph): Generator<EdgeAttributes> {
  const all: EdgeAttributes[] = [];
  graph.forEachEdge((_, a) => all.push(a));
  yield* all;
}

export function countGraph(graph: ReadGraph): GraphCounts {
  if (isCounted(graph)) return graph.counts();
  return countElements(nodesOf(graph), edgesOf(graph), { stories: graph.getAttribute('stories').length, nodes: graph.order, edges: graph.size });
}

/** `counts` with some elements taken out and others put in (the snapshot updated story by story). */
export function adjustCounts(counts: GraphCounts, out: GraphCounts, into: GraphCounts, totals: Pick<GraphCounts, 'stories' | 'nodes' | 'edges'>): GraphCounts {
  const map = (a: Record<string, number>, b: Record<string, number>, c: Record<string, number>) => {
    const m: Record<string, number> = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(c)])) {
      const n = (a[k] ?? 0) - (b[k] ?? 0) + (c[k] ?? 0);
      if (n > 0) m[k] = n;
    }
    return sorted(m);
  };
  return {
    ...totals,
    nodeTypes: map(counts.nodeTypes, out.nodeTypes, into.nodeTypes),
    relationTypes: map(counts.relationTypes, out.relationTypes, into.relationTypes),
    factuality: {
      nodes: map(counts.factuality.nodes, out.factuality.nodes, into.factuality.nodes),
      edges: map(counts.factuality.edges, out.factuality.edges, into.factuality.edges),
    },
    acts: map(counts.acts, out.acts, into.acts),
    voices: map(counts.voices, out.voices, into.voices),
    evidence: counts.evidence - out.evidence + into.evidence,
    drafted: { nodes: counts.drafted.nodes - out.drafted.nodes + into.drafted.nodes, edges: counts.drafted.edges - out.drafted.edges + into.drafted.edges },
  };
}
