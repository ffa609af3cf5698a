// The reader's arrangement of the screen, kept in localStorage (not in the URL: it belongs to the
// reader, not to what is shared): whether the filters column is open, the reading column's width
// (or the wide mode), and the reading column's three panes (research view, details, article):
// their share of the height, which are collapsed and which one is maximised. Pure: parsing what
// was stored (anything, from any version) and the few rules of resizing live here.

export const PANE_IDS = ['view', 'details', 'article'] as const;
export type PaneId = (typeof PANE_IDS)[number];

export interface LayoutPrefs {
  /** The filters, legend and lists column; null: open on wide screens only (the default). */
  side: boolean | null;
  /** The reading column's width in px; null: the default (about a third of the window). */
  readingWidth: number | null;
  /** The reading column takes most of the width (query results, long chains). */
  wide: boolean;
  /** The panes' shares of the reading column's height (flex weights). */
  weights: Record<PaneId, number>;
  collapsed: PaneId[];
  maximised: PaneId | null;
}

export const STORAGE_KEY = 'storygraph.layout.v1';
/** The article and the details first: a research view gets a third, the article the most. */
export const DEFAULT_WEIGHTS: Readonly<Record<PaneId, number>> = { view: 3, details: 3, article: 4 };
export const DEFAULT_PREFS: LayoutPrefs = { side: null, readingWidth: null, wide: false, weights: { ...DEFAULT_WEIGHTS }, collapsed: [], maximised: null };
/** A pane is never dragged smaller than this (px); the reading column never narrower. */
export const MIN_PANE_PX = 60;
export const MIN_READING_PX = 300;
/** The graph keeps at least this much width when the reading column is dragged wider. */
export const MIN_GRAPH_PX = 320;
/** Below this window width the filters column starts closed (the graph and article come first). */
export const SIDE_OPEN_FROM_PX = 1600;

const isPane = (v: unknown): v is PaneId => (PANE_IDS as readonly unknown[]).includes(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whatever was stored, as prefs: unknown or bad values fall back to the defaults, one by one. */
export function parsePrefs(raw: string | null): LayoutPrefs {
  let v: unknown;
  try {
    v = raw ? JSON.parse(raw) : null;
  } catch {
    v = null;
  }
  if (!isObject(v)) return structuredClone(DEFAULT_PREFS);
  const weights = { ...DEFAULT_WEIGHTS };
  if (isObject(v.weights)) {
    for (const p of PANE_IDS) {
      const w = v.weights[p];
      if (typeof w === 'number' && Number.isFinite(w) && w > 0) weights[p] = w;
    }
  }
  const width = v.readingWidth;
  return {
    side: typeof v.side === 'boolean' ? v.side : null,
    readingWidth: typeof width === 'number' && Number.isFinite(width) && width >= MIN_READING_PX ? Math.round(width) : null,
    wide: v.wide === true,
    weights,
    collapsed: Array.isArray(v.collapsed) ? [...new Set(v.collapsed.filter(isPane))] : [],
    maximised: isPane(v.maximised) ? v.maximised : null,
  };
}

export function sideOpen(p: LayoutPrefs, windowWidth: number): boolean {
  return p.side ?? windowWidth >= SIDE_OPEN_FROM_PX;
}

/** A reading column width the window can hold: at least MIN_READING_PX, leaving the graph MIN_GRAPH_PX. */
export function clampReadingWidth(width: number, windowWidth: number, sideWidth: number): number {
  const most = Math.max(MIN_READING_PX, windowWidth - sideWidth - MIN_GRAPH_PX);
  return Math.round(Math.min(most, Math.max(MIN_READING_PX, width)));
}

/**
 * Moving the border between two panes by `dy` px: their heights (as measured) change by that much,
 * neither below MIN_PANE_PX, their sum kept. Returns the new heights, to become their weights.
 */
export function moveBorder(above: number, below: number, dy: number): [number, number] {
  const total = above + below;
  if (total <= 2 * MIN_PANE_PX) return [above, below];
  const a = Math.min(total - MIN_PANE_PX, Math.max(MIN_PANE_PX, above + dy));
  return [a, total - a];
}

/** Which panes show their body: a maximised pane alone; else those not collapsed. */
export function expandedPanes(p: LayoutPrefs): PaneId[] {
  return p.maximised ? [p.maximised] : PANE_IDS.filter((x) => !p.collapsed.includes(x));
}
