// What a focus shows: the nodes within `depth` steps of its centre (the query layer's
// neighbors(), as `storygraph neighbors --depth` reports them), plus one step around each
// expanded node that is shown, and every relation between the nodes shown.
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { neighbors } from '../../../src/queries/neighbors.js';
import type { Focus } from '../state.js';

export interface FocusSet {
  nodes: Set<string>;
  edges: Set<string>;
}

// Focus objects are immutable state: the canvas and the toolbar share one computation per focus.
const memo = new WeakMap<StoryGraph, WeakMap<Focus, FocusSet>>();

export function focusSet(graph: StoryGraph, focus: Focus): FocusSet {
  let byFocus = memo.get(graph);
  if (!byFocus) memo.set(graph, (byFocus = new WeakMap()));
  let set = byFocus.get(focus);
  if (!set) byFocus.set(focus, (set = compute(graph, focus)));
  return set;
}

function compute(graph: StoryGraph, focus: Focus): FocusSet {
  const nodes = new Set<string>([focus.id]);
  if (!graph.hasNode(focus.id)) return { nodes: new Set(), edges: new Set() };
  for (const n of neighbors(graph, focus.id, { depth: focus.depth }).nodes) nodes.add(n.id);
  // An expanded node may itself come into view through another expansion: repeat until stable.
  const pending = new Set(focus.expanded.filter((id) => graph.hasNode(id)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of pending) {
      if (!nodes.has(id)) continue;
      pending.delete(id);
      grew = true;
      graph.forEachNeighbor(id, (n) => {
        nodes.add(n);
      });
    }
  }
  const edges = new Set<string>();
  for (const n of nodes) {
    graph.forEachOutEdge(n, (edge, _a, _s, target) => {
      if (nodes.has(target)) edges.add(edge);
    });
  }
  return { nodes, edges };
}

/** Whether the node can be expanded (shown, not the centre, not yet expanded) or collapsed. */
export function expandState(focus: Focus | null, shown: FocusSet | null, id: string | null): 'expand' | 'collapse' | null {
  if (!focus || !shown || !id) return null;
  if (focus.expanded.includes(id)) return 'collapse';
  return shown.nodes.has(id) && id !== focus.id ? 'expand' : null;
}
