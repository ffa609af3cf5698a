// A node several stories mention: the details say so ("in 3 stories") and group its evidence by
// story (title, publisher, date), in publication order. A quote of another story shows
// that story's article with the quote highlighted (the reveal action switches the story).
// A large corpus holds one story in the page: the groups come from the server
// (data/node/ID.json, src/queries/node-stories.ts), the other stories' quotes open those stories.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { NodeAttributes } from '../../src/model/graph-attributes.js';
import type { ResolvedEvidence } from '../../src/model/index.js';
import type { NodeStories } from '../../src/queries/node-stories.js';
import { byPublication, storyRef, type StoryRef } from '../../src/queries/stories.js';
import { evidenceList, type DetailActions } from './details-parts.js';
import { el } from './dom.js';

export const inStoriesText = (n: number): string => `in ${n} ${n === 1 ? 'story' : 'stories'}`;

interface Group {
  story: StoryRef;
  evidence: readonly ResolvedEvidence[];
}

function groups(box: HTMLElement, list: readonly Group[], act: DetailActions): HTMLElement {
  for (const { story, evidence } of list) {
    box.append(
      el(
        'section',
        { class: 'story-evidence', 'data-story': story.id },
        el(
          'h4',
          { class: 'story-evidence-title' },
          story.title,
          el('span', { class: 'muted' }, ` — ${story.publisher.label}, ${story.published} (${evidence.length})`),
        ),
        evidence.length ? evidenceList(evidence, act) : el('p', { class: 'muted' }, 'no quote of its own (mentioned through another element)'),
      ),
    );
  }
  return box;
}

export function evidenceByStory(graph: StoryGraph, a: NodeAttributes, act: DetailActions): HTMLElement {
  const list = [...graph.getAttribute('stories')]
    .sort(byPublication)
    .filter((s) => a.stories.includes(s.id))
    .map((s) => ({ story: storyRef(graph, s), evidence: a.evidence.filter((e) => e.story === s.id) }));
  return groups(el('div', { class: 'evidence-by-story' }), list, act);
}

/** Where the server answers for a node (each segment of the id encoded; "/" stays a separator). */
export const nodeDataPath = (id: string): string => `data/node/${id.split('/').map(encodeURIComponent).join('/')}.json`;

/** A large corpus: the open story's group at once (from the graph), every story's when the server answers (data-loading says how it went). */
export function evidenceFromServer(graph: StoryGraph, id: string, act: DetailActions): HTMLElement {
  const a = graph.getNodeAttributes(id);
  const box = evidenceByStory(graph, a, act);
  box.dataset.loading = 'true';
  void fetch(nodeDataPath(id))
    .then(async (res) => {
      if (!res.ok) throw new Error(`${res.status}`);
      const answer = (await res.json()) as NodeStories;
      if (answer.node.id !== id) return;
      box.replaceChildren();
      groups(box, answer.stories, act);
      box.dataset.loading = 'done';
    })
    .catch(() => {
      box.dataset.loading = 'failed';
      box.append(el('p', { class: 'muted' }, 'The other stories could not be asked for (the server did not answer).'));
    });
  return box;
}
