// The shortest paths between the picked endpoints, from the query layer (paths(), as
// `storygraph path --all --via ...` lists them: what they may cross, best supported first, the
// reason), computed once per pick: the canvas and the path view both read them on every change.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { paths, type PathsResult } from '../../src/queries/path.js';
import type { PathPick } from './state.js';

/** At most this many alternatives of equal length are listed. */
export const MAX_ALTERNATIVES = 100;

let last: { graph: StoryGraph; key: string; result: PathsResult } | null = null;

export function shortestPaths(graph: StoryGraph, pick: PathPick | null): PathsResult | null {
  if (!pick?.from || !pick.to || !graph.hasNode(pick.from) || !graph.hasNode(pick.to)) return null;
  const key = `${pick.from}\u0000${pick.to}\u0000${pick.via.join(',')}`;
  if (last && last.graph === graph && last.key === key) return last.result;
  const result = paths(graph, pick.from, pick.to, { all: true, max: MAX_ALTERNATIVES, via: pick.via });
  last = { graph, key, result };
  return result;
}

/** The elements (node ids and edge keys) of the alternative shown, or null when there is none. */
export function pathElements(graph: StoryGraph, pick: PathPick | null): { nodes: string[]; edges: string[] } | null {
  const r = shortestPaths(graph, pick);
  if (!r || r.length === null || !pick) return null;
  if (r.length === 0) return { nodes: [r.from.id], edges: [] };
  const steps = r.paths[Math.min(pick.index, r.paths.length - 1)]!;
  return { nodes: [steps[0]!.from.id, ...steps.map((s) => s.to.id)], edges: steps.map((s) => s.edge) };
}
