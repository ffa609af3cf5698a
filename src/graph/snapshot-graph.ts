// The whole graph read back from its snapshot (graph-snapshot.ts), decoded lazily: the topology
// is typed arrays (adjacency built in one pass), and a node's or edge's attributes are parsed
// from their own JSON bytes the first time a query asks for them. A warm `neighbors` or `path`
// on 10,000 stories decodes the few hundred elements it touches, not the million it does not.
// Read-only: the attribute objects are shared, as graphology's are, and queries never change them.
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../model/graph-attributes.js';
import type { GraphCounts } from './graph-counts.js';
import type { EdgeCallback, ReadGraph } from './read-graph.js';

/** What a snapshot holds; the big parts are read from the file when first needed. */
export interface SnapshotParts {
  counts: GraphCounts;
  nodeIds: string[];
  /** source, target node indexes of each edge, interleaved. */
  edgeEnds: Uint32Array;
  graph(): Buffer;
  edgeKeys(): Buffer;
  /** Each edge's story, as its index in the graph's stories. */
  edgeStory(): Uint32Array;
  /** Each node's and edge's type, as an index into names. */
  types(): { names: string[]; nodes: Uint8Array; edges: Uint8Array };
  nodeAttrs(): Buffer;
  nodeOffsets(): Float64Array;
  edgeAttrs(): Buffer;
  edgeOffsets(): Float64Array;
}

/** Calls back once per edge touching a node (out edges, then in), with its type but not its attributes. */
export type IncidentCallback = (edge: string, source: string, target: string, type: string) => void;

/** A graph that walks its topology and knows its elements' types without decoding attributes (the snapshot). */
export interface TopologyGraph {
  forEachIncident(node: string, callback: IncidentCallback): void;
  nodeType(node: string): string;
  nodesOfType(type: string): string[];
}

const isTopology = (graph: ReadGraph): graph is ReadGraph & TopologyGraph => typeof (graph as Partial<TopologyGraph>).forEachIncident === 'function';

/** forEachIncident when the graph has it, else graphology's forEachEdge (attributes are free there). */
export function forEachIncident(graph: ReadGraph, node: string, callback: IncidentCallback): void {
  if (isTopology(graph)) graph.forEachIncident(node, callback);
  else graph.forEachEdge(node, (e, a, s, tg) => callback(e, s, tg, a.type));
}

/** A node's type, without decoding its attributes where the graph can. */
export function nodeTypeOf(graph: ReadGraph, node: string): string {
  return isTopology(graph) ? graph.nodeType(node) : graph.getNodeAttribute(node, 'type');
}

/** The nodes of one type, in the graph's order, without decoding the others. */
export function nodesOfType(graph: ReadGraph, type: string): string[] {
  return isTopology(graph) ? graph.nodesOfType(type) : graph.filterNodes((_, a) => a.type === type);
}

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

export class SnapshotGraph implements ReadGraph {
  readonly order: number;
  readonly size: number;
  readonly #p: SnapshotParts;
  #index: Map<string, number> | undefined;
  readonly #nodeCache: (NodeAttributes | undefined)[];
  readonly #edgeCache: (EdgeAttributes | undefined)[];
  #keys: string[] | undefined;
  #edgeIndex: Map<string, number> | undefined;
  #graph: GraphAttributes | undefined;
  #storyOf: Uint32Array | undefined;
  #typeCodes: { names: string[]; nodes: Uint8Array; edges: Uint8Array } | undefined;
  /** The edges handed out so far, by key: a query asks about those (source, opposite) without the index of all. */
  readonly #emitted = new Map<string, number>();
  // Compressed adjacency: a node's out edges are outEdges[outStart[n] .. outStart[n + 1]).
  // Made when a query first walks the graph (validate and stats read only the counts).
  #adj: { outStart: Uint32Array; outEdges: Uint32Array; inStart: Uint32Array; inEdges: Uint32Array } | undefined;

  readonly #nodeBytes: () => [Buffer, Float64Array];
  readonly #edgeBytes: () => [Buffer, Float64Array];

