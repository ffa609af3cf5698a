// Short human names for nodes and edges, as buttons and lists show them.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { Selection } from './state.js';

export function nodeLabel(graph: StoryGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

export function edgeLabel(graph: StoryGraph, key: string): string {
  if (!graph.hasEdge(key)) return key;
  return `${nodeLabel(graph, graph.source(key))} → ${graph.getEdgeAttribute(key, 'type').replace(/_/g, ' ')} → ${nodeLabel(graph, graph.target(key))}`;
}

export function labelOf(graph: StoryGraph, s: Selection): string {
  return s.kind === 'node' ? `${nodeLabel(graph, s.id)} (${graph.hasNode(s.id) ? graph.getNodeAttribute(s.id, 'type') : '?'})` : edgeLabel(graph, s.id);
}
