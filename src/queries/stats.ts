// Counts per node type, relation type, factuality value, speech act and narrator's voice: the
// shape of the graph at a glance.
import type { StoryGraph } from '../graph/build-graph.js';
import { compareStrings } from '../text/compare-strings.js';

export interface Stats {
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
}

const bump = (m: Record<string, number>, k: string) => { m[k] = (m[k] ?? 0) + 1; };
const sorted = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => compareStrings(a, b)));

export function stats(graph: StoryGraph): Stats {
  const nodeTypes: Record<string, number> = {};
  const relationTypes: Record<string, number> = {};
  const fn: Record<string, number> = {};
  const fe: Record<string, number> = {};
  const acts: Record<string, number> = {};
  const voices: Record<string, number> = {};
  let evidence = 0;
  graph.forEachNode((_, a) => {
    bump(nodeTypes, a.type);
    if (a.factuality) bump(fn, a.factuality);
    if (a.act) bump(acts, a.act);
    if (a.voice) bump(voices, a.voice);
    evidence += a.evidence.length;
  });
  graph.forEachEdge((_, a) => {
    bump(relationTypes, a.type);
    bump(fe, a.factuality);
    if (a.voice) bump(voices, a.voice);
    evidence += a.evidence.length;
  });
  return {
    stories: graph.getAttribute('stories').length, nodes: graph.order, edges: graph.size,
    nodeTypes: sorted(nodeTypes), relationTypes: sorted(relationTypes),
    factuality: { nodes: sorted(fn), edges: sorted(fe) }, acts: sorted(acts), voices: sorted(voices), evidence,
  };
}
