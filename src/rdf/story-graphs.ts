// The corpus as named graphs for a SPARQL server (`storygraph push`): one graph per story (the
// RDF of that story alone: its text, nodes, relations and evidence), one for the sg: vocabulary,
// and a manifest graph listing the story graphs with the sha256 of their content, so that a
// later push replaces only the stories that changed and queries name exactly these graphs.
//   <graph-base>story/<story-id>   <graph-base>vocabulary   <graph-base>manifest
import { createHash } from 'node:crypto';
import type { StoryGraph } from '../graph/build-graph.js';
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

/** A story and the graph built from it alone. */
export interface StoryAlone { id: string; graph: StoryGraph }

export function storyGraphs(stories: readonly StoryAlone[], base: string, graphBase: string): NamedGraph[] {
  const out = stories.map((s) => named(`${graphBase}story/${s.id}`, toNTriples(graphToQuads(s.graph, { base, vocabulary: false }))));
  const vocabulary = new QuadSet();
  addVocabulary(vocabulary);
  out.push(named(`${graphBase}vocabulary`, toNTriples(vocabulary.sorted())));
  return out;
}

/** The manifest graph's N-Triples: each graph, typed, with its content's sha256. */
export function manifestNTriples(graphs: readonly NamedGraph[]): string {
  return graphs.map((g) => `<${g.iri}> <${NS.rdf}type> <${STORY_GRAPH_CLASS}> .\n<${g.iri}> <${CONTENT_SHA256}> "${g.sha256}" .\n`).join('');
}
