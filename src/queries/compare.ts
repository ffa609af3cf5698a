// Two stories side by side: the entities, events and claims both annotate; what one asserts and
// the other reports, denies, hedges or leaves out (each story's own factuality of a shared event
// or claim, and of a relation both state); the events only one tells; who each quotes, through
// whom; and the dates they give the same event when those differ.
import type { ReadGraph } from '../graph/read-graph.js';
import { viewIn } from '../graph/story-view.js';
import type { Factuality, RelationType } from '../model/index.js';
import { claims } from './claims.js';
import { compareStrings, nodeRef, type NodeRef } from './describe.js';
import { storyRef, type StoryRef } from './stories.js';
import { resolveStory } from './story-subgraph.js';

/** How a story presents something, as a verb ("asserts", "reports", "hedges"...). */
export const FACTUALITY_VERB: Record<Factuality, string> = {
  asserted: 'asserts',
  reported: 'reports',
  denied: 'denies',
  possible: 'hedges (possible)',
  planned: 'announces as planned',
  hypothetical: 'hedges (hypothetical)',
  unknown: 'leaves open',
};

/** The contrast as one line, the same in the CLI's table and the explorer's view: "A reports, B asserts". */
export function contrastText(a: Factuality | null, b: Factuality | null): string {
  const verb = (f: Factuality | null) => (f ? FACTUALITY_VERB[f] : 'gives no factuality');
  return `A ${verb(a)}, B ${verb(b)}`;
}

export interface FactualityContrast {
  node: NodeRef;
  /** Set when the contrast is in a relation both stories state (same type and ends). */
  relation?: { type: RelationType; source: NodeRef; target: NodeRef; edges: [string, string] };
  a: Factuality | null;
  b: Factuality | null;
}

export interface OneSided {
  node: NodeRef;
  factuality: Factuality | null;
}

export interface Speaker {
  speaker: NodeRef;
  /** The agents the claims passed through (source, channel), speaker and publisher excluded. */
  via: NodeRef[];
  claims: { id: string; label: string; factuality: Factuality | null }[];
}

export interface TimeIn {
  edtf: string;
  expression: string;
  earliest: string | null;
  latest: string | null;
}

export interface DateContrast {
  node: NodeRef;
  a: TimeIn;
  b: TimeIn;
  /** Whether the two ranges can describe the same time (they overlap). */
  overlap: boolean;
}

export interface CompareResult {
  a: StoryRef;
  b: StoryRef;
  shared: { entities: NodeRef[]; events: NodeRef[]; claims: NodeRef[] };
  factuality: FactualityContrast[];
  onlyA: OneSided[];
  onlyB: OneSided[];
  quotes: { a: Speaker[]; b: Speaker[] };
  dates: DateContrast[];
}

const byRef = (x: NodeRef, y: NodeRef) => compareStrings(x.id, y.id);

function speakersOf(graph: ReadGraph, story: string): Speaker[] {
  const bySpeaker = new Map<string, Speaker>();
  for (const c of claims(graph)) {
    if (!graph.getNodeAttribute(c.id, 'stories').includes(story)) continue;
    const via = c.attribution.filter((l) => l.role === 'source' || l.role === 'channel').map((l) => ({ id: l.agent, type: l.type, label: l.label }));
    for (const s of c.speakers) {
      const entry = bySpeaker.get(s.id) ?? { speaker: s, via: [], claims: [] };
      for (const v of via) if (!entry.via.some((x) => x.id === v.id)) entry.via.push(v);
      entry.claims.push({ id: c.id, label: c.label, factuality: viewIn(graph.getNodeAttributes(c.id), story)?.factuality ?? c.factuality });
      bySpeaker.set(s.id, entry);
    }
  }
  return [...bySpeaker.values()].sort((x, y) => byRef(x.speaker, y.speaker));
}

const timeIn = (t: NonNullable<ReturnType<typeof viewIn>>['time']): TimeIn | null =>
  t ? { edtf: t.edtf, expression: t.expression, earliest: t.earliest ?? null, latest: t.latest ?? null } : null;

function overlaps(a: TimeIn, b: TimeIn): boolean {
  const lo = (t: TimeIn) => (t.earliest ? Date.parse(t.earliest) : -Infinity);
  const hi = (t: TimeIn) => (t.latest ? Date.parse(t.latest) : Infinity);
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

export function compare(graph: ReadGraph, storyA: string, storyB: string): CompareResult {
  const A = resolveStory(graph, storyA);
  const B = resolveStory(graph, storyB);
  const result: CompareResult = {
    a: storyRef(graph, A),
    b: storyRef(graph, B),
    shared: { entities: [], events: [], claims: [] },
    factuality: [],
    onlyA: [],
    onlyB: [],
    quotes: { a: speakersOf(graph, A.id), b: speakersOf(graph, B.id) },
    dates: [],
  };
  graph.forEachNode((id, n) => {
    if (n.type === 'article') return;
    const inA = n.stories.includes(A.id);
    const inB = n.stories.includes(B.id);
    const ref = nodeRef(graph, id);
    const annotated = n.type === 'event' || n.type === 'claim';
    if (inA !== inB) {
      if (n.type === 'event') (inA ? result.onlyA : result.onlyB).push({ node: ref, factuality: viewIn(n, inA ? A.id : B.id)?.factuality ?? null });
      return;
    }
    if (!inA) return;
    result.shared[n.type === 'event' ? 'events' : n.type === 'claim' ? 'claims' : 'entities'].push(ref);
    if (!annotated) return;
    const va = viewIn(n, A.id);
    const vb = viewIn(n, B.id);
    if ((va?.factuality ?? null) !== (vb?.factuality ?? null)) result.factuality.push({ node: ref, a: va?.factuality ?? null, b: vb?.factuality ?? null });
    const ta = timeIn(va?.time);
    const tb = timeIn(vb?.time);
    if (ta && tb && ta.edtf !== tb.edtf) result.dates.push({ node: ref, a: ta, b: tb, overlap: overlaps(ta, tb) });
  });
  // Relations both state (same type and ends) with a different factuality.
  const stated = new Map<string, { edge: string; factuality: Factuality }>();
  graph.forEachEdge((edge, e, source, target) => {
    if (e.derived || e.story !== A.id) return;
    stated.set(`${e.type} ${source} ${target}`, { edge, factuality: e.factuality });
  });
  graph.forEachEdge((edge, e, source, target) => {
    if (e.derived || e.story !== B.id) return;
    const inA = stated.get(`${e.type} ${source} ${target}`);
    if (!inA || inA.factuality === e.factuality) return;
    result.factuality.push({
      node: nodeRef(graph, source),
      relation: { type: e.type, source: nodeRef(graph, source), target: nodeRef(graph, target), edges: [inA.edge, edge] },
      a: inA.factuality,
      b: e.factuality,
    });
  });
  for (const list of [result.shared.entities, result.shared.events, result.shared.claims]) list.sort(byRef);
  for (const list of [result.onlyA, result.onlyB]) list.sort((x, y) => byRef(x.node, y.node));
  result.factuality.sort(
    (x, y) =>
      byRef(x.node, y.node) ||
      compareStrings(x.relation?.type ?? '', y.relation?.type ?? '') ||
      compareStrings(x.relation?.target.id ?? '', y.relation?.target.id ?? ''),
  );
  result.dates.sort((x, y) => byRef(x.node, y.node));
  return result;
}
