// The article beside the graph: the verbatim text with every evidence span highlighted by the
// type of what it supports. A click selects the innermost thing under the pointer and offers the
// others (the place clicked is state, so Back and Forward bring the offer back or take it away);
// a selection lights up its evidence and scrolls to it. Offsets are code points,
// converted to UTF-16 once per story (src/text/code-points.ts).
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { CodePointText } from '../../src/text/code-points.js';
import { clear, el, scrollWithin } from './dom.js';
import { labelOf } from './labels.js';
import { NODE_LOOK } from './theme.js';
import { collectSpans, segment, targetsOf, type Segment } from './spans.js';
import type { Place, Selection, State } from './state.js';

export interface ArticleView {
  render(state: State, previous: State | null): void;
  /** Scrolls to a span of the shown story and flashes it (an evidence quote was clicked). */
  reveal(start: number, end: number): void;
}

const keyOf = (s: Selection) => `${s.kind}:${s.id}`;

/** `place`: the article place a click picked it at, or 'keep' for another choice offered there. */
export function createArticleView(root: HTMLElement, graph: StoryGraph, onSelect: (s: Selection, place: Place | 'keep') => void): ArticleView {
  const heading = el('h2', { id: 'article-heading' });
  const also = el('div', { id: 'also', class: 'also', role: 'group', 'aria-label': 'Other annotations at this place', hidden: true });
  const text = el('div', {
    id: 'article-text',
    class: 'article-text',
    tabindex: 0,
    'aria-labelledby': 'article-heading',
    'aria-description': 'Left and right arrow keys move between the highlighted annotations; Enter selects one.',
  });
  root.append(heading, also, text);

  let story = '';
  let segments: Segment[] = [];
  let marks: HTMLElement[][] = [];
  let byTarget = new Map<string, number[]>();
  let primaryOf = new Map<string, number>(); // the first segment of each target's own evidence
  let active: HTMLElement[] = [];
  let pendingScroll = 0; // the frame that scrolls to the selection's evidence (a reveal cancels it)

  function build(storyId: string): void {
    const s = graph.getAttribute('stories').find((x) => x.id === storyId);
    story = storyId;
    clear(text);
    marks = [];
    byTarget = new Map();
    primaryOf = new Map();
    heading.textContent = s ? `Article: ${s.title}` : 'Article';
    if (!s) return;
    const doc = new CodePointText(s.text);
    segments = segment(collectSpans(graph, storyId), doc.length);
    // One block per line, so the browser can skip laying out and painting the lines out of view
    // (content-visibility); a mark that spans a line break becomes one piece per line.
    let para = el('div', { class: 'para' });
    const paras = [para];
    segments.forEach((seg, i) => {
      const first = seg.spans.find((x) => x.target.kind === 'node') ?? seg.spans[0];
      for (const piece of doc.slice(seg.start, seg.end).split(/(?<=\n)/)) {
        if (!first) para.appendChild(document.createTextNode(piece));
        else {
          const mark = el('mark', { class: `m m-${first.type}`, 'data-seg': i }, piece);
          if (first.type !== 'edge') mark.style.setProperty('--c', NODE_LOOK[first.type].color);
          (marks[i] ??= []).push(mark);
          para.appendChild(mark);
        }
        if (piece.endsWith('\n')) {
          para = el('div', { class: 'para' });
          paras.push(para);
        }
      }
      for (const sp of seg.spans) {
        const k = keyOf(sp.target);
        const list = byTarget.get(k);
        if (list) list.push(i);
        else byTarget.set(k, [i]);
        if (sp.primary && !primaryOf.has(k)) primaryOf.set(k, i);
      }
    });
    text.append(...paras.filter((p) => p.firstChild));
  }

  /** The offer of the place in the state: the other annotations of the segment clicked there. */
  function showAlso(place: Place | null): void {
    clear(also);
    const seg = place && place.story === story ? segments.find((x) => x.start === place.start && x.end === place.end) : undefined;
    const targets = seg ? targetsOf(seg) : [];
    also.hidden = targets.length < 2;
    if (targets.length < 2) return;
    also.append(el('span', { class: 'also-title' }, 'Also here:'));
    for (const t of targets.slice(1)) {
      const b = el('button', { type: 'button', class: 'chip', 'data-target': t.id }, labelOf(graph, t));
      b.addEventListener('click', () => onSelect(t, 'keep'));
      also.append(b);
    }
  }

  function activate(mark: Element): void {
    const seg = segments[Number(mark.getAttribute('data-seg'))];
    const targets = seg ? targetsOf(seg) : [];
    if (!seg || !targets.length) return;
    onSelect(targets[0]!, { story, start: seg.start, end: seg.end });
  }

  text.addEventListener('click', (e) => {
    const mark = e.target instanceof Element ? e.target.closest('mark[data-seg]') : null;
    if (mark) activate(mark);
  });
  // The keyboard's way to the highlights: Left/Right move between them, Enter or Space selects.
  text.addEventListener('keydown', (e) => {
    const on = document.activeElement instanceof HTMLElement && document.activeElement.matches('#article-text mark') ? document.activeElement : null;
    if ((e.key === 'Enter' || e.key === ' ') && on) {
      e.preventDefault();
      activate(on);
      return;
    }
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const all = [...text.querySelectorAll<HTMLElement>('mark[data-seg]')];
    const at = on ? all.indexOf(on) : -1;
    const next = all[e.key === 'ArrowRight' ? Math.min(all.length - 1, at + 1) : Math.max(0, at - 1)];
    if (!next) return;
    next.tabIndex = -1;
    next.focus({ preventScroll: true });
    scrollWithin(text, next, 'nearest');
  });

  function highlight(sel: Selection | null): void {
    for (const m of active) m.classList.remove('active');
    active = [];
    if (!sel) return;
    for (const i of byTarget.get(keyOf(sel)) ?? []) {
      for (const m of marks[i] ?? []) {
        m.classList.add('active');
        active.push(m);
      }
    }
    const first = marks[primaryOf.get(keyOf(sel)) ?? -1]?.[0] ?? active[0];
    // Scroll in the next frame, when the browser lays out anyway (no forced layout on the click).
    cancelAnimationFrame(pendingScroll);
    if (first) pendingScroll = requestAnimationFrame(() => scrollWithin(text, first, 'center'));
  }

  return {
    render(state, previous) {
      if (state.story !== story) build(state.story);
      if (!previous || previous.place !== state.place || previous.story !== state.story) showAlso(state.place);
      if (!previous || previous.selection !== state.selection || previous.story !== state.story) highlight(state.selection);
    },
    reveal(start, end) {
      const hit: HTMLElement[] = [];
      segments.forEach((seg, i) => {
        if (seg.start >= start && seg.end <= end) hit.push(...(marks[i] ?? []));
      });
      if (!hit.length) return;
      cancelAnimationFrame(pendingScroll); // the quote shown wins over the selection's first evidence
      scrollWithin(text, hit[0]!, 'center');
      for (const m of hit) {
        m.classList.remove('flash');
        void m.offsetWidth; // restart the animation
        m.classList.add('flash');
      }
    },
  };
}
