// Room to read: the filters column opens and closes, the reading column is resized by a splitter
// (or made wide), and its three panes (research view, details, article) are resized by the
// splitters between them, collapsed to their bar or maximised, each with a button. The reader's
// choices are kept (layout-prefs.ts) and applied through classes and CSS variables (CSSOM, which
// the CSP allows); nothing here touches the explorer's state or the URL.
import { byId, el } from './dom.js';
import { clampReadingWidth, expandedPanes, moveBorder, PANE_IDS, parsePrefs, sideOpen, STORAGE_KEY, type LayoutPrefs, type PaneId } from './layout-prefs.js';

const SIDE_PX = 250;
const KEY_STEP_PX = 24;
const PANE_NAMES: Record<PaneId, string> = { view: 'research view', details: 'details', article: 'article' };

function load(): LayoutPrefs {
  try {
    return parsePrefs(localStorage.getItem(STORAGE_KEY));
  } catch {
    return parsePrefs(null); // storage blocked: the defaults, not kept
  }
}

function save(p: LayoutPrefs): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(p));
  } catch {
    /* storage blocked or full: the arrangement lasts for this page only */
  }
}

/** Drags: pointer capture on the handle, `move(dx, dy)` from the press, `done` on release. */
function draggable(handle: HTMLElement, begin: () => void, move: (dx: number, dy: number) => void, done: () => void): void {
  handle.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    handle.classList.add('dragging');
    begin();
    const x0 = e.clientX;
    const y0 = e.clientY;
    const onMove = (m: PointerEvent) => move(m.clientX - x0, m.clientY - y0);
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.classList.remove('dragging');
      done();
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp, { once: true });
    handle.addEventListener('pointercancel', onUp, { once: true });
  });
}

export interface Panes {
  /**
   * A view that needs room (the Stories table) is open: the reading column is wide and the view
   * pane takes half its height while it is, without changing the reader's kept choices.
   */
  roomy(on: boolean): void;
}

