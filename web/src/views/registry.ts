// The research views (issue: focus, paths, claims, timeline, query, export; the corpus's
// stories and the comparison of two). Each is a panel
// in the reading column, opened from the view tabs; its module loads when first opened, so
// the first paint does not pay for it (the query panel brings the SPARQL engine).
// A view gets the graph, the store and `select`; it renders from the state it is given.
import type cytoscape from 'cytoscape';
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { Selection, State, Store } from '../state.js';

export interface ResearchViewContext {
  graph: StoryGraph;
  store: Store;
  /** Select a node or edge: the graph, the details panel and the article follow. */
  select: (sel: Selection | null) => void;
  /** Reveal a span of the current story's text (code points), e.g. a quote in a table row. */
  reveal: (ev: { story: string; start: number; end: number }) => void;
  /** Change the research state (view, focus, path, compare): a new history entry, or replace the current. */
  navigate: (patch: Partial<Pick<State, 'view' | 'focus' | 'path' | 'compare'>>, mode?: 'push' | 'replace') => void;
  /** The canvas (for exports of the drawing). */
  cy: cytoscape.Core;
  /** The stories of the corpus (the corpus table). */
  corpus: CorpusIndex;
  /** Show a story: its article, and its part of the graph fitted in view (a new history entry). */
  openStory: (id: string) => void;
}

export interface ResearchView {
  /** Called on every state change while the view exists (whether shown or not). */
  render(state: State, previous: State | null): void;
}

export type CreateView = (container: HTMLElement, ctx: ResearchViewContext) => ResearchView;

export interface ViewSpec {
  label: string;
  /** Keyboard shortcut shown in the tab's title (one key, with Alt). */
  key: string;
  load: () => Promise<CreateView>;
}

export const RESEARCH_VIEWS = {
  stories: { label: 'Stories', key: 's', load: async () => (await import('./stories-view.js')).createStoriesView },
  path: { label: 'Path', key: 'p', load: async () => (await import('./path-view.js')).createPathView },
  claims: { label: 'Claims', key: 'c', load: async () => (await import('./claims-view.js')).createClaimsView },
  timeline: { label: 'Timeline', key: 't', load: async () => (await import('./timeline-view.js')).createTimelineView },
  query: { label: 'Query', key: 'q', load: async () => (await import('./query-view.js')).createQueryView },
  compare: { label: 'Compare', key: 'm', load: async () => (await import('./compare-view.js')).createCompareView },
  export: { label: 'Export', key: 'e', load: async () => (await import('./export-view.js')).createExportView },
} satisfies Record<string, ViewSpec>;

export type ViewId = keyof typeof RESEARCH_VIEWS;
export const VIEW_IDS = Object.keys(RESEARCH_VIEWS) as ViewId[];
