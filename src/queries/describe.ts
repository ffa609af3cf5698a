// The shapes every query reports an edge or a node reference in, so that each result carries
// its supporting quotes, its factuality and its attribution in the same form.
import type { ReadGraph } from '../graph/read-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-attributes.js';
import type { Factuality, RelationType, ResolvedEvidence } from '../model/index.js';
import { compareStrings } from '../text/compare-strings.js';

export interface NodeRef {
  id: string;
  type: NodeAttributes['type'];
  label: string;
}

/** One agent of one level of a chain; agents that speak together share a level. */
export interface AttributionStep {
  /** The level of the chain, 0 = the speaker(s); joint speakers have the same level. */
  level: number;
  agent: string;
  label: string;
  type: NodeAttributes['type'];
  role: NonNullable<NodeAttributes['attribution']>[number]['role'];
  explicit: boolean;
  cue: ResolvedEvidence;
}

export interface EdgeSummary {
  edge: string;
  type: RelationType;
  source: string;
  target: string;
  factuality: Factuality;
  /** The attribution chain of the relation, speaker first, when it is attributed. */
  attribution?: AttributionStep[];
  evidence: ResolvedEvidence[];
  time?: EdgeAttributes['time'];
  condition?: EdgeAttributes['condition'];
  title?: string;
  role?: string;
  /** For attribution links derived from a claim's chain. */
  derived?: { role: NonNullable<EdgeAttributes['attributionRole']>; position: number; explicit: boolean; agentIndex?: number };
}

export function nodeRef(graph: ReadGraph, id: string): NodeRef {
  const a = graph.getNodeAttributes(id);
  return { id, type: a.type, label: a.label };
}

export function attributionSteps(graph: ReadGraph, chain: NodeAttributes['attribution']): AttributionStep[] | undefined {
  return chain?.flatMap((l, level) =>
    l.agents.map((id) => {
      const agent = graph.hasNode(id) ? nodeRef(graph, id) : { id, type: 'article' as const, label: id };
      return { level, agent: id, label: agent.label, type: agent.type, role: l.role, explicit: l.explicit, cue: l.cue };
    }),
  );
}

export function edgeSummary(graph: ReadGraph, edge: string): EdgeSummary {
  const a = graph.getEdgeAttributes(edge);
  const attribution = attributionSteps(graph, a.attribution);
  return {
    edge,
    type: a.type,
    source: graph.source(edge),
    target: graph.target(edge),
    factuality: a.factuality,
    ...(attribution ? { attribution } : {}),
    evidence: a.evidence,
    ...(a.time ? { time: a.time } : {}),
    ...(a.condition ? { condition: a.condition } : {}),
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.role !== undefined ? { role: a.role } : {}),
    ...(a.derived && a.attributionRole
      ? {
          derived: {
            role: a.attributionRole,
            position: a.position ?? 0,
            explicit: a.explicit ?? true,
            ...(a.agentIndex !== undefined ? { agentIndex: a.agentIndex } : {}),
          },
        }
      : {}),
  };
}

/** Text order: story, then start offset, then end. */
export function byTextOrder(a: ResolvedEvidence, b: ResolvedEvidence): number {
  return compareStrings(a.story, b.story) || a.start - b.start || a.end - b.end;
}

export { compareStrings } from '../text/compare-strings.js';
