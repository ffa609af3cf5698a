// The graph data after an edit: the layouts are not run again (the drawing would jump and a run
// costs more than an edit may take); nodes keep their stored positions in both layouts, and a new
// node is placed beside its neighbours (or right of the drawing when it has none).
import type { StoryGraph } from '../graph/build-graph.js';
import { serializeGraph } from '../graph/serialize.js';

export interface StoredPosition {
  x: number;
  y: number;
  lx?: number;
  ly?: number;
}

/** The positions stored in a site's graph.json, by node key. */
export function storedPositions(graphJson: string): Map<string, StoredPosition> {
  const data = JSON.parse(graphJson) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
  const out = new Map<string, StoredPosition>();
  for (const n of data.nodes) {
    const { x, y, lx, ly } = n.attributes;
    if (typeof x === 'number' && typeof y === 'number') {
      out.set(n.key, { x, y, ...(typeof lx === 'number' && typeof ly === 'number' ? { lx, ly } : {}) });
    }
  }
  return out;
}

function placeNew(graph: StoryGraph, id: string, known: Map<string, StoredPosition>, index: number): StoredPosition {
  const near = graph
    .neighbors(id)
    .map((n) => known.get(n))
    .filter((p): p is StoredPosition => p !== undefined);
  const offset = 60 + 20 * (index % 5);
  if (near.length) {
    const mean = (f: (p: StoredPosition) => number) => near.reduce((s, p) => s + f(p), 0) / near.length;
    return { x: mean((p) => p.x) + offset, y: mean((p) => p.y) + offset, lx: mean((p) => p.lx ?? p.x) + offset, ly: mean((p) => p.ly ?? p.y) + offset };
  }
  const all = [...known.values()];
  const right = all.length ? Math.max(...all.map((p) => p.x)) : 0;
  const rightL = all.length ? Math.max(...all.map((p) => p.lx ?? p.x)) : 0;
  return { x: right + 120, y: 40 * index, lx: rightL + 120, ly: 40 * index };
}

export function siteGraphJsonKeeping(graph: StoryGraph, known: Map<string, StoredPosition>): string {
  const data = serializeGraph(graph);
  let fresh = 0;
  const nodes = data.nodes.map((n) => {
    let p = known.get(n.key);
    if (!p) {
      p = placeNew(graph, n.key, known, fresh++);
      known.set(n.key, p);
    }
    return { ...n, attributes: { ...n.attributes, ...p } };
  });
  return JSON.stringify({ ...data, nodes });
}
