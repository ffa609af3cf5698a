// The neighbourhood of a node: every node within `depth` steps, edges followed in either
// direction, with the edges that reach each one. A hand-written BFS rather than
// graphology-traversal because the relation and factuality filters apply to the edges walked,
// which bfsFromNode cannot filter; the type filter applies to the nodes reported.
import type { ReadGraph } from '../graph/read-graph.js';
import { forEachIncident } from '../graph/snapshot-graph.js';
import type { Factuality, NodeType, RelationType } from '../model/index.js';
import { compareStrings, edgeSummary, nodeRef, type EdgeSummary, type NodeRef } from './describe.js';
import { QueryError } from './errors.js';

export interface NeighborOptions {
  depth?: number | undefined;
  type?: NodeType | undefined;
  relation?: RelationType | undefined;
  factuality?: Factuality | undefined;
}

export interface Neighbor extends NodeRef {
  depth: number;
}

export interface Neighborhood {
  center: NodeRef;
  depth: number;
  nodes: Neighbor[];
  /** Edges walked from a node at depth d to one at depth d + 1 on the way to a reported node. */
  edges: (EdgeSummary & { depth: number })[];
}

export const MAX_DEPTH = 10;

export function neighbors(graph: ReadGraph, id: string, options: NeighborOptions = {}): Neighborhood {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new QueryError('bad-option', `depth must be a whole number from 1 to ${MAX_DEPTH}, not ${depth}`);
  }
  const walk = (edge: string) => {
    if (!options.relation && !options.factuality) return true;
    const a = graph.getEdgeAttributes(edge);
    return (!options.relation || a.type === options.relation) && (!options.factuality || a.factuality === options.factuality);
  };
  const level = new Map<string, number>([[id, 0]]);
  const reachedBy = new Map<string, string[]>(); // node → edges from the level before
  let frontier = [id];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      forEachIncident(graph, node, (edge, source, target) => {
        if (!walk(edge)) return;
        const other = source === node ? target : source;
        if (!level.has(other)) {
          level.set(other, d);
          next.push(other);
        }
        if (level.get(other) === d) reachedBy.set(other, [...(reachedBy.get(other) ?? []), edge]);
      });
    }
    frontier = next;
  }
  const reported = [...level.keys()].filter((n) => n !== id && (!options.type || graph.getNodeAttribute(n, 'type') === options.type));
  // Keep the edges on the way to a reported node, walking back level by level.
  const used = new Set<string>();
  const back = [...reported];
  const seen = new Set(back);
  while (back.length) {
    const n = back.pop()!;
    for (const edge of reachedBy.get(n) ?? []) {
      used.add(edge);
      const prev = graph.opposite(n, edge);
      if (!seen.has(prev)) {
        seen.add(prev);
        back.push(prev);
      }
    }
  }
  const nodes = reported.map((n) => ({ ...nodeRef(graph, n), depth: level.get(n)! })).sort((a, b) => a.depth - b.depth || compareStrings(a.id, b.id));
  const edges = [...used]
    .map((edge) => {
      const e = edgeSummary(graph, edge);
      return { ...e, depth: Math.max(level.get(e.source)!, level.get(e.target)!) };
    })
    .sort((a, b) => a.depth - b.depth || compareStrings(a.edge, b.edge));
  return { center: nodeRef(graph, id), depth, nodes, edges };
}
