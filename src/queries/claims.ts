// Who said what, according to whom: every claim with its speaker(s), cue, content, verbatim
// quote, ordered attribution chain, factuality, condition and time, and what it asserts,
// denies, announces or urges (its outgoing relations). Filters take node ids (resolve names
// first): speaker = a speaker link of the chain; via = any later link (source, channel,
// publisher); about = the target of one of the claim's own relations or its condition.
import type { ReadGraph } from '../graph/read-graph.js';
import type { NodeAttributes } from '../model/graph-attributes.js';
import type { Factuality, ResolvedEvidence } from '../model/index.js';
import { attributionSteps, byTextOrder, compareStrings, edgeSummary, nodeRef, type AttributionStep, type EdgeSummary, type NodeRef } from './describe.js';

export interface ClaimFilter {
  speaker?: string | undefined;
  about?: string | undefined;
  factuality?: Factuality | undefined;
  via?: string | undefined;
}

export interface ClaimRelation extends EdgeSummary {
  other: NodeRef;
}

export interface ClaimResult {
  id: string;
  label: string;
  speakers: NodeRef[];
  cue: ResolvedEvidence | null;
  content: string;
  quote: ResolvedEvidence | null;
  attribution: AttributionStep[];
  factuality: Factuality | null;
  condition: NodeAttributes['condition'] | null;
  time: NodeAttributes['time'] | null;
  /** The claim's own relations (asserts, denies, announces, urges, about, ...). */
  relations: ClaimRelation[];
  evidence: ResolvedEvidence[];
}

function claimOf(graph: ReadGraph, id: string): ClaimResult {
  const a = graph.getNodeAttributes(id);
  const attribution = attributionSteps(graph, a.attribution) ?? [];
  const relations: ClaimRelation[] = [];
  graph.forEachOutEdge(id, (edge, e, _s, target) => {
    if (e.derived) return; // the attribution links, reported as `attribution`
    relations.push({ ...edgeSummary(graph, edge), other: nodeRef(graph, target) });
  });
  relations.sort((x, y) => compareStrings(x.type, y.type) || compareStrings(x.target, y.target) || compareStrings(x.edge, y.edge));
  return {
    id, label: a.label,
    speakers: attribution.filter((l) => l.role === 'speaker').map((l) => ({ id: l.agent, type: l.type, label: l.label })),
    cue: a.cue ?? null, content: a.content ?? a.label, quote: a.quote ?? null, attribution,
    factuality: a.factuality ?? null, condition: a.condition ?? null, time: a.time ?? null,
    relations, evidence: [...a.evidence].sort(byTextOrder),
  };
}

function matches(c: ClaimResult, f: ClaimFilter): boolean {
  if (f.speaker && !c.speakers.some((s) => s.id === f.speaker)) return false;
  if (f.via && !c.attribution.some((l) => l.role !== 'speaker' && l.agent === f.via)) return false;
  if (f.factuality && c.factuality !== f.factuality) return false;
  if (f.about && !c.relations.some((r) => r.target === f.about) && c.condition?.event !== f.about) return false;
  return true;
}

/** Claims in text order (first evidence), then by id. */
export function claims(graph: ReadGraph, filter: ClaimFilter = {}): ClaimResult[] {
  const firstAt = (c: ClaimResult) => c.cue ?? c.evidence[0];
  return graph
    .filterNodes((_, a) => a.type === 'claim')
    .map((id) => claimOf(graph, id))
    .filter((c) => matches(c, filter))
    .sort((x, y) => {
      const a = firstAt(x);
      const b = firstAt(y);
      return (a && b ? byTextOrder(a, b) : 0) || compareStrings(x.id, y.id);
    });
}
