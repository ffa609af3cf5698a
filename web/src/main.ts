// The explorer's entry: loads the graph, builds the views, and wires state ↔ URL. Selections,
// research views, focus and path changes push a history entry (back/forward step through them);
// filter changes replace the current one.
import './styles.css';
import { FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { RELATION_TYPE_NAMES } from '../../src/model/relation-types.js';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { evidenceSpans } from '../../src/graph/evidence-spans.js';
import { createArticleView } from './article-view.js';
import { corpusIndex } from './corpus-index.js';
import { createDetailsView } from './details-view.js';
import { byId, clear, el } from './dom.js';
import { createFiltersView } from './filters-view.js';
import { createGraphView } from './graph-view.js';
import { installKeyboard } from './keyboard.js';
import { labelOf } from './labels.js';
import { renderLegend } from './legend-view.js';
import { createListView } from './list-view.js';
import { fetchGraph } from './load-graph.js';
import { LAYOUT_LABELS, storedLayout, storeLayout } from './layout-choice.js';
import { createPanes } from './panes.js';
import { isPlace, sameFilters, sameSelection, Store, type Filters, type Place, type Selection, type State } from './state.js';
import { formatHash, parseHash, type UrlState, type Vocabulary } from './url-state.js';
import { RESEARCH_VIEWS, VIEW_IDS } from './views/registry.js';
import { searchScope } from './search-scope.js';
import { headerCounts } from './header-counts.js';
import { urlMisses } from './url-misses.js';

import { createFocusControls } from './views/focus-controls.js';
import type { ResearchViewContext } from './views/registry.js';
import { createTabs, tabKeys } from './views/tabs.js';

// The key hint names the views' keys from their registry, so a new view is listed without an edit here.
const hint = document.getElementById('key-hint');
if (hint)
  hint.textContent = (hint.textContent ?? '').replace(
    /Alt\+[A-Z](?: [A-Z])*: views/,
    `Alt+${VIEW_IDS.map((id) => RESEARCH_VIEWS[id].key.toUpperCase()).join(' ')}: views`,
  );

const VOCAB: Vocabulary = { nodeTypes: NODE_TYPE_NAMES, relationTypes: RELATION_TYPE_NAMES, factuality: FACTUALITY_VALUES };

function resolveSelection(graph: StoryGraph, id: string | null): Selection | null {
  if (!id) return null;
  if (graph.hasNode(id)) return { kind: 'node', id };
  if (graph.hasEdge(id)) return { kind: 'edge', id };
  return null;
}

/** The story to show for a selection: the current one if it has evidence there, else its first. */
function storyFor(graph: StoryGraph, sel: Selection | null, current: string): string {
  if (!sel) return current;
  const attrs = sel.kind === 'node' ? graph.getNodeAttributes(sel.id) : graph.getEdgeAttributes(sel.id);
  // Only stories this page holds (a large corpus's page holds one; others are other pages).
  const held = new Set(graph.getAttribute('stories').map((s) => s.id));
  const stories = evidenceSpans(attrs)
    .map((e) => e.story)
    .filter((s) => held.has(s));
  return stories.length === 0 || stories.includes(current) ? current : stories[0]!;
}

/** The research state of a parsed URL, less the ids this graph (or corpus) does not have. */
function researchOf(graph: StoryGraph, u: UrlState, storyIds: readonly { id: string }[]): Pick<State, 'view' | 'focus' | 'path' | 'compare'> {
  const has = (id: string | null) => id !== null && graph.hasNode(id);
  const focus = u.focus && has(u.focus.id) ? { ...u.focus, expanded: u.focus.expanded.filter(has) } : null;
  const path = u.path ? { ...u.path, from: has(u.path.from) ? u.path.from : null, to: has(u.path.to) ? u.path.to : null } : null;
  const known = (id: string) => storyIds.some((s) => s.id === id);
  const compare = u.compare && known(u.compare.a) && known(u.compare.b) ? u.compare : null;
  return { view: u.view, focus, path: path && (path.from || path.to) ? path : null, compare };
}

async function boot(): Promise<void> {
  const status = byId('status');
  const loaded = await fetchGraph();
  const { graph, positions, layered } = loaded;
  const stories = graph.getAttribute('stories');
  // The corpus's stories: all in the graph, or (a large corpus) listed by the server, one loaded.
  const corpus = corpusIndex(graph, loaded.corpusRows);
  const fromUrl = parseHash(location.hash, VOCAB);
  const firstSel = resolveSelection(graph, fromUrl.selection);
  const defaultStory = stories.find((s) => s.id === fromUrl.story)?.id ?? stories[0]?.id ?? '';
  const placeOf = (h: unknown): Place | null =>
    typeof h === 'object' && h !== null && isPlace(Reflect.get(h, 'place')) ? (Reflect.get(h, 'place') as Place) : null;
  const store = new Store({
    selection: firstSel,
    place: firstSel ? placeOf(history.state) : null,
    filters: fromUrl.filters,
    story: storyFor(graph, firstSel, defaultStory),
    ...researchOf(graph, fromUrl, corpus.list),
  });
  const urlOf = (s: State) => `${location.pathname}${location.search}${formatHash(s.selection, s.filters, corpus.many ? s.story : null, VOCAB, s)}`;
  // The history entry holds what the URL does not: the article place whose offer ("Also here") stands.
  const push = () => history.pushState({ place: store.state.place }, '', urlOf(store.state));
  const replace = () => history.replaceState({ place: store.state.place }, '', urlOf(store.state));

  /** `place`: the article place it was picked at; 'keep' (a chip of that place's offer): the same. */
  const select = (sel: Selection | null, place: Place | null | 'keep' = null): void => {
    const s = store.state;
    const nextPlace = place === 'keep' ? s.place : place;
    if (sameSelection(s.selection, sel) && nextPlace === s.place) {
      articleView.render(s, { ...s, selection: null });
      return;
    }
    store.set({ selection: sel, place: sel ? nextPlace : null, story: storyFor(graph, sel, s.story) });
    push();
  };
  const navigate: ResearchViewContext['navigate'] = (patch, mode = 'push') => {
    store.set(patch);
    if (mode === 'push') push();
    else replace();
  };
  const setFilters = (filters: Filters): void => {
    store.set({ filters });
    replace();
  };

  // The reading column's panes and the filters column take their size before the canvas measures its own.
  const panes = createPanes();

  // The focus toolbar first: the canvas measures its size (and fits the graph) when it is created.
  const focusControls = createFocusControls(byId('focus-tools'), graph, store, navigate);
  const layoutPick = byId<HTMLSelectElement>('layout-select');
  const firstLayout = layered ? storedLayout(graph.order + graph.size) : 'force';
  const graphView = createGraphView(byId('cy'), graph, { force: positions, layered }, firstLayout, select, (id) => focusControls.toggleExpand(id));
  for (const [value, label] of Object.entries(LAYOUT_LABELS)) layoutPick.append(el('option', { value, disabled: value === 'layered' && !layered }, label));
  layoutPick.value = firstLayout;
  layoutPick.addEventListener('change', () => {
    const name = layoutPick.value === 'force' ? 'force' : 'layered';
    graphView.setLayout(name);
    storeLayout(name);
  });
  let articleView = createArticleView(byId('article'), graph, (s, place) => select(s, place));
  // A quote of another story shows that story (a new history entry: the URL names the story).
  // A large corpus's other story is another page: its URL (the selection kept), and the quote to
  // reveal there in the history entry (the page reveals it once loaded, see below).
  const reveal = (ev: { story: string; start: number; end: number }): void => {
    if (ev.story !== store.state.story && corpus.large && corpus.list.some((x) => x.id === ev.story)) {
      const s = store.state;
      const hash = formatHash(s.selection, s.filters, ev.story, VOCAB, { view: s.view, focus: null, path: null, compare: s.compare });
      history.pushState({ reveal: { story: ev.story, start: ev.start, end: ev.end } }, '', `${location.pathname}${location.search}${hash}`);
      location.reload();
      return;
    }
    if (ev.story !== store.state.story && stories.some((s) => s.id === ev.story)) {
      store.set({ story: ev.story, place: null });
      push();
    }
    articleView.reveal(ev.start, ev.end);
  };
  /**
   * Shows a story: its article, and its nodes fitted in view (graph-view.ts fits on a story
   * change). The selection stays if the story has its evidence. A large corpus holds one story in
   * the page, so another is a new page load of its URL (data/story/ID.json).
   */
  const openStory = (id: string): void => {
    const s = store.state;
    if (id === s.story) {
      graphView.fitStory(id);
      return;
    }
    if (corpus.large) {
      if (!corpus.list.some((x) => x.id === id)) return;
      history.pushState(null, '', `${location.pathname}${location.search}${formatHash(null, s.filters, id, VOCAB, { view: s.view, focus: null, path: null })}`);
      location.reload();
      return;
    }
    if (!stories.some((x) => x.id === id)) return;
    const keep = s.selection && storyFor(graph, s.selection, id) === id ? s.selection : null;
    store.set({ story: id, selection: keep, place: null });
    push();
  };
  const details = createDetailsView(byId('details'), graph, { select, reveal }, corpus);
  const ctx: ResearchViewContext = { graph, store, select, reveal, navigate, cy: graphView.cy, corpus, openStory };
  const tabs = createTabs(byId('view-tabs'), byId('view-panel'), ctx, (view) => navigate({ view }));
  tabKeys(byId('view-tabs'));
  let lists = createListView(byId('lists'), graph, select);
  let filters = createFiltersView(byId('filters'), graph, setFilters, () => store.state.filters);
  renderLegend(byId('legend'), new Set(graph.mapNodes((_, a) => a.type)));
  // The search box is not needed for the first paint: its module loads on first focus or when idle.
  const searchInput = byId<HTMLInputElement>('search-input');
  let searchReady: Promise<void> | undefined;
  const loadSearch = () =>
    (searchReady ??= import('./search-box.js').then(({ createSearchBox }) => {
      const scope = searchScope(corpus, store.state.story, (id, story) => {
        const s = store.state;
        history.pushState(
          null,
          '',
          `${location.pathname}${location.search}${formatHash({ kind: 'node', id }, s.filters, story, VOCAB, { view: s.view, focus: null, path: null })}`,
        );
        location.reload();
      });
      createSearchBox(searchInput, byId('search-results'), byId('search-status'), graph, select, scope);
    }));
  searchInput.addEventListener('focus', () => void loadSearch(), { once: true });
  requestIdleCallback(() => void loadSearch(), { timeout: 2000 });
  installKeyboard({
    graphView,
    clear: () => select(null),
    search: byId<HTMLInputElement>('search-input'),
    canvas: byId('cy'),
    openView: (view) => navigate({ view: store.state.view === view ? null : view }),
  });
  for (const [id, fn] of [
    ['zoom-in', () => graphView.zoomBy(1.25)],
    ['zoom-out', () => graphView.zoomBy(0.8)],
    ['fit', () => graphView.fit()],
    ['clear-selection', () => select(null)],
  ] as const) {
    byId(id).addEventListener('click', fn);
  }

  if (corpus.many) {
    const pick = byId<HTMLSelectElement>('story-select');
    for (const s of corpus.list) pick.append(el('option', { value: s.id }, s.title));
    pick.addEventListener('change', () => openStory(pick.value));
    store.subscribe((s) => {
      pick.value = s.story;
    });
    pick.value = store.state.story;
    byId('story-pick').hidden = false;
  }

  // The Stories table needs the width of its columns and a few rows' height.
  store.subscribe((s) => panes.roomy(s.view === 'stories'));
  panes.roomy(store.state.view === 'stories');

  // The header's status line, derived from the state like the views (so Back and Forward update it).
  let counts = headerCounts(graph, corpus);
  const statusView = {
    render(s: State, p: State | null) {
      if (p && p.selection === s.selection) return;
      status.textContent = s.selection ? `Selected: ${labelOf(graph, s.selection)}` : p?.selection ? 'Selection cleared' : counts;
    },
  };
  // The article goes last: it scrolls to the evidence once the details panel has taken its height.
  const views = () => [graphView, focusControls, tabs, details, lists, filters, statusView, articleView];
  store.subscribe((s, p) => {
    for (const v of views()) v.render(s, p);
  });
  for (const v of views()) v.render(store.state, null);
  // What the URL named and this corpus lacks: said, and the URL made the one shown.
  const missed = urlMisses(fromUrl, corpus, { selection: firstSel !== null, story: store.state.story });
  if (missed) {
    status.textContent = missed;
    replace();
  }

  /** After an edit was saved (edit mode): the graph changed in place, the views built from it are built again. */
  const redraw = async (): Promise<void> => {
    const next = await fetchGraph('data/graph.json', graph);
    graphView.sync({ force: next.positions, layered: next.layered });
    for (const id of ['lists', 'filters', 'legend', 'article']) clear(byId(id));
    lists = createListView(byId('lists'), graph, select);
    filters = createFiltersView(byId('filters'), graph, setFilters, () => store.state.filters);
    renderLegend(byId('legend'), new Set(graph.mapNodes((_, a) => a.type)));
    articleView = createArticleView(byId('article'), graph, (s, place) => select(s, place));
    counts = headerCounts(graph, corpus);
    const s = store.state;
    const sel = s.selection && resolveSelection(graph, s.selection.id);
    if (!sameSelection(sel ?? null, s.selection)) store.set({ selection: sel ?? null });
    for (const v of views()) v.render(store.state, null);
  };

  window.addEventListener('popstate', () => {
    const u = parseHash(location.hash, VOCAB);
    // A large corpus's other story is another page's graph: load it (no story named: the first).
    const wanted = u.story ?? corpus.list[0]?.id;
    if (corpus.large && wanted && wanted !== store.state.story && corpus.list.some((x) => x.id === wanted)) {
      location.reload();
      return;
    }
    const sel = resolveSelection(graph, u.selection);
    const story = stories.find((s) => s.id === u.story)?.id ?? store.state.story;
    const filters = sameFilters(u.filters, store.state.filters) ? store.state.filters : u.filters;
    const place = placeOf(history.state);
    store.set({ selection: sel, place: sel && place ? place : null, filters, story: storyFor(graph, sel, story), ...researchOf(graph, u, corpus.list) });
    replace(); // the canonical form (e.g. the story it implies)
  });

  // "Skip to the list of nodes" lands on the list's entry that takes the focus (its roving tab stop).
  byId('skip-to-list').addEventListener('click', (e) => {
    e.preventDefault();
    if (document.body.classList.contains('side-closed')) byId('toggle-side').click();
    byId('node-list').closest('details')?.setAttribute('open', '');
    byId('node-list').querySelector<HTMLElement>('button[tabindex="0"]')?.focus();
  });

  // A quote of this story clicked on another story's page (a large corpus): revealed now.
  const pending: unknown = Reflect.get(Object(history.state), 'reveal');
  if (isPlace(pending) && pending.story === store.state.story) articleView.reveal(pending.start, pending.end);

  // For the console, the e2e tests and the bench: the canvas and the graph, read-only.
  Reflect.set(window, 'storygraph', Object.freeze({ cy: graphView.cy, graph }));
  // serve --edit puts its secret in the page; a static site never has one and is never editable.
  if (document.querySelector('meta[name="storygraph-edit"]')) {
    const { startEditMode } = await import('./edit/edit-mode.js');
    startEditMode({ graph, store, select, redraw, reveal, cy: graphView.cy });
  }
  document.body.dataset.ready = 'true';
}

boot().catch((e: unknown) => {
  byId('status').textContent = `Could not load the graph: ${e instanceof Error ? e.message : String(e)}`;
  document.body.dataset.ready = 'error';
});
