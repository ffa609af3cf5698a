import { describe, expect, it } from 'vitest';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { computeLayout } from '../../src/web/layout.js';
import { computeLayeredLayout, layerOf } from '../../src/web/layout-layered.js';
import { labelBox, displayLabel, labelLines } from '../../src/graph/label-box.js';
import { fitAspect, removeOverlaps, type Box } from '../../src/web/remove-overlaps.js';
import { defaultDataDir } from '../../src/load/data-dir.js';

describe('layout', () => {
  const graph = loadGraph(defaultDataDir());

  it('places every node, deterministically (same bytes twice)', () => {
    const a = computeLayout(graph);
    const b = computeLayout(graph);
    expect(Object.keys(a).sort()).toEqual(graph.nodes().sort());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const p of Object.values(a)) expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
  });

  it('leaves no node-and-label box overlapping another', () => {
    const pos = computeLayout(graph);
    const boxes = graph.nodes().map((id) => {
      const a = graph.getNodeAttributes(id);
      const b = labelBox(a.label, a.type);
      const p = pos[id]!;
      return { id, x1: p.x - b.width / 2, x2: p.x + b.width / 2, y1: p.y + b.dy - b.height / 2, y2: p.y + b.dy + b.height / 2 };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        if (p.x1 + 1 < q.x2 && q.x1 + 1 < p.x2 && p.y1 + 1 < q.y2 && q.y1 + 1 < p.y2) overlaps.push(`${p.id} / ${q.id}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe('removeOverlaps', () => {
  it('separates boxes piled on one point', () => {
    const boxes: Box[] = Array.from({ length: 30 }, () => ({ x: 0, y: 0, w: 40, h: 20 }));
    removeOverlaps(boxes, 2);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(Math.abs(a.x - b.x) >= 40 || Math.abs(a.y - b.y) >= 20).toBe(true);
      }
    }
  });

  it('fitAspect brings a wide drawing near the asked width:height', () => {
    const boxes: Box[] = [
      { x: 0, y: 0, w: 1, h: 1 },
      { x: 400, y: 100, w: 1, h: 1 },
    ];
    fitAspect(boxes, 1);
    expect(Math.abs(boxes[1]!.x - boxes[0]!.x) / Math.abs(boxes[1]!.y - boxes[0]!.y)).toBeCloseTo(1, 5);
  });
});

describe('labels on the canvas', () => {
  it('cuts long labels at a word, with an ellipsis', () => {
    expect(displayLabel('Mark Esper')).toBe('Mark Esper');
    const long = displayLabel('U.S.–China military talks on crisis communication (video conference, Oct. 28-29, 2020)');
    expect(long.length).toBeLessThanOrEqual(34);
    expect(long.endsWith('…')).toBe(true);
    expect(labelLines('a b c')).toBe(1);
  });
});

describe('layered layout', () => {
  const graph = loadGraph(defaultDataDir());

  it('places every node in its layer, deterministically, with no node-and-label box overlapping another', () => {
    const a = computeLayeredLayout(graph);
    expect(JSON.stringify(a)).toBe(JSON.stringify(computeLayeredLayout(graph)));
    expect(Object.keys(a).sort()).toEqual(graph.nodes().sort());
    const layer = layerOf(graph);
    const boxes = graph.nodes().map((id) => {
      const n = graph.getNodeAttributes(id);
      const b = labelBox(n.label, n.type);
      const p = a[id]!;
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
      return { id, layer: layer.get(id)!, x1: p.x - b.width / 2, x2: p.x + b.width / 2, y1: p.y + b.dy - b.height / 2, y2: p.y + b.dy + b.height / 2 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        expect(Math.min(p.x2, q.x2) - Math.max(p.x1, q.x1) > 0 && Math.min(p.y2, q.y2) - Math.max(p.y1, q.y1) > 0, `${p.id} / ${q.id}`).toBe(false);
        // a later layer lies wholly below an earlier one
        if (p.layer < q.layer) expect(q.y1, `${p.id} above ${q.id}`).toBeGreaterThan(p.y2);
        if (q.layer < p.layer) expect(p.y1, `${q.id} above ${p.id}`).toBeGreaterThan(q.y2);
      }
    }
  });

  it('puts speakers and the article first, then claims, events and the other entities', () => {
    const layer = layerOf(graph);
    graph.forEachNode((id, n) => {
      const speaks = graph.inEdges(id).some((e) => graph.getEdgeAttribute(e, 'type') === 'attributed_to');
      const want = n.type === 'claim' ? 1 : n.type === 'event' ? 2 : n.type === 'article' || speaks ? 0 : 3;
      expect(layer.get(id), id).toBe(want);
    });
  });
});
