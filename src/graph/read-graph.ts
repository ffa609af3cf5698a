// What the query commands read of a graph: the part of graphology's API they use. A graphology
// StoryGraph is one; so is the lazily decoded whole-graph snapshot (snapshot-graph.ts) that warm
// commands on a large corpus read instead of building the graph again.
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';

export type EdgeCallback = (edge: string, attributes: EdgeAttributes, source: string, target: string) => void;

export interface ReadGraph {
  readonly order: number;
  readonly size: number;
  nodes(): string[];
  hasNode(id: string): boolean;
  getNodeAttributes(id: string): NodeAttributes;
  getNodeAttribute<K extends keyof NodeAttributes>(id: string, name: K): NodeAttributes[K];
  forEachNode(callback: (id: string, attributes: NodeAttributes) => void): void;
  filterNodes(callback: (id: string, attributes: NodeAttributes) => boolean): string[];
  forEachEdge(callback: EdgeCallback): void;
  forEachEdge(node: string, callback: EdgeCallback): void;
  forEachOutEdge(node: string, callback: EdgeCallback): void;
  forEachInEdge(node: string, callback: EdgeCallback): void;
  edges(node: string): string[];
  opposite(node: string, edge: string): string;
  source(edge: string): string;
  target(edge: string): string;
  getEdgeAttributes(edge: string): EdgeAttributes;
  getAttribute<K extends keyof GraphAttributes>(name: K): GraphAttributes[K];
  getAttributes(): GraphAttributes;
}
