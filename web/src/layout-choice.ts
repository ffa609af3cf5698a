// Which stored layout the canvas shows (force or layered; both computed at build time), the
// reader's choice, kept in localStorage like the panes' arrangement.
import type { LayoutName } from './graph-view.js';

const KEY = 'storygraph.graph-layout';
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Forces',
  layered: 'Layers',
};
export const DEFAULT_LAYOUT: LayoutName = 'layered';

export function storedLayout(): LayoutName {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'force' || v === 'layered' ? v : DEFAULT_LAYOUT;
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function storeLayout(name: LayoutName): void {
  try {
    localStorage.setItem(KEY, name);
  } catch { /* storage blocked: the choice lasts for this page */ }
}
