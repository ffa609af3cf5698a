// Which stored layout the canvas shows (force or layered; both computed at build time), the
// reader's choice, kept in localStorage like the panes' arrangement.
import type { LayoutName } from './graph-view.js';

const KEY = 'storygraph.graph-layout';
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Forces',
  layered: 'Layers',
};
/** Up to this many elements the layers are the default: a story's graph, read label by label. */
export const LAYERED_DEFAULT_LIMIT = 800;

/** Without a choice: layers for a graph read at a glance, forces for a large one seen as an overview. */
export function defaultLayout(elements: number): LayoutName {
  return elements <= LAYERED_DEFAULT_LIMIT ? 'layered' : 'force';
}

export function storedLayout(elements: number): LayoutName {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'force' || v === 'layered' ? v : defaultLayout(elements);
  } catch {
    return defaultLayout(elements);
  }
}

export function storeLayout(name: LayoutName): void {
  try {
    localStorage.setItem(KEY, name);
  } catch {
    /* storage blocked: the choice lasts for this page */
  }
}
