// Shortest paths between two nodes. Connectivity ignores direction (a claim links its speaker
// and what it denies even though both edges leave the claim), but every step reports the
// direction its edge actually has. Distances come from a breadth-first walk; the paths are
// enumerated over those distances in sorted order, so the first path and the --all list are
// deterministic. Parallel edges give distinct paths: each carries its own evidence.
import type { ReadGraph } from '../graph/read-graph.js';
import { forEachIncident } from '../graph/snapshot-graph.js';
import type { Factuality, RelationType, ResolvedEvidence } from '../model/index.js';
import { compareStrings, edgeSummary, nodeRef, type AttributionStep, type EdgeSummary, type NodeRef } from './describe.js';
import { QueryError } from './errors.js';

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
}

export interface PathOptions {
  all?: boolean | undefined;
  max?: number | undefined;
}

export interface PathsResult {
  from: NodeRef;
  to: NodeRef;
  /** Number of steps of the shortest paths; null when the nodes are not connected. */
  length: number | null;
  paths: PathStep[][];
  /** True when --max (or the default cap for --all) cut the list short. */
  truncated: boolean;
}

export const DEFAULT_MAX_PATHS = 100;

function step(graph: ReadGraph, from: string, to: string, edge: string): PathStep {
  const e = edgeSummary(graph, edge);
  return {
    from: nodeRef(graph, from), to: nodeRef(graph, to), edge, type: e.type,
    direction: e.source === from ? 'forward' : 'backward', factuality: e.factuality,
    ...(e.attribution ? { attribution: e.attribution } : {}),
    ...(e.derived ? { derived: e.derived } : {}),
    quote: e.evidence[0] ?? null,
  };
}

/** Steps from `source` to every node it reaches, edges walked either way (breadth first). */
function undirectedSingleSourceLength(graph: ReadGraph, source: string): Record<string, number> {
  const lengths: Record<string, number> = { [source]: 0 };
  let frontier = [source];
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachIncident(graph, node, (_e, s, t) => {
        const other = s === node ? t : s;
        if (lengths[other] === undefined) { lengths[other] = d; next.push(other); }
      });
    }
    frontier = next;
  }
  return lengths;
}

export function paths(graph: ReadGraph, from: string, to: string, options: PathOptions = {}): PathsResult {
  const max = options.max ?? (options.all ? DEFAULT_MAX_PATHS : 1);
  if (!Number.isInteger(max) || max < 1) throw new QueryError('bad-option', `max must be a whole number of at least 1, not ${max}`);
  const limit = options.all ? max : 1;
  const result: PathsResult = { from: nodeRef(graph, from), to: nodeRef(graph, to), length: null, paths: [], truncated: false };
  const fromSource = undirectedSingleSourceLength(graph, from);
  const length = fromSource[to];
  if (length === undefined) return result;
  result.length = length;
  const toTarget = undirectedSingleSourceLength(graph, to);
  // Walk forward only along edges that stay on some shortest path.
  const onPath = (n: string, d: number) => fromSource[n] === d && toTarget[n] === length - d;
  const current: PathStep[] = [];
  const visit = (node: string): boolean => {
    if (node === to) {
      if (result.paths.length === limit) {
        result.truncated = true;
        return false;
      }
      result.paths.push([...current]);
      return true;
    }
    const d = current.length + 1;
    const hops: { edge: string; next: string }[] = [];
    forEachIncident(graph, node, (edge, s, t) => {
      const next = s === node ? t : s;
      if (onPath(next, d)) hops.push({ edge, next });
    });
    hops.sort((a, b) => compareStrings(a.next, b.next) || compareStrings(a.edge, b.edge));
    for (const h of hops) {
      current.push(step(graph, node, h.next, h.edge));
      const more = visit(h.next);
      current.pop();
      if (!more) return false;
    }
    return true;
  };
  visit(from);
  return result;
}
