// What "the current view" is, for the exports: the nodes the filters let through, within the
// focus when there is one (focus-set), and the relations between them that the filters let
// through; the graph's attributes (the stories) come along, so the file loads like the full one.
// Nodes keep the drawing's position (x, y), as graphology layouts store it.
import type { SerializedGraph } from 'graphology-types';
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../../src/model/graph-attributes.js';
import type { State } from '../state.js';
import { edgeVisible, nodeVisible } from '../visibility.js';
import { focusSet } from './focus-set.js';

export function viewSubgraph(graph: StoryGraph, state: State): SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const shown = state.focus ? focusSet(graph, state.focus) : null;
  const keep = new Set(graph.filterNodes((id, a) => nodeVisible(a, state.filters) && (!shown || shown.nodes.has(id))));
  const full = graph.export();
  return {
    ...full,
    nodes: full.nodes.filter((n) => keep.has(n.key)),
    edges: full.edges.filter(
      (e) =>
        keep.has(e.source) &&
        keep.has(e.target) &&
        !!e.attributes &&
        edgeVisible(e.attributes, graph.getNodeAttributes(e.source), graph.getNodeAttributes(e.target), state.filters) &&
        (!shown || (e.key !== undefined && shown.edges.has(e.key))),
    ),
  };
}
