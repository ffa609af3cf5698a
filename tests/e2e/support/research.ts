// Helpers for the research views' e2e tests: read the canvas's classes, tap elements the way a
// click does (cytoscape's own events), and wait for a research view to be loaded and shown.
import type { Page } from 'playwright-core';

/** Ids of the canvas elements carrying `cls` (nodes and edges), sorted. */
export function withClass(page: Page, cls: string, group: 'nodes' | 'edges' | 'all' = 'all'): Promise<string[]> {
  return page.evaluate(
    ([c, g]) => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      const eles = g === 'nodes' ? cy.nodes() : g === 'edges' ? cy.edges() : cy.elements();
      return eles
        .filter((e) => e.hasClass(c!))
        .map((e) => e.id())
        .sort();
    },
    [cls, group] as const,
  );
}

/** Ids of the nodes drawn (not hidden by a filter or the focus), sorted. */
export function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
    return cy
      .nodes(':visible')
      .map((n) => n.id())
      .sort();
  });
}

/** Emits cytoscape's tap (or dbltap) on an element, as a click on it would. */
export async function tap(page: Page, id: string, event: 'tap' | 'dbltap' = 'tap'): Promise<void> {
  await page.evaluate(
    ([x, ev]) => {
      const { cy } = Reflect.get(window, 'storygraph') as { cy: import('cytoscape').Core };
      cy.getElementById(x!).emit(ev!);
    },
    [id, event] as const,
  );
}

/** Waits until `view` is the open research view and its module has rendered. */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForSelector(`#view-${view}[data-ready="true"]:not([hidden])`);
  await page.waitForFunction((v) => document.getElementById(`tab-${v}`)?.getAttribute('aria-selected') === 'true', view);
}

export const hashOf = (page: Page): Promise<string> => page.evaluate(() => decodeURIComponent(location.hash));
