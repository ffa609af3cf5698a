// Loads the site's graph data (graphology's serialized JSON with stored x/y per node) and builds
// the graphology graph the src/queries functions run on. The layout positions are read from
// the node attributes (graphology's and sigma's convention); the queries ignore them.
import Graph from 'graphology';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { SerializedStoryGraph } from '../../src/graph/serialize.js';
import type { StoryRow } from '../../src/queries/stories.js';

export type Positions = Map<string, { x: number; y: number }>;

export interface Loaded {
  graph: StoryGraph;
  /** The force layout (x/y). */
  positions: Positions;
  /** The layered layout (lx/ly), when the site has it. */
  layered: Positions | null;
  /** A large corpus (data/corpus.json): every story's row of the corpus table; the graph holds one story. */
  corpusRows?: StoryRow[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A shape check at the boundary: the file is ours, but a stale or foreign file must fail clearly. */
function isSerializedGraph(v: unknown): v is SerializedStoryGraph {
  if (!isObject(v) || !Array.isArray(v.nodes) || !Array.isArray(v.edges) || !isObject(v.attributes)) return false;
  if (!Array.isArray(v.attributes.stories)) return false;
  const nodesOk = v.nodes.every(
    (n) =>
      isObject(n) && typeof n.key === 'string' && isObject(n.attributes) && typeof n.attributes.type === 'string' && typeof n.attributes.label === 'string',
  );
  const edgesOk = v.edges.every(
    (e) => isObject(e) && typeof e.source === 'string' && typeof e.target === 'string' && isObject(e.attributes) && typeof e.attributes.type === 'string',
  );
  return nodesOk && edgesOk;
}

/** `into`: an existing graph to fill instead of a new one (edit mode redraws in place). */
export function graphFromJson(data: unknown, into?: StoryGraph): Loaded {
  if (!isSerializedGraph(data)) throw new Error('data/graph.json is not a storygraph graph (rebuild the site)');
  const positions: Positions = new Map();
  let layered: Positions | null = new Map();
  const num = (a: object | undefined, k: string): number | null => {
    const v: unknown = a && Reflect.get(a, k);
    return typeof v === 'number' ? v : null;
  };
  for (const n of data.nodes) {
    positions.set(n.key, { x: num(n.attributes, 'x') ?? 0, y: num(n.attributes, 'y') ?? 0 });
    const lx = num(n.attributes, 'lx');
    const ly = num(n.attributes, 'ly');
    if (lx === null || ly === null) layered = null;
    else layered?.set(n.key, { x: lx, y: ly });
    // The graph keeps x/y (as graphology layouts do, so exports carry a drawing); lx/ly stay here.
    if (n.attributes) {
      Reflect.deleteProperty(n.attributes, 'lx');
      Reflect.deleteProperty(n.attributes, 'ly');
    }
  }
  const graph: StoryGraph = into ?? new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.clear();
  graph.import(data);
  return { graph, positions, layered };
}

/**
 * A large corpus served by `storygraph serve` has no data/graph.json: its overview
 * (data/corpus.json) lists the stories, and the story of the URL (#story=ID, else the first) is
 * loaded alone, as data/story/ID.json in the same shape.
 */
async function fetchStoryOfCorpus(): Promise<{ res: Response; rows: StoryRow[] } | undefined> {
  const corpus = await fetch('data/corpus.json');
  if (!corpus.ok) return undefined;
  const overview = (await corpus.json()) as { stories?: { id: string }[]; rows?: unknown };
  const wanted = new URLSearchParams(location.hash.slice(1)).get('story');
  const rows = Array.isArray(overview.rows) && overview.rows.every((r) => isObject(r) && typeof r.id === 'string') ? (overview.rows as StoryRow[]) : [];
  // No story named: the first of the corpus table (publication order), as the explorer lists them.
  const id = overview.stories?.find((s) => s.id === wanted)?.id ?? rows[0]?.id ?? overview.stories?.[0]?.id;
  if (id === undefined) return undefined;
  return { res: await fetch(`data/story/${encodeURIComponent(id)}.json`), rows };
}

/** `storygraph serve` marks the page of a corpus served story by story (src/web/corpus-data.ts). */
const servedByStory = (): boolean => document.querySelector('meta[name="storygraph-corpus"][content="large"]') !== null;

export async function fetchGraph(url = 'data/graph.json', into?: StoryGraph): Promise<Loaded> {
  let corpusRows: StoryRow[] | undefined;
  // Served story by story: there is no data/graph.json to ask for (a request would only fail).
  const story = servedByStory() ? await fetchStoryOfCorpus() : undefined;
  let res = story ? story.res : await fetch(url);
  if (story) corpusRows = story.rows;
  else if (res.status === 404) {
    const found = await fetchStoryOfCorpus();
    if (found) ({ res, rows: corpusRows } = found);
  }
  if (!res.ok) throw new Error(`${url}: ${res.status} ${res.statusText}`);
  const loaded = graphFromJson(await res.json(), into);
  return corpusRows ? { ...loaded, corpusRows } : loaded;
}
