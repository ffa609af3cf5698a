// Every story that mentions a node, in publication order: how it refers to it (its mentions,
// each with its kind), how it annotates it (its own label, factuality, time and attribution, for
// an event or claim), the relations it states about it, and its claims that concern it (said by,
// passed on by, or about the node), each with factuality and attribution.
import type { ReadGraph } from '../graph/read-graph.js';
import { viewIn } from '../graph/story-view.js';
import type { NodeAttributes } from '../model/graph-attributes.js';
import type { Factuality, ResolvedEvidence } from '../model/index.js';
import { claims, type ClaimResult } from './claims.js';
import { attributionSteps, byTextOrder, compareStrings, edgeSummary, nodeRef, type AttributionStep, type EdgeSummary, type NodeRef } from './describe.js';
import { byPublication, storyRef, type StoryRef } from './stories.js';

export interface StoryAnnotation {
  label: string;
  factuality: Factuality | null;
  time: { edtf: string; expression: string; earliest: string | null; latest: string | null } | null;
  attribution: AttributionStep[] | null;
  condition: string | null;
  note: string | null;
}

export interface SourceRelation extends EdgeSummary {
  /** out: the node is the source; in: the target. */
  direction: 'out' | 'in';
  other: NodeRef;
}

export interface SourceClaim extends ClaimResult {
  /** How the claim concerns the node: said by it, passed on by it, or about it. */
  concerns: ('speaker' | 'source' | 'channel' | 'publisher' | 'about' | 'itself')[];
}

export interface StorySource {
  story: StoryRef;
  mentions: ResolvedEvidence[];
  annotation: StoryAnnotation | null;
  relations: SourceRelation[];
  claims: SourceClaim[];
}

export interface SourcesResult {
  node: NodeRef;
  stories: StorySource[];
}

/** A node's annotations as one story gives them (events and claims; null for entities). */
export function annotationIn(graph: ReadGraph, a: NodeAttributes, story: string): StoryAnnotation | null {
  if (a.type !== 'event' && a.type !== 'claim') return null;
  const v = viewIn(a, story);
  if (!v) return null;
  return {
    label: v.label,
    factuality: v.factuality ?? null,
    time: v.time ? { edtf: v.time.edtf, expression: v.time.expression, earliest: v.time.earliest ?? null, latest: v.time.latest ?? null } : null,
    attribution: attributionSteps(graph, v.attribution) ?? null,
    condition: v.condition?.text ?? null,
    note: v.note ?? null,
  };
}

function concerns(c: ClaimResult, id: string): SourceClaim['concerns'] {
  const out: SourceClaim['concerns'] = [];
  if (c.id === id) out.push('itself');
  for (const l of c.attribution) if (l.agent === id && !out.includes(l.role)) out.push(l.role);
  if (c.relations.some((r) => r.target === id) || c.condition?.event === id) out.push('about');
  return out;
}

export function sources(graph: ReadGraph, id: string): SourcesResult {
  const a = graph.getNodeAttributes(id);
  const relations = new Map<string, SourceRelation[]>();
  graph.forEachEdge(id, (edge, e, source, target) => {
    if (e.derived) return; // attribution links: reported with the claims
    const out = source === id;
    const list = relations.get(e.story) ?? [];
    list.push({ ...edgeSummary(graph, edge), direction: out ? 'out' : 'in', other: nodeRef(graph, out ? target : source) });
    relations.set(e.story, list);
  });
  const related = claims(graph)
    .map((c) => ({ ...c, concerns: concerns(c, id) }))
    .filter((c) => c.concerns.length);
  const stories = graph
    .getAttribute('stories')
    .filter((s) => a.stories.includes(s.id))
    .sort(byPublication);
  return {
    node: nodeRef(graph, id),
    stories: stories.map((s) => ({
      story: storyRef(graph, s),
      mentions: a.evidence.filter((e) => e.story === s.id).sort(byTextOrder),
      annotation: annotationIn(graph, a, s.id),
      relations: (relations.get(s.id) ?? []).sort(
        (x, y) => compareStrings(x.type, y.type) || compareStrings(x.other.id, y.other.id) || compareStrings(x.edge, y.edge),
      ),
      claims: related.filter((c) => graph.getNodeAttribute(c.id, 'stories').includes(s.id)),
    })),
  };
}
