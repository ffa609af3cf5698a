// The path view: two endpoints (picked with "Path from" / "Path to" on the selected node, or
// "Use selection" here), what the path may cross (entities and events only unless claims,
// articles, "about" or attribution links are ticked), the shortest path between them highlighted
// on the canvas (graph-view reads the same paths()), why it was chosen, and its steps in order,
// each with the quote that supports it; alternatives of equal length, best supported first, are
// stepped through with Previous / Next (state.path.index).
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { RELATION_TYPES } from '../../../src/model/relation-types.js';
import { CROSSING_DESCRIPTIONS, PATH_CROSSINGS, type PathStep } from '../../../src/queries/path.js';
import { nodeButton, quoteButton, type DetailActions } from '../details-parts.js';
import { clear, el } from '../dom.js';
import { MAX_ALTERNATIVES, shortestPaths } from '../path-steps.js';
import type { PathPick, State } from '../state.js';
import type { CreateView, ResearchViewContext } from './registry.js';

function stepItem(graph: StoryGraph, s: PathStep, n: number, act: DetailActions): HTMLElement {
  const rel = el('button', { type: 'button', class: 'link', 'data-edge': s.edge, title: RELATION_TYPES[s.type].description }, s.type.replace(/_/g, ' '));
  rel.addEventListener('click', () => act.select({ kind: 'edge', id: s.edge }));
  const arrow = s.direction === 'forward' ? '→' : '←';
  return el(
    'li',
    { 'data-edge': s.edge, 'data-from': s.from.id, 'data-to': s.to.id, 'data-step': n },
    el(
      'div',
      { class: 'step-head' },
      nodeButton(graph, s.from.id, act),
      el('span', { class: 'dir', 'aria-label': s.direction === 'forward' ? 'relation points forward' : 'relation points backward' }, arrow),
      rel,
      el('span', { class: 'dir', 'aria-hidden': 'true' }, arrow),
      nodeButton(graph, s.to.id, act),
      el('span', { class: `badge fact-${s.factuality}` }, s.factuality),
    ),
    s.quote
      ? quoteButton(s.quote, {
          ...act,
          reveal: (ev) => {
            act.select({ kind: 'edge', id: s.edge });
            act.reveal(ev);
          },
        })
      : el('span', { class: 'muted' }, '(no quote: a derived link)'),
  );
}

export const createPathView: CreateView = (container: HTMLElement, ctx: ResearchViewContext) => {
  const { graph } = ctx;
  const act: DetailActions = { select: ctx.select, reveal: ctx.reveal };
  const set = (path: PathPick | null, mode: 'push' | 'replace' = 'push') => ctx.navigate({ path }, mode);
  const current = (): PathPick => ctx.store.state.path ?? { from: null, to: null, index: 0, via: [] };
  const selectedNode = () => {
    const s = ctx.store.state.selection;
    return s?.kind === 'node' ? s.id : null;
  };

  function endRow(end: 'from' | 'to', id: string | null): Node[] {
    const use = el(
      'button',
      { type: 'button', class: 'small', id: `path-use-${end}`, title: `The selected node becomes the path's ${end === 'from' ? 'start' : 'end'}` },
      'Use selection',
    );
    use.disabled = !selectedNode();
    use.addEventListener('click', () => {
      const sel = selectedNode();
      if (sel) set({ ...current(), [end]: sel, index: 0 });
    });
    return [
      el('dt', {}, end === 'from' ? 'From' : 'To'),
      el('dd', { id: `path-${end}-end`, 'data-node': id ?? '' }, id ? nodeButton(graph, id, act) : el('span', { class: 'muted' }, 'not picked')),
      el('dd', {}, use),
    ];
  }

  function render(state: State): void {
    clear(container);
    const p = state.path;
    const head = el('div', { class: 'path-nav' }, el('strong', {}, 'Shortest path'));
    const swap = el('button', { type: 'button', id: 'path-swap', disabled: !p?.from && !p?.to }, 'Swap');
    swap.addEventListener('click', () => {
      const c = current();
      set({ ...c, from: c.to, to: c.from, index: 0 });
    });
    const reset = el('button', { type: 'button', id: 'path-clear', disabled: !p }, 'Clear');
    reset.addEventListener('click', () => set(null));
    head.append(swap, reset);
    container.append(head, el('dl', { class: 'path-ends' }, ...endRow('from', p?.from ?? null), ...endRow('to', p?.to ?? null)));
    // What the path may cross: entities and events always; the rest on request.
    const via = p?.via ?? [];
    const checks = el('fieldset', { class: 'path-via', id: 'path-via' }, el('legend', {}, 'May also cross'));
    for (const c of PATH_CROSSINGS) {
      const box = el('input', { type: 'checkbox', id: `path-via-${c}`, value: c, checked: via.includes(c) });
      box.addEventListener('change', () => {
        const now = current();
        set({ ...now, via: PATH_CROSSINGS.filter((x) => (x === c ? box.checked : now.via.includes(x))), index: 0 });
      });
      checks.append(el('label', { class: 'inline-check', title: CROSSING_DESCRIPTIONS[c] }, box, ` ${c}`));
    }
    checks.append(el('span', { class: 'muted' }, ' (entities and events always)'));
    container.append(checks);
    const result = shortestPaths(graph, p);
    const summary = el('p', { id: 'path-summary', 'aria-live': 'polite' });
    const reason = el('p', { id: 'path-reason', class: 'path-reason muted' });
    container.append(summary, reason);
    if (!p?.from || !p.to || !result) {
      summary.textContent = 'Pick two nodes: select one and press "Path from" (toolbar) or "Use selection", then the other.';
      container.dataset.state = 'picking';
      return;
    }
    reason.textContent = result.reason;
    if (result.length === null) {
      summary.textContent = `${result.from.label} and ${result.to.label} are not connected${via.length === PATH_CROSSINGS.length ? '' : ' through what the path may cross'}.`;
      container.dataset.state = 'none';
      return;
    }
    const count = result.paths.length;
    const i = Math.min(p.index, count - 1);
    summary.textContent =
      result.length === 0
        ? 'Both ends are the same node.'
        : `${result.length} step${result.length === 1 ? '' : 's'} · path ${i + 1} of ${result.count}${result.truncated ? ` (the best ${MAX_ALTERNATIVES} listed)` : ''} of this length · ${result.evidence[i]} quote${result.evidence[i] === 1 ? '' : 's'}`;
    container.dataset.state = 'found';
    container.dataset.alternatives = String(count);
    if (count > 1) {
      const prev = el('button', { type: 'button', id: 'path-prev', disabled: i === 0 }, '‹ Previous');
      const next = el('button', { type: 'button', id: 'path-next', disabled: i === count - 1 }, 'Next ›');
      prev.addEventListener('click', () => set({ ...current(), index: i - 1 }));
      next.addEventListener('click', () => set({ ...current(), index: i + 1 }));
      container.append(el('div', { class: 'path-nav' }, prev, el('span', { class: 'muted' }, `alternative ${i + 1} / ${count}, best supported first`), next));
    }
    const steps = result.paths[i] ?? [];
    container.append(el('ol', { class: 'path-steps', id: 'path-steps' }, ...steps.map((s, n) => stepItem(graph, s, n, act))));
  }

  return {
    render(state, previous) {
      if (previous && previous.path === state.path && previous.selection === state.selection && previous.view === state.view) return;
      if (state.view !== 'path' && previous) return; // rendered again when shown
      render(state);
    },
  };
};
