// The focus shows what `storygraph neighbors --depth N` reports, plus one step around each
// expanded node that is shown, and exactly the relations among the nodes shown.
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/load/data-dir.js';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { neighbors } from '../../src/queries/neighbors.js';
import { expandState, focusSet } from '../../web/src/views/focus-set.js';

const graph = loadGraph(defaultDataDir());
const hub = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));

describe('focus set', () => {
  it.each([1, 2, 3] as const)('depth %i is the centre and its neighbours to that depth', (depth) => {
    const s = focusSet(graph, { id: hub, depth, expanded: [], hide: false });
    expect([...s.nodes].sort()).toEqual([hub, ...neighbors(graph, hub, { depth }).nodes.map((n) => n.id)].sort());
    const induced = graph.filterEdges((_e, _a, src, tgt) => s.nodes.has(src) && s.nodes.has(tgt));
    expect([...s.edges].sort()).toEqual(induced.sort());
  });

  it('expanding a shown node adds its neighbours; collapsing takes them away; hidden ones do nothing', () => {
    const base = focusSet(graph, { id: hub, depth: 1, expanded: [], hide: false });
    const edgeNode = [...base.nodes].find((n) => n !== hub && graph.neighbors(n).some((m) => !base.nodes.has(m)));
    expect(edgeNode, 'a shown node with neighbours outside the focus').toBeDefined();
    const grown = focusSet(graph, { id: hub, depth: 1, expanded: [edgeNode!], hide: false });
    expect([...grown.nodes].sort()).toEqual([...new Set([...base.nodes, ...graph.neighbors(edgeNode!)])].sort());
    expect(expandState({ id: hub, depth: 1, expanded: [], hide: false }, base, edgeNode!)).toBe('expand');
    expect(expandState({ id: hub, depth: 1, expanded: [edgeNode!], hide: false }, grown, edgeNode!)).toBe('collapse');
    expect(expandState({ id: hub, depth: 1, expanded: [], hide: false }, base, hub)).toBeNull();
    const outside = graph.nodes().find((n) => !base.nodes.has(n));
    if (outside) {
      expect(focusSet(graph, { id: hub, depth: 1, expanded: [outside], hide: false }).nodes).toEqual(base.nodes);
      expect(expandState({ id: hub, depth: 1, expanded: [], hide: false }, base, outside)).toBeNull();
    }
  });

  it('an unknown centre shows nothing (the URL named a node this graph does not have)', () => {
    expect(focusSet(graph, { id: 'person/nobody', depth: 1, expanded: [], hide: false }).nodes.size).toBe(0);
  });
});
