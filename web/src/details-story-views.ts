// A shared event or claim as each story tells it: its factuality and date in every story
// (annotationIn of src/queries/sources.ts, the answer of `storygraph sources`), said plainly when
// the stories disagree. The merged node's own rows above hold the first story's view only.
import { viewIn } from '../../src/graph/story-view.js';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { NodeAttributes } from '../../src/model/graph-attributes.js';
import { annotationIn } from '../../src/queries/sources.js';
import type { CorpusIndex } from './corpus-index.js';
import { quoteButton, type DetailActions } from './details-parts.js';
import { el } from './dom.js';

/** The stories' views of a node, or null when fewer than two stories annotate it. */
export function storyViews(graph: StoryGraph, a: NodeAttributes, corpus: CorpusIndex, act: DetailActions): HTMLElement | null {
  if (!a.perStory || a.perStory.length < 2) return null;
  // In publication order, as `storygraph sources` lists them.
  const order = (story: string) => corpus.rows().findIndex((r) => r.id === story);
  const views = [...a.perStory]
    .sort((x, y) => order(x.story) - order(y.story))
    .map((v) => ({ story: v.story, ann: annotationIn(graph, a, v.story), quotes: viewIn(a, v.story)?.time?.evidence ?? [] }));
  const distinct = (f: (x: (typeof views)[number]) => string) => new Set(views.map(f)).size > 1;
  const factualityDiffers = distinct((v) => v.ann?.factuality ?? '');
  const dateDiffers = distinct((v) => v.ann?.time?.edtf ?? '');
  const what = [factualityDiffers ? 'factuality' : '', dateDiffers ? 'date' : ''].filter(Boolean).join(' and ');
  const ul = el('ul', { class: 'story-views plain' });
  for (const v of views) {
    const ref = corpus.ref(v.story);
    const f = v.ann?.factuality;
    const t = v.ann?.time;
    ul.append(
      el(
        'li',
        { 'data-story': v.story, 'data-factuality': f ?? '', 'data-edtf': t?.edtf ?? '' },
        el('span', { class: 'story-view-name', title: ref?.title ?? v.story }, `${ref?.publisher.label ?? v.story}: `),
        f ? el('span', { class: `badge fact-${f}` }, f) : el('span', { class: 'muted' }, 'no factuality'),
        ' ',
        t ? el('span', {}, el('code', {}, t.edtf), ` (“${t.expression}”) `) : el('span', { class: 'muted' }, 'no date '),
        ...v.quotes.map((q) => quoteButton(q, act)),
      ),
    );
  }
  return el(
    'section',
    { class: 'details-section story-views-section' },
    el('h3', {}, `How each story tells it (${views.length})`),
    what
      ? el('p', { class: 'stories-disagree' }, `Stories disagree on the ${what}.`)
      : el('p', { class: 'muted' }, 'The stories agree on factuality and date.'),
    ul,
  );
}
