// The timeline view: the dated events and claims of src/queries/timeline.ts (the `storygraph
// timeline` query) on one shared time axis. A date known to the day is a point; a month, an
// approximate or uncertain date and an interval are ranges; an open end runs to the edge of the
// axis. Planned, possible, hypothetical, denied and ongoing entries are marked; the publication date is a band.
// In a corpus each entry lists the stories that date it and how (timeline-stories.ts).
import { FACTUALITY } from '../../../src/model/factuality.js';
import { timeline, type TimelineEntry } from '../../../src/queries/timeline.js';
import { append, clear, el, svg } from '../dom.js';
import type { State } from '../state.js';
import { bringIntoSight } from './scroll-parent.js';
import { datedByList } from './timeline-stories.js';
import type { CreateView, ResearchViewContext } from './registry.js';
import { domainOf, isPoint, pct, ticks, type Domain } from './timeline-scale.js';
import './research.css';

const ms = (iso: string | null, open: number) => (iso ? Date.parse(iso) : open);
/** Statuses shown as a badge: not (or not yet) a plain past fact. */
const MARKED = new Set(['planned', 'possible', 'hypothetical', 'denied', 'ongoing']);

interface Band {
  min: number;
  max: number;
}

/** One row's track: the publication band, then the entry as a point or a range. */
function track(d: Domain, e: TimelineEntry, published: Band | undefined): SVGSVGElement {
  const min = ms(e.min, -Infinity);
  const max = ms(e.max, Infinity);
  const s = svg('svg', { class: 'tl-track', width: '100%', height: 16, 'aria-hidden': 'true' });
  if (published)
    s.append(
      svg('rect', {
        class: 'tl-published',
        x: `${pct(d, published.min)}%`,
        y: 0,
        width: `${Math.max(0.4, pct(d, published.max) - pct(d, published.min))}%`,
        height: 16,
      }),
    );
  if (isPoint(min, max, e)) {
    s.append(svg('circle', { class: 'tl-point', cx: `${pct(d, (min + max) / 2)}%`, cy: 8, r: 5 }));
    return s;
  }
  const x1 = pct(d, min);
  const x2 = pct(d, max);
  s.append(svg('rect', { class: 'tl-range', x: `${x1}%`, y: 3, width: `${Math.max(0.8, x2 - x1)}%`, height: 10, rx: 3 }));
  if (min === -Infinity) s.append(svg('text', { class: 'tl-open', x: '0%', y: 12 }, '◀'));
  if (max === Infinity) s.append(svg('text', { class: 'tl-open', x: '100%', y: 12, 'text-anchor': 'end' }, '▶'));
  return s;
}

function axis(d: Domain, published: readonly Band[]): HTMLElement {
  const s = svg('svg', { class: 'tl-axis-svg', width: '100%', height: 30, 'aria-hidden': 'true' });
  for (const p of published) {
    s.append(svg('rect', { class: 'tl-published', x: `${pct(d, p.min)}%`, y: 14, width: `${Math.max(0.4, pct(d, p.max) - pct(d, p.min))}%`, height: 16 }));
  }
  for (const t of ticks(d)) {
    // The period the axis starts in has no boundary on it: its label sits at the left edge.
    if (!t.edge) s.append(svg('line', { class: 'tl-tick', x1: `${pct(d, t.t)}%`, x2: `${pct(d, t.t)}%`, y1: 16, y2: 30 }));
    s.append(svg('text', { class: 'tl-tick-label', x: t.edge ? 2 : `${pct(d, t.t)}%`, y: 11, 'text-anchor': t.edge ? 'start' : 'middle' }, t.label));
  }
  return el('div', { class: 'tl-axis' }, s);
}

function kindOf(e: TimelineEntry): 'point' | 'range' {
  return isPoint(ms(e.min, -Infinity), ms(e.max, Infinity), e) ? 'point' : 'range';
}

