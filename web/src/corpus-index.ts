// The stories the explorer can show. A graph of the whole corpus knows them all (the corpus table
// is `stories(graph)`, computed when first asked); a large corpus served story by story
// (data/corpus.json) holds one story in the graph and every story's row from the server, made
// there by the same function, so the Stories view never needs the whole graph.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { stories, storyRef, type StoryRef, type StoryRow } from '../../src/queries/stories.js';

export interface CorpusIndex {
  /** The graph holds one story of a larger corpus: showing another loads it (a new page). */
  large: boolean;
  /** More than one story: the URL names the story shown. */
  many: boolean;
  /** Every story's id and title, in the corpus's order. */
  list: { id: string; title: string }[];
  /** The corpus table (`storygraph stories`). */
  rows(): StoryRow[];
  /** A story's title, publisher and date (any story of the corpus, loaded or not). */
  ref(id: string): StoryRef | undefined;
}

export function corpusIndex(graph: StoryGraph, largeRows?: StoryRow[]): CorpusIndex {
  const large = largeRows !== undefined && largeRows.length > 0;
  let rows: StoryRow[] | undefined = large ? largeRows : undefined;
  const list = large ? largeRows.map((r) => ({ id: r.id, title: r.title })) : graph.getAttribute('stories').map((s) => ({ id: s.id, title: s.title }));
  const inGraph = new Map(graph.getAttribute('stories').map((s) => [s.id, s]));
  const fromRows = new Map((largeRows ?? []).map((r) => [r.id, r]));
  const ref = (id: string): StoryRef | undefined => {
    const r = fromRows.get(id);
    if (r) return { id, title: r.title, publisher: r.publisher, published: r.published.edtf };
    const s = inGraph.get(id);
    return s ? storyRef(graph, s) : undefined;
  };
  return {
    large,
    ref,
    many: list.length > 1,
    list,
    rows: () => (rows ??= stories(graph)),
  };
}
