// Events (and any other dated node) in time order, read from the bounds the loader stored beside
// each EDTF date (time.earliest/latest): sorted by the earliest instant an entry may start (an open start by its end; fully open first),
// then by its latest end. Status says how the story presents each one (past, ongoing, planned,
// hypothetical, denied, unknown, reported), from its factuality. Undated events come last.
import { dateBound } from './date-bound.js';
import type { ReadGraph } from '../graph/read-graph.js';
import type { Factuality, ResolvedEvidence } from '../model/index.js';
import { attributionSteps, byTextOrder, compareStrings, type AttributionStep } from './describe.js';
import { QueryError } from './errors.js';
import { byPublication } from './stories.js';

export type TimelineStatus = 'past' | 'ongoing' | 'planned' | 'possible' | 'hypothetical' | 'denied' | 'unknown' | 'reported';

export interface TimelineEntry {
  id: string;
  type: string;
  label: string;
  edtf: string | null;
  expression: string | null;
  /** Earliest and latest instant (ISO 8601), null for an open or unknown end. */
  min: string | null;
  max: string | null;
  uncertain: boolean;
  approximate: boolean;
  open: boolean;
  factuality: Factuality | null;
  status: TimelineStatus;
  attribution?: AttributionStep[];
  story: string | null;
  /**
   * Every story that dates it, and how (a shared event may be dated differently by each): its
   * EDTF date, the time expression, the words of that story that give the date (quotes).
   */
  datedBy: DatedBy[];
  /** The stories that tell it without giving it a date. */
  undatedIn: string[];
  /** The publication date of the story, for reference. */
  published: string | null;
  evidence: ResolvedEvidence[];
}

export interface DatedBy {
  story: string;
  edtf: string;
  expression: string;
  factuality: Factuality | null;
  /** The story's own time quotes (time.evidence), in text order. */
  quotes: ResolvedEvidence[];
}

export interface TimelineOptions {
  from?: string | undefined;
  to?: string | undefined;
}

const STATUS: Record<Factuality, TimelineStatus> = {
  asserted: 'past',
  reported: 'reported',
  denied: 'denied',
  possible: 'possible',
  planned: 'planned',
  hypothetical: 'hypothetical',
  unknown: 'unknown',
};

/** Earliest and latest instant in ms from stored ISO bounds; ±Infinity for open or unknown ends. */
function bounds(t: { earliest?: string | null | undefined; latest?: string | null | undefined }): { min: number; max: number } {
  return { min: t.earliest ? Date.parse(t.earliest) : -Infinity, max: t.latest ? Date.parse(t.latest) : Infinity };
}

function parseBound(value: string, option: 'from' | 'to'): number {
  return dateBound(value, option);
}

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : null);

function flags(value: string): { uncertain: boolean; approximate: boolean; open: boolean } {
  const ends = value.includes('/') ? value.split('/') : [value];
  return {
    uncertain: /[?%]/.test(value),
    approximate: /[~%]/.test(value),
    open: ends.some((e) => e === '' || e === '..') || /^\.\.|\.\.$/.test(value),
  };
}

export function timeline(graph: ReadGraph, options: TimelineOptions = {}): TimelineEntry[] {
  const from = options.from !== undefined ? parseBound(options.from, 'from') : -Infinity;
  const to = options.to !== undefined ? parseBound(options.to, 'to') : Infinity;
  if (from > to) throw new QueryError('bad-date', `--from ${options.from} is after --to ${options.to}`);
  const filtered = options.from !== undefined || options.to !== undefined;
  const stories = new Map(graph.getAttribute('stories').map((s) => [s.id, s]));
  const entries: (TimelineEntry & { sortMin: number; sortMax: number })[] = [];
  graph.forEachNode((id, a) => {
    if (!a.time && a.type !== 'event') return;
    const range = a.time ? bounds(a.time) : undefined;
    if (filtered && (!range || range.max < from || range.min > to)) return;
    const story = a.stories[0] ?? null;
    const pub = story ? stories.get(story)?.published : undefined;
    const published = pub?.edtf ?? null;
    let status: TimelineStatus = a.factuality ? STATUS[a.factuality] : 'unknown';
    // An event the source states as fact but dates after publication has not happened yet.
    if (status === 'past' && range && pub && range.min > bounds(pub).max) status = 'planned';
    // Stated as fact with an open end ("/..", "have been urging"): still under way when written.
    else if (status === 'past' && range && !Number.isFinite(range.max)) status = 'ongoing';
    const attribution = attributionSteps(graph, a.attribution);
    const datedBy = (a.perStory ?? [{ ...a, story: story ?? '' }]).flatMap((v): DatedBy[] =>
      v.time
        ? [
            {
              story: v.story,
              edtf: v.time.edtf,
              expression: v.time.expression,
              factuality: v.factuality ?? null,
              quotes: [...(v.time.evidence ?? [])].sort(byTextOrder),
            },
          ]
        : [],
    );
    entries.push({
      id,
      type: a.type,
      label: a.label,
      edtf: a.time?.edtf ?? null,
      expression: a.time?.expression ?? null,
      min: range ? iso(range.min) : null,
      max: range ? iso(range.max) : null,
      ...(a.time ? flags(a.time.edtf) : { uncertain: false, approximate: false, open: false }),
      factuality: a.factuality ?? null,
      status,
      ...(attribution ? { attribution } : {}),
      story,
      published,
      datedBy,
      undatedIn: a.stories.filter((s) => !datedBy.some((d) => d.story === s)),
      evidence: [...(a.time?.evidence ?? []), ...a.evidence].sort(byTextOrder),
      // An open start ("before the end of the year") sorts at its known end, not before everything.
      sortMin: !range ? Infinity : Number.isFinite(range.min) ? range.min : Number.isFinite(range.max) ? range.max : -Infinity,
      sortMax: range?.max ?? Infinity,
    });
  });
  entries.sort(
    (x, y) =>
      (x.sortMin === y.sortMin ? 0 : x.sortMin < y.sortMin ? -1 : 1) ||
      (x.sortMax === y.sortMax ? 0 : x.sortMax < y.sortMax ? -1 : 1) ||
      compareStrings(x.id, y.id),
  );
  return entries.map(({ sortMin: _a, sortMax: _b, ...e }) => e);
}

/** Every story with its publication date, in publication order ("testwire-…: 2020-10-29; …"). */
export function publishedLine(graph: ReadGraph): string {
  return [...graph.getAttribute('stories')]
    .sort(byPublication)
    .map((s) => `${s.id}: ${s.published.edtf}${s.published.inferred ? ' (inferred)' : ''}`)
    .join('; ');
}
