// The graph as RDF triples (docs/rdf.md): stories, nodes, relations and the sg: vocabulary,
// deduplicated and sorted, so every RDF format writes the same triples in the same order.
import type { Quad } from 'n3';
import type { StoryGraph } from '../graph/build-graph.js';
import { addEdge } from './edge-quads.js';
import { iriScheme, DEFAULT_BASE } from './iris.js';
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

export function graphToQuads(graph: StoryGraph, options: RdfOptions = {}): Quad[] {
  const iris = iriScheme(options.base ?? DEFAULT_BASE);
  const out = new QuadSet();
  for (const story of graph.getAttribute('stories')) addStory(out, iris, story);
  graph.forEachNode((id, attrs) => addNode(out, iris, id, attrs));
  graph.forEachEdge((key, attrs, source, target) => addEdge(out, iris, key, source, target, attrs));
  if (options.vocabulary ?? true) addVocabulary(out);
  return out.sorted();
}
