// The details' relations of a node. In a corpus, stories state the same relation each in its own
// edge: identical rows (same direction, type, other end and factuality) are one row that names
// its stories ("Taiwan News, Test Wire" or "in 3 stories", each story's edge a button), so a
// list never repeats a row without saying why.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { RELATION_TYPES } from '../../src/model/relation-types.js';
import type { NodeRelation } from '../../src/queries/show.js';
import type { StoryRef } from '../../src/queries/stories.js';
import { nodeButton, type DetailActions } from './details-parts.js';
import { el } from './dom.js';
import { inStoriesText } from './details-stories.js';

interface Row {
  first: NodeRelation;
  /** Each story's edge of it, in the list's order. */
  edges: { edge: string; story: string }[];
}

function grouped(graph: StoryGraph, relations: readonly NodeRelation[], many: boolean): Row[] {
  const rows = new Map<string, Row>();
  for (const r of relations) {
    // One story: every edge its own row, as it always was.
    const key = many ? [r.direction, r.type, r.other.id, r.factuality].join('\u0000') : r.edge;
    const story = graph.getEdgeAttribute(r.edge, 'story');
    const row = rows.get(key);
    if (row) row.edges.push({ edge: r.edge, story });
    else rows.set(key, { first: r, edges: [{ edge: r.edge, story }] });
  }
  return [...rows.values()];
}

export function relationList(
  graph: StoryGraph,
  relations: readonly NodeRelation[],
  refOf: (id: string) => StoryRef | undefined,
  act: DetailActions,
  many: boolean,
): { list: HTMLElement; count: number } {
  const ul = el('ul', { class: 'relations' });
  const rows = grouped(graph, relations, many);
  const name = (story: string) => refOf(story)?.publisher.label ?? story;
  for (const { first: r, edges } of rows) {
    const edgeBtn = el('button', { type: 'button', class: 'link', 'data-edge': r.edge, title: RELATION_TYPES[r.type].description }, r.type.replace(/_/g, ' '));
    edgeBtn.addEventListener('click', () => act.select({ kind: 'edge', id: r.edge }));
    // Which stories state it: each a button to that story's edge.
    const storyButtons = edges.map(({ edge, story }, i) => {
      const b = el(
        'button',
        { type: 'button', class: 'link rel-story', 'data-edge': edge, 'data-story': story, title: refOf(story)?.title ?? story },
        name(story),
      );
      b.addEventListener('click', () => act.select({ kind: 'edge', id: edge }));
      return i ? [', ', b] : [b];
    });
    ul.append(
      el(
        'li',
        { class: `rel fact-${r.factuality}`, 'data-stories': edges.map((e) => e.story).join(' ') },
        el('span', { class: 'dir', 'aria-label': r.direction === 'out' ? 'outgoing' : 'incoming' }, r.direction === 'out' ? '→' : '←'),
        edgeBtn,
        ' ',
        nodeButton(graph, r.other.id, act),
        el('span', { class: `badge fact-${r.factuality}` }, r.factuality),
        many ? el('span', { class: 'rel-stories muted' }, edges.length > 2 ? ` ${inStoriesText(edges.length)}: ` : ' — ', ...storyButtons.flat()) : null,
      ),
    );
  }
  return { list: ul, count: rows.length };
}
