// The corpus as named graphs for a SPARQL server (`storygraph push`): one graph per story (the
// RDF of that story alone: its text, nodes, relations and evidence), one for the sg: vocabulary,
// and a manifest graph listing the story graphs with the sha256 of their content, so that a
// later push replaces only the stories that changed and queries name exactly these graphs.
//   <graph-base>story/<story-id>   <graph-base>shared   <graph-base>vocabulary   <graph-base>manifest
import { createHash } from 'node:crypto';
import { termToId, type Literal, type NamedNode, type Quad } from 'n3';
import type { StoryGraph } from '../graph/build-graph.js';
import { iriScheme } from './iris.js';
import { graphToQuads } from './graph-to-quads.js';
import { NS } from './namespaces.js';
import { QuadSet } from './quad-set.js';
import { addVocabulary } from './vocabulary-quads.js';
import { toNTriples } from './write-rdf.js';

export interface NamedGraph {
  iri: string;
  /** The graph's triples as N-Triples (also valid Turtle, which every store accepts). */
  ntriples: string;
  sha256: string;
}

export const defaultGraphBase = (base: string) => `${base}graph/`;
export const manifestGraph = (graphBase: string) => `${graphBase}manifest`;
export const STORY_GRAPH_CLASS = `${NS.sg}StoryGraph`;
export const CONTENT_SHA256 = `${NS.sg}contentSha256`;

const named = (iri: string, ntriples: string): NamedGraph => ({ iri, ntriples, sha256: createHash('sha256').update(ntriples).digest('hex') });

/** A story and its view of the corpus graph (storyView). */
export interface StoryAlone {
  id: string;
  graph: StoryGraph;
}

/** Each story's nodes and edges, found in one pass over the corpus (not one pass per story). */
function storyMembers(corpus: StoryGraph): Map<string, { nodes: string[]; edges: string[] }> {
  const members = new Map(corpus.getAttribute('stories').map((s) => [s.id, { nodes: [] as string[], edges: [] as string[] }]));
  corpus.forEachNode((id, a) => {
    for (const story of a.stories) members.get(story)?.nodes.push(id);
  });
  corpus.forEachEdge((key, a) => {
    members.get(a.story)?.edges.push(key);
  });
  return members;
}

/**
 * One story's part of the corpus graph, with the corpus's IRIs: its story, the nodes it mentions
 * (each with the evidence quoted from this story only, at the index it has in the corpus, so
 * `<node>/evidence/3` is the same annotation in every graph), and its relations. The triples of
 * a node that several stories share (type, label, aliases) are in each of their graphs, alike;
 * its sg:mentionedIn only in each story's own. The union of the story graphs is the corpus's RDF.
 * Made one at a time: a corpus of 10,000 stories never holds 10,000 views. With `keep`, only
 * the kept nodes, the edges leaving them and the ends of those edges (a partial view).
 */
export function* storyViews(corpus: StoryGraph, keep?: (node: string) => boolean): Generator<StoryAlone> {
  const members = storyMembers(corpus);
  for (const story of corpus.getAttribute('stories')) {
    const view = corpus.nullCopy() as StoryGraph;
    view.replaceAttributes({ ...corpus.getAttributes(), stories: [story] });
    const all = members.get(story.id)!;
    const edges = keep ? all.edges.filter((e) => keep(corpus.source(e))) : all.edges;
    const ends = keep ? new Set(edges.map((e) => corpus.target(e))) : undefined;
    const nodes = keep ? all.nodes.filter((n) => keep(n) || ends?.has(n)) : all.nodes;
    for (const id of nodes) {
      const a = corpus.getNodeAttributes(id);
      // A sparse array keeps each quote at its corpus index (the RDF writer skips the holes).
      const evidence: typeof a.evidence = [];
      a.evidence.forEach((ev, i) => {
        if (ev.story === story.id) evidence[i] = ev;
      });
      // sg:mentionedIn this story only: another story coming or going leaves this graph alone.
      view.addNode(id, { ...a, evidence, stories: [story.id] });
    }
    for (const key of edges) view.addEdgeWithKey(key, corpus.source(key), corpus.target(key), corpus.getEdgeAttributes(key));
    yield { id: story.id, graph: view };
  }
}

/**
 * The named graphs of a corpus, one at a time. A triple that two story views both hold (the
 * type, label and aliases of an entity two stories share, a relation both assert) goes to one
 * `shared` graph instead: some stores (Virtuoso) count a triple once per default graph that holds
 * it, so no triple may be in two graphs. Only subjects that are nodes of two stories can be
 * shared. Two passes, so memory holds one story's triples and the shareable ones, never all:
 * the first counts the shareable triples, the second writes each story's graph without them.
 */
export function* storyGraphs(corpus: StoryGraph, base: string, graphBase: string): Generator<NamedGraph> {
  const shared = new Set<string>();
  corpus.forEachNode((id, a) => {
    if (a.stories.length > 1) shared.add(iriScheme(base).node(id).value);
  });
  const sharable = (q: Quad) => {
    const s = q.subject.value;
    const slash = s.indexOf('/', `${base}id/`.length + 1);
    const owner = s.indexOf('/', slash + 1) === -1 ? s : s.slice(0, s.indexOf('/', slash + 1));
    return shared.has(owner) && !s.slice(owner.length).startsWith('/evidence/');
  };
  const key = (q: Quad) => `${termToId(q.subject)} ${termToId(q.predicate)} ${termToId(q.object)}`;
  const seen = new Map<string, number>();
  const sharedQuads = new QuadSet();
  // Only a shared node's own triples can be shared: the first pass draws just those nodes.
  const sharedNode = (id: string) => corpus.getNodeAttribute(id, 'stories').length > 1;
  for (const v of storyViews(corpus, sharedNode)) {
    for (const q of graphToQuads(v.graph, { base, vocabulary: false })) {
      if (!sharable(q)) continue;
      const k = key(q);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      if (n === 2) sharedQuads.add(q.subject as NamedNode, q.predicate as NamedNode, q.object as NamedNode | Literal);
    }
  }
  const inShared = (q: Quad) => sharable(q) && (seen.get(key(q)) ?? 0) > 1;
  for (const v of storyViews(corpus)) {
    yield named(`${graphBase}story/${v.id}`, toNTriples(graphToQuads(v.graph, { base, vocabulary: false }).filter((q) => !inShared(q))));
  }
  if (sharedQuads.size > 0) yield named(`${graphBase}shared`, toNTriples(sharedQuads.sorted()));
  const vocabulary = new QuadSet();
  addVocabulary(vocabulary);
  yield named(`${graphBase}vocabulary`, toNTriples(vocabulary.sorted()));
}

/** The manifest graph's N-Triples: each graph, typed, with its content's sha256. */
export function manifestNTriples(graphs: readonly Pick<NamedGraph, 'iri' | 'sha256'>[]): string {
  return graphs.map((g) => `<${g.iri}> <${NS.rdf}type> <${STORY_GRAPH_CLASS}> .\n<${g.iri}> <${CONTENT_SHA256}> "${g.sha256}" .\n`).join('');
}
