// One node in full: its attributes as the graph holds them and every relation it takes part in,
// each with its direction, the node at the other end, its factuality and its quotes.
import type { ReadGraph } from '../graph/read-graph.js';
import type { NodeAttributes } from '../model/graph-attributes.js';
import { compareStrings, edgeSummary, nodeRef, type EdgeSummary, type NodeRef } from './describe.js';

export interface NodeRelation extends EdgeSummary {
  direction: 'out' | 'in';
  other: NodeRef;
}

export interface ShownNode {
  id: string;
  attributes: NodeAttributes;
  relations: NodeRelation[];
}

export function showNode(graph: ReadGraph, id: string): ShownNode {
  const relations: NodeRelation[] = [];
  const add = (edge: string, direction: 'out' | 'in') => {
    const e = edgeSummary(graph, edge);
    relations.push({ ...e, direction, other: nodeRef(graph, direction === 'out' ? e.target : e.source) });
  };
  graph.forEachOutEdge(id, (edge) => add(edge, 'out'));
  graph.forEachInEdge(id, (edge) => add(edge, 'in'));
  relations.sort((a, b) =>
    compareStrings(a.direction, b.direction) * -1 || compareStrings(a.type, b.type) || compareStrings(a.other.id, b.other.id) || compareStrings(a.edge, b.edge));
  return { id, attributes: graph.getNodeAttributes(id), relations };
}
