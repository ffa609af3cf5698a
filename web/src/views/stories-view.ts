// The corpus overview: every story as a row of `storygraph stories` (src/queries/stories.ts, or the
// server's rows for a large corpus), sortable by each column (the headers are buttons; aria-sort
// says which and how) and filtered by a text over title, publisher and id. Opening a row (a click,
// or Enter on its title) shows that story: its article, and its part of the graph fitted in view.
import type { StoryRow } from '../../../src/queries/stories.js';
import { clear, el } from '../dom.js';
import type { State } from '../state.js';
import type { CreateView, ResearchViewContext } from './registry.js';
import { bringIntoSight } from './scroll-parent.js';
import { COLUMN_LABELS, coverageOf, filterRows, sortRows, STORY_COLUMNS, type SortDir, type StoryColumn } from './story-table.js';
import './research.css';

const NUMERIC = new Set<StoryColumn>(['nodes', 'edges', 'quotes', 'drafts', 'coverage']);
/** What a count counts (the header's counts say the same). */
const COLUMN_NOTES: Partial<Record<StoryColumn, string>> = {
  nodes: ': the nodes the story mentions, its article included',
  edges: ': the relations the story states (attribution links derived from claims not counted)',
  quotes: ': the evidence quotes of its text',
};

function cells(row: StoryRow, open: HTMLElement): HTMLElement[] {
  // A cut-short cell says the whole on hover.
  const full: Partial<Record<StoryColumn, string>> = { title: `${row.title}\n${row.id}`, publisher: row.publisher.label };
  const td = (column: StoryColumn, ...content: (Node | string)[]) =>
    el('td', { 'data-column': column, class: NUMERIC.has(column) ? 'num' : undefined, title: full[column] }, ...content);
  return [
    td('title', open, el('span', { class: 'story-id muted' }, row.id)),
    td('publisher', row.publisher.label),
    td('date', row.published.edtf, row.published.inferred ? el('span', { class: 'muted' }, ' (inferred)') : ''),
    td('nodes', String(row.counts.nodes)),
    td('edges', String(row.counts.relations)),
    td('quotes', String(row.counts.quotes)),
    td('drafts', String(row.drafts)),
    td('coverage', coverageOf(row)),
  ];
}

export const createStoriesView: CreateView = (container: HTMLElement, ctx: ResearchViewContext) => {
  const all = ctx.corpus.rows();
  let sort: { column: StoryColumn; dir: SortDir } | null = null;
  const filter = el('input', {
    type: 'search',
    id: 'stories-filter',
    placeholder: 'Filter: title, publisher or id',
    'aria-label': 'Filter the stories by title, publisher or id',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const count = el('span', { class: 'rv-count', role: 'status', id: 'stories-count' });
  const heads = new Map<StoryColumn, HTMLTableCellElement>();
  const headRow = el('tr');
  for (const column of STORY_COLUMNS) {
    const b = el(
      'button',
      { type: 'button', class: 'sort-button', 'data-column': column, title: `Sort by ${COLUMN_LABELS[column].toLowerCase()}${COLUMN_NOTES[column] ?? ''}` },
      COLUMN_LABELS[column],
    );
    b.addEventListener('click', () => {
      sort = { column, dir: sort?.column === column && sort.dir === 'ascending' ? 'descending' : 'ascending' };
      draw();
    });
    const th = el('th', { scope: 'col', 'aria-sort': 'none', class: NUMERIC.has(column) ? 'num' : undefined }, b);
    heads.set(column, th);
    headRow.append(th);
  }
  const body = el('tbody');
  const table = el('table', { class: 'story-table', id: 'story-table', 'aria-label': 'The stories of the corpus' }, el('thead', {}, headRow), body);
  clear(container);
  container.append(el('div', { class: 'rv-controls' }, el('label', {}, 'Filter ', filter), count), el('div', { class: 'story-table-box' }, table));

  function draw(): void {
    const shown = filterRows(all, filter.value);
    const rows = sort ? sortRows(shown, sort.column, sort.dir) : shown;
    for (const [column, th] of heads) th.setAttribute('aria-sort', sort?.column === column ? sort.dir : 'none');
    clear(body);
    for (const r of rows) {
      const open = el(
        'button',
        { type: 'button', class: 'link story-open', 'data-story': r.id, title: `${r.title}\nShow this story: its article and its graph` },
        r.title,
      );
      const tr = el('tr', { 'data-story': r.id }, ...cells(r, open));
      tr.addEventListener('click', () => ctx.openStory(r.id));
      body.append(tr);
    }
    count.textContent = `${rows.length} of ${all.length} stories`;
    mark(ctx.store.state, false);
  }

  function mark(state: State, scroll: boolean): void {
    for (const tr of body.querySelectorAll<HTMLElement>('tr')) {
      const on = tr.dataset.story === state.story;
      if (on) tr.setAttribute('aria-current', 'true');
      else tr.removeAttribute('aria-current');
      if (on && scroll) bringIntoSight(tr);
    }
  }

  filter.addEventListener('input', draw);
  draw();
  return {
    render(state, previous) {
      if (previous && previous.story === state.story) return;
      mark(state, true);
    },
  };
};
