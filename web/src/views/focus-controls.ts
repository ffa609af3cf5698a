// The graph toolbar's research controls: focus on the selected node (depth 1, 2 or 3; expand or
// collapse a node's neighbours one step at a time; fade or hide the rest; unfocus) and pick the
// selected node as one end of a path (the path view opens with it).
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { el } from '../dom.js';
import type { Focus, FocusDepth, State, Store } from '../state.js';
import { expandState, focusSet, type FocusSet } from './focus-set.js';
import type { ResearchViewContext } from './registry.js';

export interface FocusControls {
  render(state: State, previous: State | null): void;
  /** Expand a shown node's neighbours, or collapse them again (the canvas's double tap). */
  toggleExpand(id: string): void;
}

const DEPTHS: readonly FocusDepth[] = [1, 2, 3];
/** Above this many elements a new focus hides the rest rather than fading it (graph-view's FADE_LIMIT). */
const LARGE = 800;

export function createFocusControls(root: HTMLElement, graph: StoryGraph, store: Store, navigate: ResearchViewContext['navigate']): FocusControls {
  const focusBtn = el('button', { type: 'button', id: 'focus-on', title: 'Show only the neighbourhood of the selected node' }, 'Focus');
  const depth = el(
    'select',
    { id: 'focus-depth', 'aria-label': 'Focus depth (steps from the centre)', title: 'Focus depth' },
    ...DEPTHS.map((d) => el('option', { value: String(d) }, `${d} step${d > 1 ? 's' : ''}`)),
  );
  const expandBtn = el('button', { type: 'button', id: 'focus-expand', title: 'Show the neighbours of the selected node too (double-click a node)' }, 'Expand');
  const hideBox = el('input', { type: 'checkbox', id: 'focus-hide' });
  const hideLabel = el('label', { class: 'inline-check', title: 'Hide the rest of the graph instead of fading it' }, hideBox, 'Hide rest');
  const unfocusBtn = el('button', { type: 'button', id: 'focus-off', title: 'Show the whole graph again' }, 'Unfocus');
  const fromBtn = el('button', { type: 'button', id: 'path-from', title: 'Start a path at the selected node' }, 'Path from');
  const toBtn = el('button', { type: 'button', id: 'path-to', title: 'End a path at the selected node' }, 'Path to');
  const info = el('span', { class: 'focus-info', id: 'focus-info', 'aria-live': 'polite' });
  root.append(
    el('span', { class: 'tool-group', role: 'group', 'aria-label': 'Focus' }, focusBtn, depth, expandBtn, hideLabel, unfocusBtn),
    el('span', { class: 'tool-group', role: 'group', 'aria-label': 'Path' }, fromBtn, toBtn),
    info,
  );

  const selectedNode = (): string | null => {
    const sel = store.state.selection;
    return sel?.kind === 'node' && graph.hasNode(sel.id) ? sel.id : null;
  };
  const setFocus = (focus: Focus | null) => navigate({ focus });
  const pickedDepth = (): FocusDepth => DEPTHS.find((x) => String(x) === depth.value) ?? 1;
  let shown: FocusSet | null = null;
  // A large graph hides the rest by default: fading keeps every element to draw.
  hideBox.checked = graph.order + graph.size > LARGE;

  focusBtn.addEventListener('click', () => {
    const id = selectedNode();
    const f = store.state.focus;
    if (id) setFocus({ id, depth: f?.depth ?? pickedDepth(), expanded: [], hide: f?.hide ?? hideBox.checked });
  });
  depth.addEventListener('change', () => {
    const f = store.state.focus;
    if (f) setFocus({ ...f, depth: pickedDepth() });
  });
  expandBtn.addEventListener('click', () => {
    const id = selectedNode();
    if (id) toggleExpand(id);
  });
  hideBox.addEventListener('change', () => {
    const f = store.state.focus;
    if (f) navigate({ focus: { ...f, hide: hideBox.checked } }, 'replace');
  });
  unfocusBtn.addEventListener('click', () => setFocus(null));
  const pickEnd = (end: 'from' | 'to') => {
    const id = selectedNode();
    if (!id) return;
    const p = store.state.path ?? { from: null, to: null, index: 0, via: [] };
    navigate({ path: { ...p, [end]: id, index: 0 }, view: 'path' });
  };
  fromBtn.addEventListener('click', () => pickEnd('from'));
  toBtn.addEventListener('click', () => pickEnd('to'));

  function toggleExpand(id: string): void {
    const f = store.state.focus;
    const what = expandState(f, shown, id);
    if (!f || !what) return;
    setFocus({ ...f, expanded: what === 'expand' ? [...f.expanded, id].sort() : f.expanded.filter((x) => x !== id) });
  }

  return {
    render(state, previous) {
      if (!previous || previous.focus !== state.focus) shown = state.focus ? focusSet(graph, state.focus) : null;
      if (previous && previous.focus === state.focus && previous.selection === state.selection) return;
      const f = state.focus;
      const id = state.selection?.kind === 'node' ? state.selection.id : null;
      focusBtn.disabled = !id || f?.id === id;
      focusBtn.setAttribute('aria-pressed', String(!!f));
      if (f) depth.value = String(f.depth);
      hideBox.checked = f?.hide ?? hideBox.checked;
      hideBox.disabled = !f;
      unfocusBtn.disabled = !f;
      const what = expandState(f, shown, id);
      expandBtn.disabled = !what;
      expandBtn.textContent = what === 'collapse' ? 'Collapse' : 'Expand';
      fromBtn.disabled = toBtn.disabled = !id;
      info.textContent = f && shown ? `Focus: ${graph.getNodeAttribute(f.id, 'label')} · ${shown.nodes.size} nodes` : '';
      root.dataset.focus = f ? f.id : '';
    },
    toggleExpand,
  };
}
