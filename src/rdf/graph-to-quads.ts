// The graph as RDF triples (docs/rdf.md): stories, nodes, relations and the sg: vocabulary,
// deduplicated and sorted, so every RDF format writes the same triples in the same order.
// Streamed: the triples are made resource by resource (a story, a node with its outgoing links,
// a relation) in the order of their IRIs, and a triple is emitted as soon as no later resource
// can sort before it, so memory holds a few resources, not the corpus's millions of triples.
import type { Quad } from 'n3';
import type { StoryGraph } from '../graph/build-graph.js';
import { addEdge } from './edge-quads.js';
import { iriScheme, DEFAULT_BASE, type IriScheme } from './iris.js';
import { addNode } from './node-quads.js';
import { QuadSet } from './quad-set.js';
import { addStory } from './story-quads.js';
import { addVocabulary } from './vocabulary-quads.js';

export interface RdfOptions {
  /** The base of node, relation and story IRIs (ends in "/"). */
  base?: string;
  /** Whether to describe the sg: terms (labels, comments); default true. */
  vocabulary?: boolean;
}

/** Only the triples about one resource (its IRI or its parts <iri>/...). */
class ResourceQuads extends QuadSet {
  constructor(
    private readonly inner: QuadSet,
    private readonly iri: string,
  ) {
    super();
  }
  override add(...args: Parameters<QuadSet['add']>): void {
    const s = args[0].value;
    if (s === this.iri || s.startsWith(`${this.iri}/`)) this.inner.add(...args);
  }
}

// A resource to describe: every triple it adds has a subject that sorts at or after its key
// (its IRI, or its parts <iri>/...), which is what lets the writer flush below the next key.
type Unit = { key: string; kind: 'story'; index: number } | { key: string; kind: 'node' | 'edge'; id: string } | { key: string; kind: 'vocabulary' };

function fill(graph: StoryGraph, iris: IriScheme, unit: Unit, out: QuadSet): void {
  if (unit.kind === 'story') addStory(out, iris, graph.getAttribute('stories')[unit.index]!);
  else if (unit.kind === 'vocabulary') addVocabulary(out);
  else if (unit.kind === 'node') {
    addNode(out, iris, unit.id, graph.getNodeAttributes(unit.id));
    graph.forEachOutEdge(unit.id, (key, a, source, target) => {
      // A derived attribution link lives under its claim; a relation's own resource is its
      // own unit, and only the direct triple <source> sg:type <target> is the node's.
      if (a.derived) addEdge(out, iris, key, source, target, a);
      else out.add(iris.node(source), `sg:${a.type}`, iris.node(target));
    });
  } else {
    const [a, source, target] = [graph.getEdgeAttributes(unit.id), graph.source(unit.id), graph.target(unit.id)];
    addEdge(new ResourceQuads(out, unit.key), iris, unit.id, source, target, a);
  }
}

/** Calls `emit` with every triple, sorted by subject (rdf:type first), then predicate and object. */
export function streamQuads(graph: StoryGraph, options: RdfOptions, emit: (q: Quad) => void): void {
  const iris = iriScheme(options.base ?? DEFAULT_BASE);
  const units: Unit[] = [];
  graph.getAttribute('stories').forEach((story, index) => units.push({ key: iris.story(story.id).value, kind: 'story', index }));
  graph.forEachNode((id) => units.push({ key: iris.node(id).value, kind: 'node', id }));
  graph.forEachEdge((key, a, source) => {
    if (!a.derived) units.push({ key: iris.edge(key, a, source).value, kind: 'edge', id: key });
  });
  if (options.vocabulary ?? true) {
    const vocabulary = new QuadSet();
    addVocabulary(vocabulary);
    let first: string | undefined;
    vocabulary.drainBelow(undefined, (q) => {
      first ??= q.subject.value;
    });
    if (first !== undefined) units.push({ key: first, kind: 'vocabulary' });
  }
  units.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const buffer = new QuadSet();
  let last = '';
  const checked = (q: Quad) => {
    // A triple behind one already written would break the order (and the dedup): a bug here.
    if (q.subject.value < last) throw new Error(`RDF stream out of order: ${q.subject.value} after ${last}`);
    last = q.subject.value;
    emit(q);
  };
  units.forEach((unit, i) => {
    fill(graph, iris, unit, buffer);
    buffer.drainBelow(units[i + 1]?.key, checked);
  });
}

export function graphToQuads(graph: StoryGraph, options: RdfOptions = {}): Quad[] {
  const out: Quad[] = [];
  streamQuads(graph, options, (q) => out.push(q));
  return out;
}
