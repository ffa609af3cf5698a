// The corpus table of the explorer's Stories view (web/src/views/story-table.ts) over the rows of
// `storygraph stories` for the fixture corpus: each column sorts both ways, ties keep the query's
// order, the filter matches title, publisher and id (case- and accent-insensitive); and a large
// corpus's overview (data/corpus.json) carries the same rows as the query.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stories, type StoryRow } from '../../src/queries/stories.js';
import { corpusOverview } from '../../src/web/corpus-data.js';
import { coverageOf, filterRows, sortRows, sortValue, STORY_COLUMNS } from '../../web/src/views/story-table.js';
import { DAILY, SEED, TIMES, WIRE, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { loadGraphSync } from '../support/load-graph-sync.js';

afterAll(removeCorpusDirs);
const graph = loadGraphSync(corpusDataDir());
const rows = stories(graph);
const ids = (r: StoryRow[]) => r.map((x) => x.id);

describe('story table: sort', () => {
  it('sorts by date, publisher and quotes both ways', () => {
    expect(ids(sortRows(rows, 'date', 'ascending'))).toEqual([SEED, WIRE, DAILY, TIMES]);
    expect(ids(sortRows(rows, 'date', 'descending'))).toEqual([TIMES, DAILY, SEED, WIRE]);
    expect(sortRows(rows, 'publisher', 'ascending').map((r) => r.publisher.label)).toEqual(['Taiwan News', 'Test Times', 'Test Wire', 'The Test Daily']);
    expect(sortRows(rows, 'quotes', 'descending').map((r) => r.counts.quotes)).toEqual([277, 55, 50, 37]);
  });
  it('orders every column by its value, keeping ties in the query order (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STORY_COLUMNS),
        fc.constantFrom('ascending' as const, 'descending' as const),
        fc.shuffledSubarray(rows),
        (column, dir, some) => {
          const sorted = sortRows(some, column, dir);
          expect(new Set(ids(sorted))).toEqual(new Set(ids(some)));
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sortValue(sorted[i - 1]!, column), sortValue(sorted[i]!, column)];
            const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en');
            expect(dir === 'ascending' ? c <= 0 : c >= 0).toBe(true);
            if (c === 0) expect(some.indexOf(sorted[i - 1]!)).toBeLessThan(some.indexOf(sorted[i]!));
          }
        },
      ),
    );
  });
});

describe('story table: filter', () => {
  it('matches title, publisher and id words, case- and accent-insensitively', () => {
    expect(ids(filterRows(rows, ''))).toEqual(ids(rows));
    expect(ids(filterRows(rows, 'TEST DAILY'))).toEqual([DAILY]);
    expect(ids(filterRows(rows, 'humanitarian'))).toEqual([TIMES]);
    expect(ids(filterRows(rows, 'téstwire'))).toEqual([WIRE]);
    expect(ids(filterRows(rows, 'taiwan crisis'))).toEqual([SEED]);
    expect(filterRows(rows, 'no such story')).toEqual([]);
  });
});

describe('story table: cells as the CLI prints them', () => {
  it('coverage reads as in `storygraph stories`', () => {
    expect(coverageOf(rows.find((r) => r.id === SEED)!)).toBe('100% (13/13)');
  });
});

describe("a large corpus's overview", () => {
  it('carries the rows of `storygraph stories`, so the Stories view needs no other story', () => {
    const overview = JSON.parse(corpusOverview(graph)) as { rows: unknown };
    expect(overview.rows).toEqual(JSON.parse(JSON.stringify(rows)));
  });
});
