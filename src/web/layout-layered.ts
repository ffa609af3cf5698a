// The explorer's second layout, computed at build time beside the force layout (layout.ts): the
// graph in layers from who speaks to what is said to what it is about, the shape this kind of
// graph has. Top to bottom: the speakers, sources, channels and publishers of claims (the agents
// of attribution links) and the articles; the claims; the events; the other entities (places,
// states, organisations, equipment). Within a layer, nodes are ordered to bring linked nodes
// near each other (barycentre sweeps), events starting from story time, and a layer wider than
// the drawing wraps into rows. Every node's box (its symbol and label) is kept clear of the
// others, so labels never overlap, at any zoom. Deterministic: no randomness, ties by id.
import type { StoryGraph } from '../graph/build-graph.js';
import { labelBox } from '../graph/label-box.js';
import { removeOverlaps, type Box } from './remove-overlaps.js';
import type { Position } from './layout.js';

export const LAYER_NAMES = ['speakers', 'claims', 'events', 'entities'] as const;
const GAP_X = 20;
const GAP_ROW = 18;
const GAP_LAYER = 56;
/** The drawing's width:height aimed at (screens are wider than tall). */
const ASPECT = 1.35;
const SWEEPS = 8;
const MAX_SPREAD = 90;

/** The layer of each node: 0 speakers and articles, 1 claims, 2 events, 3 other entities. */
export function layerOf(graph: StoryGraph): Map<string, number> {
  const speakers = new Set<string>();
  graph.forEachEdge((_k, a, _s, t) => {
    if (a.type === 'attributed_to') speakers.add(t);
  });
  const out = new Map<string, number>();
  graph.forEachNode((id, a) => {
    out.set(id, a.type === 'claim' ? 1 : a.type === 'event' ? 2 : a.type === 'article' || speakers.has(id) ? 0 : 3);
  });
  return out;
}

/** A sort key of story time: the earliest known instant of an event, undated ones last. */
function timeKey(graph: StoryGraph, id: string): number {
  const earliest = graph.getNodeAttribute(id, 'time')?.earliest;
  const t = earliest ? Date.parse(earliest) : NaN;
  return Number.isFinite(t) ? t : Number.POSITIVE_INFINITY;
}

export function computeLayeredLayout(graph: StoryGraph): Record<string, Position> {
  const layer = layerOf(graph);
  const ids = graph.nodes().sort();
  const box = new Map(ids.map((id) => [id, labelBox(graph.getNodeAttribute(id, 'label'), graph.getNodeAttribute(id, 'type'))]));
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  graph.forEachEdge((_k, _a, s, t) => {
    neighbours.get(s)!.push(t);
    neighbours.get(t)!.push(s);
  });
  for (const list of neighbours.values()) list.sort();

  // The starting order: events by story time, the rest by degree (hubs to the middle later) then id.
  const layers: string[][] = LAYER_NAMES.map(() => []);
  for (const id of ids) layers[layer.get(id)!]!.push(id);
  layers[2]!.sort((a, b) => timeKey(graph, a) - timeKey(graph, b) || (a < b ? -1 : 1));

  // The width of the drawing: the layers' total box area spread at ASPECT.
  const area = ids.reduce((sum, id) => sum + (box.get(id)!.width + GAP_X) * (box.get(id)!.height + GAP_ROW), 0);
  const width = Math.max(600, Math.sqrt(area * ASPECT * 1.6));

  // Barycentre sweeps: each node moves to the mean rank (0..1 across its layer) of its neighbours.
  const rank = new Map<string, number>();
  const rerank = () => {
    for (const l of layers) l.forEach((id, i) => rank.set(id, l.length > 1 ? i / (l.length - 1) : 0.5));
  };
  rerank();
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    const order = sweep % 2 === 0 ? [0, 1, 2, 3] : [3, 2, 1, 0];
    for (const li of order) {
      const l = layers[li]!;
      const key = new Map(
        l.map((id) => {
          const ns = neighbours.get(id)!.filter((n) => layer.get(n) !== li);
          const b = ns.length ? ns.reduce((s, n) => s + rank.get(n)!, 0) / ns.length : rank.get(id)!;
          // Events keep a pull towards story time, so the events layer still reads left to right in time.
          return [id, li === 2 ? 0.75 * b + 0.25 * rank.get(id)! : b];
        }),
      );
      l.sort((a, b) => key.get(a)! - key.get(b)! || (a < b ? -1 : 1));
      l.forEach((id, i) => rank.set(id, l.length > 1 ? i / (l.length - 1) : 0.5));
    }
  }

  // Rows: a layer fills rows of at most `width`, each row centred; layers stacked with a gap.
  const pos = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (const l of layers) {
    if (!l.length) continue;
    const rows: string[][] = [[]];
    let used = 0;
    for (const id of l) {
      const w = box.get(id)!.width + GAP_X;
      if (used + w > width && rows.at(-1)!.length) {
        rows.push([]);
        used = 0;
      }
      rows.at(-1)!.push(id);
      used += w;
    }
    for (const row of rows) {
      const h = Math.max(...row.map((id) => box.get(id)!.height));
      const rowWidth = row.reduce((s, id) => s + box.get(id)!.width + GAP_X, -GAP_X);
      // A short row spreads over the drawing's width (up to MAX_SPREAD more between nodes).
      const extra = row.length > 1 ? Math.min(MAX_SPREAD, Math.max(0, (width - rowWidth) / (row.length - 1))) : 0;
      let x = -(rowWidth + extra * (row.length - 1)) / 2;
      for (const id of row) {
        const b = box.get(id)!;
        pos.set(id, { x: x + b.width / 2, y: y + h / 2 });
        x += b.width + GAP_X + extra;
      }
      y += h + GAP_ROW;
    }
    y += GAP_LAYER - GAP_ROW;
  }
  const boxes: Box[] = ids.map((id) => ({ ...pos.get(id)!, w: box.get(id)!.width, h: box.get(id)!.height }));
  removeOverlaps(boxes, 4, 50); // rows are clear by construction; this only guards the estimate
  const out: Record<string, Position> = {};
  ids.forEach((id, i) => {
    const b = boxes[i]!;
    out[id] = { x: Math.round(b.x), y: Math.round(b.y - box.get(id)!.dy) };
  });
  return out;
}
