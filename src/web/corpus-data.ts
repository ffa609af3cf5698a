// The explorer's data for a corpus too large to ship whole: `storygraph serve` answers
//   data/corpus.json            the overview: counts and every story's id, title, publisher, date
//   data/story/<id>.json        one story's subgraph, in the shape of data/graph.json (with layout)
//   data/node/<id>.json         the stories that tell a node, with each one's evidence (nodeStories)
//   data/search/<text>.json     `storygraph search` over the whole corpus, each match with its stories
// on demand from the graph snapshot, and never builds the whole site graph, layout or N-Triples.
// The overview carries the corpus table (`rows`, the `storygraph stories` rows) for the
// explorer's Stories view, which then needs no story but the one shown.
import { countGraph } from '../graph/graph-counts.js';
import type { ReadGraph } from '../graph/read-graph.js';
import { storySubgraph } from '../graph/story-subgraph.js';
import { nodeStories } from '../queries/node-stories.js';
import { search } from '../queries/search.js';
import { stories as storyRows } from '../queries/stories.js';
import { siteGraphJson } from './site-data.js';
import { withMeta } from './page-meta.js';

export const CORPUS_FILE = 'data/corpus.json';
const STORY_PATH = /^data\/story\/([^/]+)\.json$/;
const NODE_PATH = /^data\/node\/(.+)\.json$/;
const SEARCH_PATH = /^data\/search\/([^/]+)\.json$/;
const MAX_SEARCH_RESULTS = 30;

/** The page says it is served story by story, so the app asks for data/corpus.json, not data/graph.json. */
export const CORPUS_META = 'storygraph-corpus';

export function withCorpusMeta(files: Map<string, Buffer>): Map<string, Buffer> {
  const html = files.get('index.html');
  if (html) files.set('index.html', Buffer.from(withMeta(html.toString('utf8'), CORPUS_META, 'large')));
  return files;
}

/** Matches over every story (the browser holds one), each with the stories that tell it. */
function searchAll(graph: ReadGraph, text: string): string {
  const results = search(graph, text)
    .slice(0, MAX_SEARCH_RESULTS)
    .map((r) => ({ id: r.id, type: r.type, label: r.label, matched: r.matched, text: r.text, stories: graph.getNodeAttribute(r.id, 'stories') }));
  return JSON.stringify({ text, results });
}

/** Above this many nodes and edges, serve works story by story (STORYGRAPH_SITE_MAX_ELEMENTS). */
export const DEFAULT_SITE_MAX_ELEMENTS = 20_000;

export function siteMaxElements(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.STORYGRAPH_SITE_MAX_ELEMENTS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_SITE_MAX_ELEMENTS;
}

/** Whether a graph is too large for the whole-graph site. */
export function isLargeCorpus(graph: ReadGraph, env: NodeJS.ProcessEnv = process.env): boolean {
  const c = countGraph(graph);
  return c.nodes + c.edges > siteMaxElements(env);
}

export function corpusOverview(graph: ReadGraph): string {
  const c = countGraph(graph);
  const stories = graph.getAttribute('stories').map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, published: s.published.edtf }));
  return JSON.stringify({
    large: true,
    counts: { stories: c.stories, nodes: c.nodes, edges: c.edges, evidence: c.evidence },
    stories,
    rows: storyRows(graph),
  });
}

/** The answer for a data path (made when first asked, then kept), or undefined (404). */
export function corpusData(graph: ReadGraph): (path: string) => Buffer | undefined {
  const made = new Map<string, Buffer>();
  const MAX_KEPT = 200;
  return (path) => {
    const kept = made.get(path);
    if (kept) return kept;
    let body: string | undefined;
    const node = NODE_PATH.exec(path)?.[1];
    const text = SEARCH_PATH.exec(path)?.[1];
    if (path === CORPUS_FILE) body = corpusOverview(graph);
    else if (node !== undefined) body = graph.hasNode(node) ? JSON.stringify(nodeStories(graph, node)) : undefined;
    else if (text !== undefined) body = searchAll(graph, text);
    else {
      const m = STORY_PATH.exec(path);
      const sub = m ? storySubgraph(graph, m[1]!) : undefined;
      if (sub) body = siteGraphJson(sub);
    }
    if (body === undefined) return undefined;
    const bytes = Buffer.from(body);
    if (made.size >= MAX_KEPT) made.delete(made.keys().next().value!);
    made.set(path, bytes);
    return bytes;
  };
}
