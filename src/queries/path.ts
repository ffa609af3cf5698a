// Shortest paths between two nodes that mean something. Connectivity ignores direction (a claim
// links its speaker and what it denies even though both edges leave the claim), but every step
// reports the direction its edge actually has.
//
// What a path may cross is a choice: by default only entities and events (a chain of who met whom
// where), never a claim's "about" or attribution links, which join any two things a claim
// mentions and so make every path short and useless. Claims, articles, "about" and attribution
// links can be allowed on request. Among the shortest paths so allowed, alternatives are ranked by
// the evidence behind them (quotes supporting their steps), ties in id order, and the result says
// why the first one was chosen. Parallel edges give distinct paths: each carries its own evidence.
import type { ReadGraph } from '../graph/read-graph.js';
import { forEachIncident, nodeTypeOf } from '../graph/snapshot-graph.js';
import type { Factuality, RelationType, ResolvedEvidence } from '../model/index.js';
import { compareStrings, edgeSummary, nodeRef, type AttributionStep, type EdgeSummary, type NodeRef } from './describe.js';
import { QueryError } from './errors.js';
import { PATH_CROSSINGS, type PathCrossing } from './path-crossings.js';

export { CROSSING_DESCRIPTIONS, parseCrossings, PATH_CROSSINGS, type PathCrossing } from './path-crossings.js';

export interface PathStep {
  from: NodeRef;
  to: NodeRef;
  edge: string;
  type: RelationType;
  /** forward: the edge points from `from` to `to`; backward: it points the other way. */
  direction: 'forward' | 'backward';
  factuality: Factuality;
  attribution?: AttributionStep[];
  /** For a link of a claim's attribution chain: its role and position. */
  derived?: EdgeSummary['derived'];
  /** The first evidence quote of the edge. */
  quote: ResolvedEvidence | null;
  /** How many quotes support the edge (what alternatives are ranked by). */
  evidence: number;
}

export interface PathOptions {
  all?: boolean | undefined;
  max?: number | undefined;
  /** Also cross these; by default a path crosses entities and events only (the ends may be anything). */
  via?: readonly PathCrossing[] | undefined;
}

export interface PathsResult {
  from: NodeRef;
  to: NodeRef;
  /** What the paths were allowed to cross besides entities and events. */
  via: PathCrossing[];
  /** Number of steps of the shortest paths; null when the nodes are not connected (under `via`). */
  length: number | null;
  /** Best supported first: by total evidence, then in id order. */
  paths: PathStep[][];
  /** The quotes behind each listed path (sum over its steps), parallel to `paths`. */
  evidence: number[];
  /** How many shortest paths there are in all (the list may be shorter). */
  count: number;
  /** True when --max (or the default cap for --all) cut the list short. */
  truncated: boolean;
  /** Why the first path was chosen (or why there is none), in a sentence. */
  reason: string;
}

export const DEFAULT_MAX_PATHS = 100;

function step(graph: ReadGraph, from: string, to: string, edge: string): PathStep {
  const e = edgeSummary(graph, edge);
  return {
    from: nodeRef(graph, from),
    to: nodeRef(graph, to),
    edge,
    type: e.type,
    direction: e.source === from ? 'forward' : 'backward',
    factuality: e.factuality,
    ...(e.attribution ? { attribution: e.attribution } : {}),
    ...(e.derived ? { derived: e.derived } : {}),
    quote: e.evidence[0] ?? null,
    evidence: e.evidence.length,
  };
}

/** The rules a step must keep: the edge's type, and the node crossed (the ends are exempt). */
// By type only (nodeTypeOf, the walk's edge type): on the snapshot of a large corpus a search
// over the whole component decodes no attributes.
function rules(graph: ReadGraph, via: readonly PathCrossing[]) {
  const allowNode = (id: string) => {
    const t = nodeTypeOf(graph, id);
    return t === 'claim' ? via.includes('claims') : t === 'article' ? via.includes('articles') : true;
  };
  const allowEdge = (t: string) => (t === 'about' ? via.includes('about') : t === 'attributed_to' ? via.includes('attribution') : true);
  return { allowNode, allowEdge };
}

/** Breadth-first distances from `start`, expanding only nodes that may be crossed. */
function distances(graph: ReadGraph, start: string, r: ReturnType<typeof rules>): Map<string, number> {
  const dist = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length) {
    const next: string[] = [];
    for (const n of frontier) {
      if (n !== start && !r.allowNode(n)) continue; // reached, but a path may not go through it
      const d = dist.get(n)! + 1;
      forEachIncident(graph, n, (_edge, s, t, type) => {
        if (!r.allowEdge(type)) return;
        const o = s === n ? t : s;
        if (!dist.has(o)) {
          dist.set(o, d);
          next.push(o);
        }
      });
    }
    frontier = next;
  }
  return dist;
}

