// The corpus table's columns, sort and filter, kept pure (no DOM) so they are tested without a
// browser. The rows are `storygraph stories`' own (src/queries/stories.ts); this only orders and
// picks them. Ties keep the query's order (publication, then id), so a sort is stable.
import { searchKey } from '../../../src/queries/normalize.js';
import { coverageText, type StoryRow } from '../../../src/queries/stories.js';

export const STORY_COLUMNS = ['title', 'publisher', 'date', 'nodes', 'edges', 'quotes', 'drafts', 'coverage'] as const;
export type StoryColumn = (typeof STORY_COLUMNS)[number];
export type SortDir = 'ascending' | 'descending';

export const COLUMN_LABELS: Record<StoryColumn, string> = {
  title: 'Title',
  publisher: 'Publisher',
  date: 'Date',
  nodes: 'Nodes',
  edges: 'Relations',
  quotes: 'Quotes',
  drafts: 'Drafts',
  coverage: 'Coverage',
};

/** The value a column sorts by: text for the first three (the date by its earliest day), numbers for the rest. */
export function sortValue(row: StoryRow, column: StoryColumn): string | number {
  switch (column) {
    case 'title':
      return row.title;
    case 'publisher':
      return row.publisher.label;
    case 'date':
      return row.published.earliest ?? row.published.edtf;
    case 'nodes':
      return row.counts.nodes;
    case 'edges':
      return row.counts.relations;
    case 'quotes':
      return row.counts.quotes;
    case 'drafts':
      return row.drafts;
    case 'coverage':
      return row.coverage.ratio;
  }
}

/** The rows sorted by one column; equal values keep the order they came in. */
export function sortRows(rows: readonly StoryRow[], column: StoryColumn, dir: SortDir): StoryRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, column) }))
    .sort((a, b) => {
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'en');
      return c * sign || a.i - b.i;
    })
    .map((x) => x.row);
}

/** Rows whose title, publisher or id hold every word of `text` (case-, accent- and width-insensitive). */
export function filterRows(rows: readonly StoryRow[], text: string): StoryRow[] {
  const words = searchKey(text).split(' ').filter(Boolean);
  if (!words.length) return [...rows];
  return rows.filter((r) => {
    const hay = searchKey(`${r.title} ${r.publisher.label} ${r.publisher.id} ${r.id}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Coverage as `storygraph stories` prints it. */
export const coverageOf = (row: StoryRow): string => coverageText(row.coverage);
