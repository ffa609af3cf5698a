import { describe, expect, it } from 'vitest';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { computeLayout } from '../../src/web/layout.js';
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
    const boxes: Box[] = [{ x: 0, y: 0, w: 1, h: 1 }, { x: 400, y: 100, w: 1, h: 1 }];
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