interface Hop {
  edge: string;
  next: string;
}
interface Ranked {
  score: number;
  hops: Hop[];
}

/** Best first: more evidence, then the hops in id order (next node, then edge), hop by hop. */
function better(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return b.score - a.score;
  for (let i = 0; i < a.hops.length; i++) {
    const x = a.hops[i]!;
    const y = b.hops[i]!;
    const c = compareStrings(x.next, y.next) || compareStrings(x.edge, y.edge);
    if (c) return c;
  }
  return 0;
}

export function paths(graph: ReadGraph, from: string, to: string, options: PathOptions = {}): PathsResult {
  const max = options.max ?? (options.all ? DEFAULT_MAX_PATHS : 1);
  if (!Number.isInteger(max) || max < 1) throw new QueryError('bad-option', `max must be a whole number of at least 1, not ${max}`);
  const limit = options.all ? max : 1;
  const via = PATH_CROSSINGS.filter((c) => options.via?.includes(c));
  const result: PathsResult = {
    from: nodeRef(graph, from),
    to: nodeRef(graph, to),
    via,
    length: null,
    paths: [],
    evidence: [],
    count: 0,
    truncated: false,
    reason: '',
  };
  const names = ['entities', 'events', ...via.map((v) => (v === 'about' ? '"about" links' : v === 'attribution' ? 'attribution links' : v))];
  const crossing = via.length ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : 'entities and events only';
  const r = rules(graph, via);
  const fromSource = distances(graph, from, r);
  const length = fromSource.get(to);
  if (length === undefined) {
    result.reason = `No path crossing ${crossing} joins them${via.length === PATH_CROSSINGS.length ? '' : '; allowing more may find one'}.`;
    return result;
  }
  result.length = length;
  const toTarget = distances(graph, to, r);
  // The shortest-path DAG: a hop from n (at distance d) may go on to `next` when next lies on some
  // shortest path at d + 1 and may be crossed (or is the end).
  const hopsOf = (n: string, d: number): Hop[] => {
    if (n !== from && !r.allowNode(n)) return [];
    const out: Hop[] = [];
    forEachIncident(graph, n, (edge, s, t, type) => {
      const next = s === n ? t : s;
      if (r.allowEdge(type) && fromSource.get(next) === d + 1 && toTarget.get(next) === length - d - 1) out.push({ edge, next });
    });
    return out;
  };
  const keep = Math.max(limit, 2);
  // The best `keep` suffixes (and their count) from each node to `to`, by dynamic programming
  // from the end back: exact top-k without listing every path (their number can explode).
  const memo = new Map<string, { best: Ranked[]; count: number }>();
  const weight = new Map<string, number>();
  const evidenceOf = (edge: string) => weight.get(edge) ?? (weight.set(edge, graph.getEdgeAttributes(edge).evidence.length), weight.get(edge)!);
  const solve = (n: string, d: number): { best: Ranked[]; count: number } => {
    if (n === to) return { best: [{ score: 0, hops: [] }], count: 1 };
    const hit = memo.get(n);
    if (hit) return hit;
    const all: Ranked[] = [];
    let count = 0;
    for (const h of hopsOf(n, d)) {
      const sub = solve(h.next, d + 1);
      count += sub.count;
      const w = evidenceOf(h.edge);
      for (const s of sub.best) all.push({ score: s.score + w, hops: [h, ...s.hops] });
    }
    const out = { best: all.sort(better).slice(0, keep), count };
    memo.set(n, out);
    return out;
  };
  const top0 = length === 0 ? { best: [{ score: 0, hops: [] }], count: 1 } : solve(from, 0);
  // Two are kept even for one path: the reason compares the first with the next.
  const top = { count: top0.count, best: top0.best.slice(0, limit) };
  const second = top0.best[1]?.score;
  result.count = top.count;
  result.truncated = top.count > top.best.length;
  for (const ranked of top.best) {
    let at = from;
    result.paths.push(
      ranked.hops.map((h) => {
        const s = step(graph, at, h.next, h.edge);
        at = h.next;
        return s;
      }),
    );
    result.evidence.push(ranked.score);
  }
  const steps = `${length} step${length === 1 ? '' : 's'}`;
  const first = result.evidence[0] ?? 0;
  const quotes = (n: number) => `${n} quote${n === 1 ? '' : 's'}`;
  if (length === 0) result.reason = 'Both ends are the same node.';
  else if (top.count === 1) result.reason = `The only shortest path (${steps}) crossing ${crossing}; ${quotes(first)} support its steps.`;
  else {
    const tie = second === first ? ' (tied; first in id order)' : second === undefined ? '' : ` (the next has ${second})`;
    result.reason = `Shortest paths crossing ${crossing} take ${steps}; of ${top.count}, this one has the most evidence behind its steps: ${quotes(first)}${tie}.`;
  }
  return result;
}
