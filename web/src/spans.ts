// The article's highlights: every evidence span of every node and edge in one story, cut into
// non-overlapping segments, each listing the spans that cover it innermost first (so a click on
// nested mentions picks the smallest and can offer the others). Offsets are code points.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { evidenceSpans } from '../../src/graph/evidence-spans.js';
import type { NodeType } from '../../src/model/index.js';
import type { Selection } from './state.js';

export interface Span {
  start: number;
  end: number;
  target: Selection;
  /** The node's type, or 'edge'. */
  type: NodeType | 'edge';
  /** A mention or the element's own evidence, not a cue, quote, time or condition inside it. */
  primary: boolean;
}

export interface Segment {
  start: number;
  end: number;
  /** Innermost (shortest) first; nodes before edges at equal length. */
  spans: Span[];
}

export function collectSpans(graph: StoryGraph, story: string): Span[] {
  const out: Span[] = [];
  const seen = new Set<string>();
  const add = (target: Selection, type: Span['type'], attrs: { evidence: readonly object[] }) => {
    const own = new Set<object>(attrs.evidence);
    for (const ev of evidenceSpans(attrs)) {
      if (ev.story !== story || ev.end <= ev.start) continue;
      const k = `${target.kind}\u0000${target.id}\u0000${ev.start}\u0000${ev.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ start: ev.start, end: ev.end, target, type, primary: own.has(ev) });
    }
  };
  graph.forEachNode((id, a) => add({ kind: 'node', id }, a.type, a));
  graph.forEachEdge((key, a) => add({ kind: 'edge', id: key }, 'edge', a));
  return out;
}

function innermostFirst(a: Span, b: Span): number {
  const byLength = a.end - a.start - (b.end - b.start);
  if (byLength) return byLength;
  const byKind = (a.target.kind === 'node' ? 0 : 1) - (b.target.kind === 'node' ? 0 : 1);
  if (byKind) return byKind;
  return a.target.id < b.target.id ? -1 : a.target.id > b.target.id ? 1 : 0;
}

/** Cuts the text [0, length) into segments; the uncovered ones have no spans. */
export function segment(spans: readonly Span[], length: number): Segment[] {
  const points = new Set<number>([0, length]);
  for (const s of spans) {
    points.add(Math.max(0, Math.min(length, s.start)));
    points.add(Math.max(0, Math.min(length, s.end)));
  }
  const cuts = [...points].sort((a, b) => a - b);
  const starting = new Map<number, Span[]>();
  for (const s of spans) starting.set(s.start, [...(starting.get(s.start) ?? []), s]);
  const active = new Set<Span>();
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    for (const s of starting.get(a) ?? []) active.add(s);
    for (const s of active) if (s.end <= a) active.delete(s);
    out.push({ start: a, end: b, spans: [...active].sort(innermostFirst) });
  }
  return out;
}

/** The distinct targets of a segment, innermost first. */
export function targetsOf(seg: Segment): Selection[] {
  const seen = new Set<string>();
  const out: Selection[] = [];
  for (const s of seg.spans) {
    const k = `${s.target.kind}:${s.target.id}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s.target);
    }
  }
  return out;
}
