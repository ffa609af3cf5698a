// Under a timeline entry of a corpus: which stories date it and how (src/queries/timeline.ts
// datedBy: the story's date, its time expression and the quotes that give it, each a button that
// shows it in that story's article), and which stories tell it with no date (undatedIn).
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import type { TimelineEntry } from '../../../src/queries/timeline.js';
import { quoteButton, type DetailActions } from '../details-parts.js';
import { el } from '../dom.js';

export function datedByList(graph: StoryGraph, e: TimelineEntry, act: DetailActions): HTMLElement {
  const stories = new Map(graph.getAttribute('stories').map((s) => [s.id, s]));
  const name = (id: string) => {
    const s = stories.get(id);
    const publisher = s && graph.hasNode(s.publisher) ? graph.getNodeAttribute(s.publisher, 'label') : s?.publisher;
    return publisher ?? id;
  };
  // A quote selects the entry too, so its marks stay in the article after the flash (as the details' do).
  const quoteAct: DetailActions = {
    select: act.select,
    reveal: (q) => {
      act.select({ kind: 'node', id: e.id });
      act.reveal(q);
    },
  };
  const ul = el('ul', { class: 'tl-dated-by', 'aria-label': `How each story dates ${e.label}` });
  for (const d of e.datedBy) {
    // The expression in words only when the quotes do not say it already ("on Nov. 24").
    const quoted = d.quotes.map((q) => q.exact).join('; ') === d.expression;
    ul.append(
      el(
        'li',
        { 'data-story': d.story, 'data-edtf': d.edtf },
        el('span', { class: 'tl-by', title: stories.get(d.story)?.title }, `${name(d.story)}: `),
        el('code', {}, d.edtf),
        quoted ? null : ` “${d.expression}”`,
        ' ',
        d.factuality ? el('span', { class: `badge fact-${d.factuality}` }, d.factuality) : null,
        d.factuality ? ' ' : null,
        ...d.quotes.map((q) => quoteButton(q, quoteAct)),
      ),
    );
  }
  for (const story of e.undatedIn) {
    ul.append(
      el(
        'li',
        { 'data-story': story, class: 'muted' },
        el('span', { class: 'tl-by', title: stories.get(story)?.title }, `${name(story)}: `),
        'tells it, no date',
      ),
    );
  }
  return ul;
}
