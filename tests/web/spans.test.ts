import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadGraphSync as loadGraph } from '../support/load-graph-sync.js';
import { CodePointText } from '../../src/text/code-points.js';
import { collectSpans, segment, targetsOf, type Span } from '../../web/src/spans.js';

const span = (start: number, end: number, id: string, kind: 'node' | 'edge' = 'node'): Span => ({
  start,
  end,
  target: { kind, id },
  type: kind === 'node' ? 'person' : 'edge',
  primary: true,
});

describe('segment', () => {
  it('cuts overlapping spans into segments that cover the text, innermost first', () => {
    const segs = segment([span(0, 10, 'outer'), span(2, 5, 'inner'), span(2, 5, 'e', 'edge')], 12);
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 5],
      [5, 10],
      [10, 12],
    ]);
    expect(segs[1]!.spans.map((s) => s.target.id)).toEqual(['inner', 'e', 'outer']);
    expect(segs[3]!.spans).toEqual([]);
    expect(targetsOf(segs[1]!).map((t) => t.id)).toEqual(['inner', 'e', 'outer']);
  });

  it('has no empty segments and tiles [0, length)', () => {
    const segs = segment([span(3, 3, 'empty'), span(0, 4, 'a'), span(4, 8, 'b')], 8);
    expect(segs.every((s) => s.end > s.start)).toBe(true);
    expect(segs[0]!.start).toBe(0);
    expect(segs.at(-1)!.end).toBe(8);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
  });
});

describe('collectSpans on the XSS fixture (astral characters before the mentions)', () => {
  const graph = loadGraph(join(import.meta.dirname, '..', 'fixtures', 'xss'));
  const story = graph.getAttribute('stories')[0]!;
  const doc = new CodePointText(story.text);

  it('each span, cut by code points, is the exact quote', () => {
    const spans = collectSpans(graph, story.id);
    expect(spans.length).toBeGreaterThan(10);
    const exact = new Map<string, string[]>();
    graph.forEachNode((id, a) =>
      exact.set(
        `node:${id}`,
        a.evidence.map((e) => e.exact),
      ),
    );
    for (const s of spans) expect(doc.slice(s.start, s.end).length).toBeGreaterThan(0);
    const yoshinoya = spans.find((s) => s.target.id === 'org/yoshinoya')!;
    expect(doc.slice(yoshinoya.start, yoshinoya.end)).toBe('𠮷野家');
    expect(story.text.slice(doc.toUtf16(yoshinoya.start), doc.toUtf16(yoshinoya.end))).toBe('𠮷野家');
  });

  it('finds the nested mentions of "said the spokesman"', () => {
    const segs = segment(collectSpans(graph, story.id), doc.length);
    const at = doc.text.indexOf('spokesman 吳謙');
    const seg = segs.find((s) => doc.toUtf16(s.start) <= at && doc.toUtf16(s.end) > at)!;
    const ids = targetsOf(seg).map((t) => t.id);
    expect(ids[0]).toBe('person/spokesman');
    expect(ids).toContain('claim/svg-quote');
  });
});
