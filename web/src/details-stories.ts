// A node several stories mention: the details say so ("in 3 stories") and group its evidence by
// story (title, publisher, date), in publication order. A quote of another story shows
// that story's article with the quote highlighted (the reveal action switches the story).
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { NodeAttributes } from '../../src/model/graph-attributes.js';
import { byPublication, storyRef } from '../../src/queries/stories.js';
import { evidenceList, type DetailActions } from './details-parts.js';
import { el } from './dom.js';

export const inStoriesText = (n: number): string => `in ${n} ${n === 1 ? 'story' : 'stories'}`;

export function evidenceByStory(graph: StoryGraph, a: NodeAttributes, act: DetailActions): HTMLElement {
  const box = el('div', { class: 'evidence-by-story' });
  for (const s of [...graph.getAttribute('stories')].sort(byPublication)) {
    if (!a.stories.includes(s.id)) continue;
    const ref = storyRef(graph, s);
    const quotes = a.evidence.filter((e) => e.story === s.id);
    box.append(
      el(
        'section',
        { class: 'story-evidence', 'data-story': s.id },
        el('h4', { class: 'story-evidence-title' }, s.title, el('span', { class: 'muted' }, ` — ${ref.publisher.label}, ${ref.published} (${quotes.length})`)),
        quotes.length ? evidenceList(quotes, act) : el('p', { class: 'muted' }, 'no quote of its own (mentioned through another element)'),
      ),
    );
  }
  return box;
}
