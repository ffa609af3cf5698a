// The compare view: pick two stories, read what `storygraph compare A B` answers
// (src/queries/compare.ts), drawn by compare-sections.ts. A large corpus served story by story
// holds one story in the browser, so there the view names the CLI command instead.
import { compare } from '../../../src/queries/compare.js';
import type { DetailActions } from '../details-parts.js';
import { clear, el } from '../dom.js';
import { compareSections } from './compare-sections.js';
import type { CreateView, ResearchViewContext } from './registry.js';
import './research.css';

export const createCompareView: CreateView = (container: HTMLElement, ctx: ResearchViewContext) => {
  const { graph, corpus } = ctx;
  const act: DetailActions = { select: (s) => ctx.select(s), reveal: (e) => ctx.reveal(e) };
  clear(container);
  if (corpus.large || !corpus.many) {
    container.append(
      el(
        'p',
        { class: 'muted', id: 'compare-unavailable' },
        corpus.many
          ? 'This corpus is served one story at a time, so two stories are never in the browser together: run storygraph compare STORY_A STORY_B.'
          : 'Compare needs two stories; this data folder holds one.',
      ),
    );
    return { render() {} };
  }
  const pick = (id: string, label: string) => {
    const s = el('select', { id, 'aria-label': label });
    for (const story of corpus.list) s.append(el('option', { value: story.id }, story.title));
    return s;
  };
  const a = pick('compare-a', 'Story A');
  const b = pick('compare-b', 'Story B');
  // The URL's pair (compare=A,B), else the story shown against the next one.
  const defaults = () => {
    const first = ctx.store.state.story;
    return { a: first, b: corpus.list.find((s) => s.id !== first)?.id ?? first };
  };
  const setPicks = (p: { a: string; b: string }) => {
    a.value = p.a;
    b.value = p.b;
  };
  setPicks(ctx.store.state.compare ?? defaults());
  const out = el('div', { class: 'cmp-result', id: 'compare-result', 'aria-live': 'polite' });
  container.append(el('div', { class: 'rv-controls' }, el('label', {}, 'A ', a), el('label', {}, 'B ', b)), out);

  const draw = (): void => {
    clear(out);
    out.dataset.a = a.value;
    out.dataset.b = b.value;
    if (a.value === b.value) {
      out.append(el('p', { class: 'muted' }, 'Pick two different stories.'));
      return;
    }
    out.append(...compareSections(graph, compare(graph, a.value, b.value), act));
  };
  // A pick is a new history entry (compare=A,B in the URL): Back returns to the pair before.
  const picked = () => {
    draw();
    ctx.navigate({ compare: { a: a.value, b: b.value } });
  };
  a.addEventListener('change', picked);
  b.addEventListener('change', picked);
  draw();
  return {
    render(state) {
      const want = state.compare ?? defaults();
      if (want.a === a.value && want.b === b.value) return;
      setPicks(want);
      draw();
    },
  };
};
