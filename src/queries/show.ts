// One node in full: its attributes as the graph holds them and every relation it takes part in,
// each with its direction, the node at the other end, its factuality and its quotes.
import type { ReadGraph } from '../graph/read-graph.js';
import type { NodeAttributes } from '../model/graph-attributes.js';
import { compareStrings, edgeSummary, nodeRef, type EdgeSummary, type NodeRef } from './describe.js';

export interface NodeRelation extends EdgeSummary {
  direction: 'out' | 'in';
  other: NodeRef;
}

/** For a document: what it reports, who published or is credited with it, and who cites it. */
export interface DocumentSummary {
  reports: NodeRef[];
  publishedBy: NodeRef[];
  creditedTo: NodeRef[];
  citedBy: NodeRef[];
  /** Claims whose attribution chain runs through it. */
  inChainsOf: NodeRef[];
}

export interface ShownNode {
  id: string;
  attributes: NodeAttributes;
  relations: NodeRelation[];
  document?: DocumentSummary;
}

function documentSummary(relations: readonly NodeRelation[]): DocumentSummary {
  const pick = (type: string, direction: 'out' | 'in') => {
    const seen = new Map<string, NodeRef>();
    for (const r of relations) if (r.type === type && r.direction === direction) seen.set(r.other.id, r.other);
    return [...seen.values()];
  };
  return {
    reports: pick('reports', 'out'),
    publishedBy: pick('published_by', 'out'),
    creditedTo: pick('credits', 'out'),
    citedBy: [...pick('cites', 'in'), ...pick('contains', 'in')],
    inChainsOf: pick('attributed_to', 'in'),
  };
}

export function showNode(graph: ReadGraph, id: string): ShownNode {
  const relations: NodeRelation[] = [];
  const add = (edge: string, direction: 'out' | 'in') => {
    const e = edgeSummary(graph, edge);
    relations.push({ ...e, direction, other: nodeRef(graph, direction === 'out' ? e.target : e.source) });
  };
  graph.forEachOutEdge(id, (edge) => add(edge, 'out'));
  graph.forEachInEdge(id, (edge) => add(edge, 'in'));
  relations.sort(
    (a, b) =>
      compareStrings(a.direction, b.direction) * -1 ||
      compareStrings(a.type, b.type) ||
      compareStrings(a.other.id, b.other.id) ||
      compareStrings(a.edge, b.edge),
  );
  const attributes = graph.getNodeAttributes(id);
  return { id, attributes, relations, ...(attributes.type === 'document' ? { document: documentSummary(relations) } : {}) };
}
