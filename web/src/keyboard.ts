// Keyboard shortcuts beyond the focusable controls: "/" to search, Escape to clear the selection,
// + − 0 to zoom and fit, arrow keys to pan while the canvas has focus, Alt+letter to open or
// close a research view (the letter is in the view's tab title).
import type { GraphView } from './graph-view.js';
import { RESEARCH_VIEWS, VIEW_IDS, type ViewId } from './views/registry.js';

export interface KeyboardTargets {
  graphView: GraphView;
  clear(): void;
  search: HTMLInputElement;
  canvas: HTMLElement;
  openView(view: ViewId): void;
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function installKeyboard({ graphView, clear, search, canvas, openView }: KeyboardTargets): void {
  document.addEventListener('keydown', (e) => {
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      // e.code, not e.key: Alt+letter types another character on some layouts (macOS).
      const view = VIEW_IDS.find((v) => e.code === `Key${RESEARCH_VIEWS[v].key.toUpperCase()}`);
      if (view) {
        e.preventDefault();
        openView(view);
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === '/') {
      e.preventDefault();
      search.focus();
      search.select();
      return;
    }
    if (e.key === 'Escape') {
      clear();
      return;
    }
    if (e.key === '+' || e.key === '=') graphView.zoomBy(1.25);
    else if (e.key === '-') graphView.zoomBy(0.8);
    else if (e.key === '0') graphView.fit();
    else if (document.activeElement === canvas && e.key.startsWith('Arrow')) {
      e.preventDefault();
      const step = 60;
      graphView.panBy(e.key === 'ArrowLeft' ? step : e.key === 'ArrowRight' ? -step : 0, e.key === 'ArrowUp' ? step : e.key === 'ArrowDown' ? -step : 0);
    }
  });
}
