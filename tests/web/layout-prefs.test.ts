// The reader's arrangement of the screen (web/src/layout-prefs.ts): whatever localStorage holds
// parses to valid prefs, borders move without losing or inventing height, widths stay possible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampReadingWidth,
  DEFAULT_PREFS,
  expandedPanes,
  MIN_GRAPH_PX,
  MIN_PANE_PX,
  MIN_READING_PX,
  moveBorder,
  parsePrefs,
  sideOpen,
} from '../../web/src/layout-prefs.js';

describe('layout prefs', () => {
  it('falls back to the defaults for nothing, bad JSON or another shape', () => {
    for (const raw of [null, '', '{', '[]', '42', 'null', '{"weights":"x"}']) expect(parsePrefs(raw), String(raw)).toEqual(DEFAULT_PREFS);
  });

  it('keeps what is valid and drops the rest, field by field', () => {
    const p = parsePrefs(
      JSON.stringify({
        side: true,
        readingWidth: 512.4,
        wide: 'yes',
        weights: { view: 2, details: -1, article: 'big' },
        collapsed: ['view', 'nope', 'view'],
        maximised: 'graph',
      }),
    );
    expect(p).toEqual({
      side: true,
      readingWidth: 512,
      wide: false,
      weights: { view: 2, details: DEFAULT_PREFS.weights.details, article: DEFAULT_PREFS.weights.article },
      collapsed: ['view'],
      maximised: null,
    });
    expect(parsePrefs(JSON.stringify({ readingWidth: 10 })).readingWidth).toBeNull();
  });

  it('opens the filters column on wide screens unless the reader chose', () => {
    expect(sideOpen(DEFAULT_PREFS, 1440)).toBe(false);
    expect(sideOpen(DEFAULT_PREFS, 1920)).toBe(true);
    expect(sideOpen({ ...DEFAULT_PREFS, side: true }, 1024)).toBe(true);
  });

  it('a maximised pane shows alone; otherwise the panes not collapsed', () => {
    expect(expandedPanes({ ...DEFAULT_PREFS, collapsed: ['view'] })).toEqual(['details', 'article']);
    expect(expandedPanes({ ...DEFAULT_PREFS, collapsed: ['details'], maximised: 'details' })).toEqual(['details']);
  });

  it("property: moving a border keeps the two heights' sum and neither below the minimum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_PANE_PX, max: 2000 }),
        fc.integer({ min: MIN_PANE_PX, max: 2000 }),
        fc.integer({ min: -3000, max: 3000 }),
        (a, b, dy) => {
          const [x, y] = moveBorder(a, b, dy);
          expect(x + y).toBe(a + b);
          expect(Math.min(x, y)).toBeGreaterThanOrEqual(MIN_PANE_PX);
          if (a + dy >= MIN_PANE_PX && b - dy >= MIN_PANE_PX) expect(x).toBe(a + dy);
        },
      ),
    );
  });

  it('property: the reading column is never narrower than its minimum and leaves the graph its own', () => {
    fc.assert(
      fc.property(fc.integer({ min: -500, max: 5000 }), fc.integer({ min: 800, max: 4000 }), fc.constantFrom(0, 250), (w, win, side) => {
        const r = clampReadingWidth(w, win, side);
        expect(r).toBeGreaterThanOrEqual(MIN_READING_PX);
        if (win - side - MIN_GRAPH_PX >= MIN_READING_PX) expect(r).toBeLessThanOrEqual(win - side - MIN_GRAPH_PX);
      }),
    );
  });
});
