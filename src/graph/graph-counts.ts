// Counts of a graph per node type, relation type, factuality value, speech act and narrator's
// voice, its evidence quotes and
// drafted elements (what `stats` and `validate` report). The whole-graph snapshot stores them,
// so that a warm `stats` does not decode every element.
import { compareStrings } from '../text/compare-strings.js';
import { isCurated } from '../model/draft.js';
import type { ReadGraph } from './read-graph.js';

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

export function countGraph(graph: ReadGraph): GraphCounts {
  if (isCounted(graph)) return graph.counts();
  const nodeTypes: Record<string, number> = {};
  const relationTypes: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const fe: Record<string, number> = {};
  const acts: Record<string, number> = {};
  const voices: Record<string, number> = {};
  let evidence = 0;
  const drafted = { nodes: 0, edges: 0 };
  graph.forEachNode((_, a) => {
    bump(nodeTypes, a.type);
    if (a.factuality) bump(fn, a.factuality);
    if (a.act) bump(acts, a.act);
    if (a.voice) bump(voices, a.voice);
    if (!isCurated(a)) drafted.nodes++;
    evidence += a.evidence.length;
  });
  graph.forEachEdge((_, a) => {
    bump(relationTypes, a.type);
    bump(fe, a.factuality);
    if (a.voice) bump(voices, a.voice);
    if (!isCurated(a)) drafted.edges++;
    evidence += a.evidence.length;
  });
  return {
    stories: graph.getAttribute('stories').length,
    nodes: graph.order,
    edges: graph.size,
    nodeTypes: sorted(nodeTypes),
    relationTypes: sorted(relationTypes),
    factuality: { nodes: sorted(fn), edges: sorted(fe) },
    acts: sorted(acts),
    voices: sorted(voices),
    evidence,
    drafted,
  };
}
