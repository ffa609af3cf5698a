// Who said what, according to whom: every claim with its speech act, speaker(s), cue, content,
// verbatim quote, attribution chain (levels, joint speakers sharing one), factuality, condition
// and time, and what it asserts, denies, announces or urges (its outgoing relations). Filters
// take node ids (resolve names first): speaker = an agent of the speaker level; via = an agent
// of any later level (source, channel, publisher), or the publisher of a document there; about
// = the target of one of the claim's own relations or its condition; act = the speech act.
import { nodesOfType } from '../graph/snapshot-graph.js';
import type { ReadGraph } from '../graph/read-graph.js';
import type { NodeAttributes } from '../model/graph-attributes.js';
import type { Factuality, ResolvedEvidence, SpeechAct, Voice } from '../model/index.js';
import { attributionSteps, byTextOrder, compareStrings, edgeSummary, nodeRef, type AttributionStep, type EdgeSummary, type NodeRef } from './describe.js';

export interface ClaimFilter {
  speaker?: string | undefined;
  about?: string | undefined;
  factuality?: Factuality | undefined;
  via?: string | undefined;
  act?: SpeechAct | undefined;
}

export interface ClaimRelation extends EdgeSummary {
  other: NodeRef;
}

export interface ClaimResult {
  id: string;
  label: string;
  act: SpeechAct | null;
  /** The agents of the speaker level (several when they speak together). */
  speakers: NodeRef[];
  cue: ResolvedEvidence | null;
  content: string;
  quote: ResolvedEvidence | null;
  attribution: AttributionStep[];
  factuality: Factuality | null;
  voice: Voice | null;
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
    id,
    label: a.label,
    act: a.act ?? null,
    speakers: attribution.filter((l) => l.role === 'speaker').map((l) => ({ id: l.agent, type: l.type, label: l.label })),
    cue: a.cue ?? null,
    content: a.content ?? a.label,
    quote: a.quote ?? null,
    attribution,
    factuality: a.factuality ?? null,
    voice: a.voice ?? null,
    condition: a.condition ?? null,
    time: a.time ?? null,
    relations,
    evidence: [...a.evidence].sort(byTextOrder),
  };
}

/** The agents a chain runs through after its speakers: each agent, and a document's publisher. */
function viaAgents(graph: ReadGraph, c: ClaimResult): Set<string> {
  const out = new Set<string>();
  for (const l of c.attribution) {
    if (l.role === 'speaker') continue;
    out.add(l.agent);
    if (l.type === 'document')
      graph.forEachOutEdge(l.agent, (_e, e, _s, t) => {
        if (e.type === 'published_by' || e.type === 'credits') out.add(t);
      });
  }
  return out;
}

function matches(graph: ReadGraph, c: ClaimResult, f: ClaimFilter): boolean {
  if (f.speaker && !c.speakers.some((s) => s.id === f.speaker)) return false;
  if (f.act && c.act !== f.act) return false;
  if (f.via && !viaAgents(graph, c).has(f.via)) return false;
  if (f.factuality && c.factuality !== f.factuality) return false;
  if (f.about && !c.relations.some((r) => r.target === f.about) && c.condition?.event !== f.about) return false;
  return true;
}

/** Claims in text order (first evidence), then by id. */
export function claims(graph: ReadGraph, filter: ClaimFilter = {}): ClaimResult[] {
  const firstAt = (c: ClaimResult) => c.cue ?? c.evidence[0];
  return nodesOfType(graph, 'claim') // on the snapshot, without decoding the other nodes
    .map((id) => claimOf(graph, id))
    .filter((c) => matches(graph, c, filter))
    .sort((x, y) => {
      const a = firstAt(x);
      const b = firstAt(y);
      return (a && b ? byTextOrder(a, b) : 0) || compareStrings(x.id, y.id);
    });
}
