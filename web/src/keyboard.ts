// Keyboard shortcuts beyond the focusable controls: "/" to search, Escape to clear the selection,
// + − 0 to zoom and fit, arrow keys to pan while the canvas has focus.
import type { GraphView } from './graph-view.js';

export interface KeyboardTargets {
  graphView: GraphView;
  clear(): void;
  search: HTMLInputElement;
  canvas: HTMLElement;
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function installKeyboard({ graphView, clear, search, canvas }: KeyboardTargets): void {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === '/') { e.preventDefault(); search.focus(); search.select(); return; }
    if (e.key === 'Escape') { clear(); return; }
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