export function createPanes(): Panes {
  const prefs = load();
  let roomy = false;
  const body = document.body;
  const layout = byId('layout');
  const reading = byId('reading');
  const viewPanel = byId('view-panel');
  const paneEl: Record<PaneId, HTMLElement> = { view: viewPanel, details: byId('details-pane'), article: byId('article-pane') };
  const sideButton = byId<HTMLButtonElement>('toggle-side');
  const colSplitter = byId('reading-splitter');
  const splitters = [byId('split-view-details'), byId('split-details-article')];
  const viewShown = () => !viewPanel.hidden;

  // The buttons of each pane: the view's go on the tab bar (its header), the others on their bars.
  const tools = new Map<PaneId, { collapse: HTMLButtonElement; max: HTMLButtonElement }>();
  for (const id of PANE_IDS) {
    const collapse = el(
      'button',
      { type: 'button', class: 'pane-button', id: `pane-collapse-${id}`, 'aria-controls': paneEl[id].id, title: `Collapse or expand the ${PANE_NAMES[id]}` },
      '▾',
    );
    const max = el(
      'button',
      { type: 'button', class: 'pane-button', id: `pane-max-${id}`, 'aria-controls': paneEl[id].id, title: `Maximise the ${PANE_NAMES[id]} (or restore)` },
      '⤢',
    );
    collapse.setAttribute('aria-label', `Collapse the ${PANE_NAMES[id]}`);
    max.setAttribute('aria-label', `Maximise the ${PANE_NAMES[id]}`);
    collapse.addEventListener('click', () => {
      const open = expandedPanes(prefs).includes(id);
      if (prefs.maximised) prefs.maximised = null;
      prefs.collapsed = open ? [...prefs.collapsed.filter((x) => x !== id), id] : prefs.collapsed.filter((x) => x !== id);
      commit();
    });
    max.addEventListener('click', () => {
      prefs.maximised = prefs.maximised === id ? null : id;
      if (prefs.maximised) prefs.collapsed = prefs.collapsed.filter((x) => x !== id);
      commit();
    });
    tools.set(id, { collapse, max });
    const group = el('span', { class: `pane-tools pane-tools-${id}` }, collapse, max);
    if (id === 'view') byId('view-tools').append(group);
    else byId(`${id}-bar`).append(group);
  }
  const wide = el(
    'button',
    {
      type: 'button',
      class: 'pane-button wide-button',
      id: 'wide-toggle',
      'aria-pressed': 'false',
      'aria-label': 'Wide reading column',
      title: 'Wide: give the reading column most of the width (query results, long chains)',
    },
    '⇔',
  );
  byId('view-tools').prepend(wide);
  wide.addEventListener('click', () => {
    prefs.wide = !prefs.wide;
    commit();
  });
  sideButton.addEventListener('click', () => {
    prefs.side = !sideOpen(prefs, innerWidth);
    commit();
  });

  function readingWidth(): number | null {
    const side = sideOpen(prefs, innerWidth) ? SIDE_PX : 0;
    if (prefs.wide || roomy) return clampReadingWidth(Math.max(innerWidth * 0.68, prefs.readingWidth ?? 0), innerWidth, side);
    return prefs.readingWidth === null ? null : clampReadingWidth(prefs.readingWidth, innerWidth, side);
  }

  function apply(): void {
    const open = sideOpen(prefs, innerWidth);
    body.classList.toggle('side-closed', !open);
    sideButton.setAttribute('aria-expanded', String(open));
    const w = readingWidth();
    if (w === null) layout.style.removeProperty('--reading-w');
    else layout.style.setProperty('--reading-w', `${w}px`);
    body.classList.toggle('wide', prefs.wide);
    wide.setAttribute('aria-pressed', String(prefs.wide));
    // A maximised research view with no view open would leave nothing: treat it as restored.
    const shown = { ...prefs, maximised: prefs.maximised === 'view' && !viewShown() ? null : prefs.maximised };
    const expanded = expandedPanes(shown);
    for (const id of PANE_IDS) {
      const on = expanded.includes(id);
      paneEl[id].classList.toggle('collapsed', !on);
      paneEl[id].classList.toggle('maximised', shown.maximised === id);
      // Roomy: the view pane weighs as much as the other two together (half the column).
      const weight = roomy && id === 'view' ? Math.max(prefs.weights.view, prefs.weights.details + prefs.weights.article) : prefs.weights[id];
      paneEl[id].style.setProperty('flex-grow', String(on ? weight : 0));
      const t = tools.get(id)!;
      t.collapse.setAttribute('aria-expanded', String(on));
      t.collapse.textContent = on ? '▾' : '▸';
      t.collapse.setAttribute('aria-label', `${on ? 'Collapse' : 'Expand'} the ${PANE_NAMES[id]}`);
      t.max.setAttribute('aria-pressed', String(shown.maximised === id));
      t.max.textContent = shown.maximised === id ? '⤡' : '⤢';
    }
    for (const s of splitters) {
      const above = s.dataset.above as PaneId;
      const below = s.dataset.below as PaneId;
      const ok = expanded.includes(above) && expanded.includes(below) && (above !== 'view' || viewShown());
      s.hidden = !ok;
      if (ok) {
        const a = prefs.weights[above];
        s.setAttribute('aria-valuenow', String(Math.round((100 * a) / (a + prefs.weights[below]))));
        s.setAttribute('aria-valuemin', '0');
        s.setAttribute('aria-valuemax', '100');
      }
    }
    body.dataset.panes = expanded.join(' ');
  }

  function commit(): void {
    apply();
    save(prefs);
  }

  /** The weights become the panes' measured heights, so a drag moves the border by pixels. */
  function measure(): void {
    for (const id of expandedPanes(prefs)) {
      const h = paneEl[id].getBoundingClientRect().height;
      if (h > 0) prefs.weights[id] = Math.round(h);
    }
  }

  for (const s of splitters) {
    const above = s.dataset.above as PaneId;
    const below = s.dataset.below as PaneId;
    let start: [number, number] = [0, 0];
    const resize = (dy: number) => {
      [prefs.weights[above], prefs.weights[below]] = moveBorder(start[0], start[1], dy);
      apply();
    };
    draggable(
      s,
      () => {
        measure();
        start = [prefs.weights[above], prefs.weights[below]];
      },
      (_dx, dy) => resize(dy),
      () => save(prefs),
    );
    s.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
      e.preventDefault();
      measure();
      start = [prefs.weights[above], prefs.weights[below]];
      resize(e.key === 'ArrowDown' ? KEY_STEP_PX : -KEY_STEP_PX);
      save(prefs);
    });
  }

  let startWidth = 0;
  const setWidth = (w: number) => {
    prefs.wide = false;
    prefs.readingWidth = clampReadingWidth(w, innerWidth, sideOpen(prefs, innerWidth) ? SIDE_PX : 0);
    apply();
  };
  draggable(
    colSplitter,
    () => {
      startWidth = reading.getBoundingClientRect().width;
    },
    (dx) => setWidth(startWidth - dx),
    () => save(prefs),
  );
  colSplitter.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    setWidth(reading.getBoundingClientRect().width + (e.key === 'ArrowLeft' ? KEY_STEP_PX : -KEY_STEP_PX));
    save(prefs);
  });

  // A research view opening or closing changes which splitters apply.
  new MutationObserver(apply).observe(viewPanel, { attributes: true, attributeFilter: ['hidden'] });
  addEventListener('resize', apply);
  apply();
  return {
    roomy(on) {
      if (on === roomy) return;
      roomy = on;
      body.classList.toggle('roomy-view', on);
      apply();
    },
  };
}
