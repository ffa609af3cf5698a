// The element that scrolls a view's content (the research panel, whatever its markup), so a view
// can bring its selected row into sight without scrolling the page.
import { scrollWithin } from '../dom.js';

export function scrollParent(node: HTMLElement): HTMLElement | null {
  for (let p = node.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/**
 * Scrolls the nearest scrolling ancestor of `target` to show it (just enough, or with it at the
 * top for what follows it, e.g. results), if it is shown at all.
 */
export function bringIntoSight(target: HTMLElement, block: 'nearest' | 'start' = 'nearest'): void {
  if (!target.offsetParent) return; // hidden (the view's tab is closed)
  const s = scrollParent(target);
  if (!s) return;
  if (block === 'nearest') scrollWithin(s, target, 'nearest');
  else s.scrollTop += target.getBoundingClientRect().top - s.getBoundingClientRect().top - 4;
}
