// The tab bar of the research views (RESEARCH_VIEWS) and the panel they open in, above the
// details panel. A view's module loads the first time its tab opens; after that the view gets
// every state change (shown or not) and its container is only hidden. Clicking the open tab, or
// its close button, closes it. Which view is open is state (state.view), so it is in the URL.
import { el } from '../dom.js';
import type { State } from '../state.js';
import { RESEARCH_VIEWS, VIEW_IDS, type ResearchView, type ResearchViewContext, type ViewId } from './registry.js';

export interface Tabs {
  render(state: State, previous: State | null): void;
}

interface Mounted {
  container: HTMLElement;
  view?: ResearchView;
  ready: Promise<void>;
}

export function createTabs(bar: HTMLElement, panel: HTMLElement, ctx: ResearchViewContext, open: (view: ViewId | null) => void): Tabs {
  const buttons = new Map<ViewId, HTMLButtonElement>();
  const mounted = new Map<ViewId, Mounted>();
  bar.setAttribute('role', 'tablist');
  bar.setAttribute('aria-label', 'Research views');
  for (const id of VIEW_IDS) {
    const spec = RESEARCH_VIEWS[id];
    const b = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        class: 'tab',
        'data-view': id,
        'aria-selected': 'false',
        'aria-controls': `view-${id}`,
        title: `${spec.label} (Alt+${spec.key.toUpperCase()})`,
      },
      spec.label,
    );
    b.addEventListener('click', () => open(ctx.store.state.view === id ? null : id));
    buttons.set(id, b);
    bar.append(b);
  }
  const close = el('button', { type: 'button', class: 'tab-close', 'aria-label': 'Close the research view', title: 'Close the view' }, '×');
  close.addEventListener('click', () => open(null));
  bar.append(close);

  function mount(id: ViewId): Mounted {
    const m = mounted.get(id);
    if (m) return m;
    const container = el('div', { id: `view-${id}`, class: `view view-${id}`, role: 'tabpanel', 'aria-labelledby': `tab-${id}`, 'data-view': id });
    container.append(el('p', { class: 'muted view-loading' }, `Loading ${RESEARCH_VIEWS[id].label.toLowerCase()}…`));
    panel.append(container);
    const entry: Mounted = { container, ready: Promise.resolve() };
    entry.ready = RESEARCH_VIEWS[id].load().then(
      (create) => {
        container.replaceChildren();
        entry.view = create(container, ctx);
        entry.view.render(ctx.store.state, null);
        container.dataset.ready = 'true';
      },
      (e: unknown) => {
        container.replaceChildren(
          el('p', { class: 'error' }, `Could not load the ${RESEARCH_VIEWS[id].label} view: ${e instanceof Error ? e.message : String(e)}`),
        );
        container.dataset.ready = 'error';
      },
    );
    mounted.set(id, entry);
    return entry;
  }

  return {
    render(state, previous) {
      if (!previous || previous.view !== state.view) {
        for (const [id, b] of buttons) {
          b.setAttribute('aria-selected', String(id === state.view));
          b.tabIndex = id === state.view || (!state.view && id === VIEW_IDS[0]) ? 0 : -1;
        }
        if (state.view) mount(state.view);
        for (const [id, m] of mounted) m.container.hidden = id !== state.view;
        panel.hidden = !state.view;
        close.hidden = !state.view;
        document.body.dataset.view = state.view ?? '';
      }
      for (const m of mounted.values()) m.view?.render(state, previous);
    },
  };
}

/** Arrow keys move between tabs (the WAI-ARIA tabs pattern); Enter or Space opens. */
export function tabKeys(bar: HTMLElement): void {
  bar.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const tabs = [...bar.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const active = document.activeElement;
    const i = active instanceof HTMLButtonElement ? tabs.indexOf(active) : -1;
    if (i < 0) return;
    e.preventDefault();
    tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!.focus();
  });
}