  constructor(parts: SnapshotParts) {
    this.#p = parts;
    this.#nodeBytes = once(() => [parts.nodeAttrs(), parts.nodeOffsets()]);
    this.#edgeBytes = once(() => [parts.edgeAttrs(), parts.edgeOffsets()]);
    this.order = parts.nodeIds.length;
    this.size = parts.edgeEnds.length / 2;
    this.#nodeCache = new Array<NodeAttributes | undefined>(this.order);
    this.#edgeCache = new Array<EdgeAttributes | undefined>(this.size);
  }

  get #nodeIndex(): Map<string, number> {
    if (!this.#index) {
      const index = new Map<string, number>();
      this.#p.nodeIds.forEach((id, i) => index.set(id, i));
      this.#index = index;
    }
    return this.#index;
  }

  #adjacencies() {
    if (!this.#adj) {
      const [outStart, outEdges] = this.#adjacency(0);
      const [inStart, inEdges] = this.#adjacency(1);
      this.#adj = { outStart, outEdges, inStart, inEdges };
    }
    return this.#adj;
  }

  #adjacency(end: 0 | 1): [Uint32Array, Uint32Array] {
    const ends = this.#p.edgeEnds;
    const start = new Uint32Array(this.order + 1);
    for (let e = 0; e < this.size; e++) start[ends[2 * e + end]! + 1]!++;
    for (let n = 0; n < this.order; n++) start[n + 1]! += start[n]!;
    const fill = start.slice(0, this.order);
    const edges = new Uint32Array(this.size);
    for (let e = 0; e < this.size; e++) edges[fill[ends[2 * e + end]!]!++] = e;
    return [start, edges];
  }

  counts(): GraphCounts {
    return this.#p.counts;
  }

  #node(id: string): number {
    const i = this.#nodeIndex.get(id);
    if (i === undefined) throw new Error(`SnapshotGraph: the node "${id}" does not exist`);
    return i;
  }

  #edge(key: string): number {
    const seen = this.#emitted.get(key);
    if (seen !== undefined) return seen;
    if (!this.#edgeIndex) {
      this.#edgeIndex = new Map();
      this.#edgeKeys().forEach((k, i) => this.#edgeIndex!.set(k, i));
    }
    const i = this.#edgeIndex.get(key);
    if (i === undefined) throw new Error(`SnapshotGraph: the edge "${key}" does not exist`);
    return i;
  }

  #edgeKeys(): string[] {
    this.#keys ??= JSON.parse(this.#p.edgeKeys().toString('utf8')) as string[];
    return this.#keys;
  }

  #nodeAttrs(i: number): NodeAttributes {
    let a = this.#nodeCache[i];
    if (!a) {
      const [bytes, o] = this.#nodeBytes();
      a = JSON.parse(bytes.toString('utf8', o[i], o[i + 1])) as NodeAttributes;
      this.#nodeCache[i] = a;
    }
    return a;
  }

  #edgeAttrs(i: number): EdgeAttributes {
    let a = this.#edgeCache[i];
    if (!a) {
      const [bytes, o] = this.#edgeBytes();
      a = JSON.parse(bytes.toString('utf8', o[i], o[i + 1])) as EdgeAttributes;
      this.#edgeCache[i] = a;
    }
    return a;
  }

  #emit(e: number, callback: EdgeCallback, record = true): void {
    const ends = this.#p.edgeEnds;
    const ids = this.#p.nodeIds;
    const key = this.#edgeKeys()[e]!;
    if (record) this.#emitted.set(key, e);
    callback(key, this.#edgeAttrs(e), ids[ends[2 * e]!]!, ids[ends[2 * e + 1]!]!);
  }

  nodes(): string[] {
    return [...this.#p.nodeIds];
  }

  hasNode(id: string): boolean {
    return this.#nodeIndex.has(id);
  }

  getNodeAttributes(id: string): NodeAttributes {
    return this.#nodeAttrs(this.#node(id));
  }

  getNodeAttribute<K extends keyof NodeAttributes>(id: string, name: K): NodeAttributes[K] {
    return this.getNodeAttributes(id)[name];
  }

  forEachNode(callback: (id: string, attributes: NodeAttributes) => void): void {
    this.#p.nodeIds.forEach((id, i) => callback(id, this.#nodeAttrs(i)));
  }

  filterNodes(callback: (id: string, attributes: NodeAttributes) => boolean): string[] {
    return this.#p.nodeIds.filter((id, i) => callback(id, this.#nodeAttrs(i)));
  }

  forEachEdge(callback: EdgeCallback): void;
  forEachEdge(node: string, callback: EdgeCallback): void;
  forEachEdge(a: string | EdgeCallback, b?: EdgeCallback): void {
    if (typeof a === 'function') {
      for (let e = 0; e < this.size; e++) this.#emit(e, a, false);
      return;
    }
    // As graphology: a node's out edges, then its in edges.
    this.forEachOutEdge(a, b!);
    this.forEachInEdge(a, b!);
  }

  forEachOutEdge(node: string, callback: EdgeCallback): void {
    const n = this.#node(node);
    const { outStart, outEdges } = this.#adjacencies();
    for (let i = outStart[n]!; i < outStart[n + 1]!; i++) this.#emit(outEdges[i]!, callback);
  }

  forEachInEdge(node: string, callback: EdgeCallback): void {
    const n = this.#node(node);
    const { inStart, inEdges } = this.#adjacencies();
    for (let i = inStart[n]!; i < inStart[n + 1]!; i++) this.#emit(inEdges[i]!, callback);
  }

  #types(): { names: string[]; nodes: Uint8Array; edges: Uint8Array } {
    this.#typeCodes ??= this.#p.types();
    return this.#typeCodes;
  }

  nodeType(node: string): string {
    const t = this.#types();
    return t.names[t.nodes[this.#node(node)]!]!;
  }

  nodesOfType(type: string): string[] {
    const t = this.#types();
    const code = t.names.indexOf(type);
    return this.#p.nodeIds.filter((_, i) => t.nodes[i] === code);
  }

  forEachIncident(node: string, callback: IncidentCallback): void {
    const n = this.#node(node);
    const keys = this.#edgeKeys();
    const ends = this.#p.edgeEnds;
    const ids = this.#p.nodeIds;
    const t = this.#types();
    const each = (e: number) => {
      callback(keys[e]!, ids[ends[2 * e]!]!, ids[ends[2 * e + 1]!]!, t.names[t.edges[e]!]!);
    };
    const { outStart, outEdges, inStart, inEdges } = this.#adjacencies();
    for (let i = outStart[n]!; i < outStart[n + 1]!; i++) each(outEdges[i]!);
    for (let i = inStart[n]!; i < inStart[n + 1]!; i++) each(inEdges[i]!);
  }

  /** The edges of one story (by its index in the stories list). */
  forEachStoryEdge(story: number, callback: EdgeCallback): void {
    this.#storyOf ??= this.#p.edgeStory();
    for (let e = 0; e < this.size; e++) if (this.#storyOf[e] === story) this.#emit(e, callback, false);
  }

  edges(node: string): string[] {
    const out: string[] = [];
    this.forEachIncident(node, (edge) => out.push(edge));
    return out;
  }

  source(edge: string): string {
    return this.#p.nodeIds[this.#p.edgeEnds[2 * this.#edge(edge)]!]!;
  }

  target(edge: string): string {
    return this.#p.nodeIds[this.#p.edgeEnds[2 * this.#edge(edge) + 1]!]!;
  }

  opposite(node: string, edge: string): string {
    const s = this.source(edge);
    const t = this.target(edge);
    if (node === s) return t;
    if (node === t) return s;
    throw new Error(`SnapshotGraph: the node "${node}" is not an end of the edge "${edge}"`);
  }

  getEdgeAttributes(edge: string): EdgeAttributes {
    return this.#edgeAttrs(this.#edge(edge));
  }

  getAttributes(): GraphAttributes {
    this.#graph ??= JSON.parse(this.#p.graph().toString('utf8')) as GraphAttributes;
    return this.#graph;
  }

  getAttribute<K extends keyof GraphAttributes>(name: K): GraphAttributes[K] {
    return this.getAttributes()[name];
  }
}