function openOf(e: TimelineEntry): string | undefined {
  const start = e.min === null;
  const end = e.max === null;
  return start && end ? 'both' : start ? 'start' : end ? 'end' : undefined;
}

export const createTimelineView: CreateView = (container: HTMLElement, ctx: ResearchViewContext) => {
  const { graph } = ctx;
  const act = { select: ctx.select, reveal: ctx.reveal };
  const entries = timeline(graph);
  const corpus = graph.getAttribute('stories').length > 1;
  const stories = new Map(graph.getAttribute('stories').map((s) => [s.id, s]));
  const bandOf = (story: string | null): Band | undefined => {
    const p = story ? stories.get(story)?.published : undefined;
    return p ? { min: ms(p.earliest ?? null, -Infinity), max: ms(p.latest ?? null, Infinity) } : undefined;
  };
  const dated = entries.filter((e) => e.edtf !== null);
  const undated = entries.filter((e) => e.edtf === null);
  const bands = [...new Map([...stories.keys()].map((id) => [id, bandOf(id)])).values()].filter((b): b is Band => !!b);
  const domain = domainOf([...dated.flatMap((e) => [ms(e.min, NaN), ms(e.max, NaN)]), ...bands.flatMap((b) => [b.min, b.max])]);

  const row = (e: TimelineEntry, withTrack: boolean): HTMLElement => {
    const b = el(
      'button',
      {
        type: 'button',
        class: `tl-entry status-${e.status}`,
        'data-id': e.id,
        'data-status': e.status,
        'data-kind': withTrack ? kindOf(e) : 'undated',
        'data-open': withTrack ? openOf(e) : undefined,
        title: e.factuality ? FACTUALITY[e.factuality] : undefined,
      },
      el(
        'span',
        { class: 'tl-label' },
        el('span', { class: 'tl-name' }, e.label),
        MARKED.has(e.status) ? el('span', { class: `badge fact-${e.status}` }, e.status) : null,
        el('span', { class: 'tl-date muted' }, e.edtf ? ` ${e.expression ?? ''} (${e.edtf})` : ' no date in the text'),
      ),
      withTrack && domain ? track(domain, e, bandOf(e.story)) : null,
    );
    b.addEventListener('click', () => ctx.select({ kind: 'node', id: e.id }));
    // Across stories: which stories date it, and how (a list beside the button, not in it).
    return el('li', {}, b, corpus && (e.datedBy.length || e.undatedIn.length) ? datedByList(graph, e, act) : null);
  };

  const pub = [...stories.values()].map((s) => s.published.edtf).filter((x, i, a) => a.indexOf(x) === i);
  const list = el('ol', { class: 'tl-list', 'aria-label': 'Dated entries in time order' });
  for (const e of dated) list.append(row(e, true));
  const rest = el('ol', { class: 'tl-list tl-undated', 'aria-label': 'Events with no date in the text' });
  for (const e of undated) rest.append(row(e, false));
  clear(container);
  append(
    container,
    el(
      'p',
      { class: 'tl-key muted' },
      '● known to the day · ▬ range (month, approximate, uncertain or interval) · ◀ ▶ open end · ',
      el('span', { class: 'tl-key-pub' }, 'published'),
      ` ${pub.join(', ')}`,
    ),
    domain ? axis(domain, bands) : el('p', { class: 'muted' }, 'No dated entries.'),
    list,
    undated.length ? el('h3', { class: 'rv-sub' }, `Undated (${undated.length})`) : null,
    undated.length ? rest : null,
  );

  const mark = (state: State, scroll: boolean): void => {
    const id = state.selection?.kind === 'node' ? state.selection.id : null;
    for (const b of container.querySelectorAll<HTMLElement>('.tl-entry')) {
      const on = b.dataset.id === id;
      if (on) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
      if (on && scroll) bringIntoSight(b);
    }
  };
  mark(ctx.store.state, false);
  return {
    render(state: State, previous: State | null) {
      if (previous && previous.selection === state.selection) return;
      mark(state, true);
    },
  };
};
