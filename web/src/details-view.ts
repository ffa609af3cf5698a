// The details panel: everything the graph knows about the selected node or relation, read
// through the query layer (showNode, edgeSummary): annotations, every evidence quote (a click
// shows it in the article) and every relation (a click goes to the other end).
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { ResolvedEvidence } from '../../src/model/index.js';
import { RELATION_TYPES } from '../../src/model/relation-types.js';
import { showNode } from '../../src/queries/show.js';
import { edgeSummary } from '../../src/queries/describe.js';
import { clear, el } from './dom.js';
import { annotationRows, evidenceList, nodeButton, type DetailActions } from './details-parts.js';
import { evidenceByStory, evidenceFromServer, inStoriesText } from './details-stories.js';
import { storyViews } from './details-story-views.js';
import { relationList } from './details-relations.js';
import type { CorpusIndex } from './corpus-index.js';
import { typeGlyph } from './legend-view.js';
import type { Selection, State } from './state.js';

export interface DetailsView {
  render(state: State, previous: State | null): void;
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return el('section', { class: 'details-section' }, el('h3', {}, title), ...children);
}

function nodeDetails(graph: StoryGraph, id: string, act: DetailActions, corpus: CorpusIndex): Node[] {
  const shown = showNode(graph, id);
  const a = shown.attributes;
  const kind = [a.type, a.eventType].filter(Boolean).join(' · ');
  // Shared by several stories: said, and the evidence grouped by story.
  const shared = a.stories.length > 1;
  const views = storyViews(graph, a, corpus, act);
  const out: Node[] = [
    el('h2', { id: 'details-title' }, a.label),
    el(
      'p',
      { class: 'kind' },
      typeGlyph(a.type),
      el('span', {}, kind),
      shared ? el('span', { class: 'in-stories' }, ` · ${inStoriesText(a.stories.length)}`) : null,
    ),
    annotationRows(graph, a, act),
    ...(views ? [views] : []),
    shared
      ? corpus.large
        ? section(`Evidence ${inStoriesText(a.stories.length)}`, evidenceFromServer(graph, id, act))
        : section(`Evidence (${a.evidence.length}) ${inStoriesText(a.stories.length)}`, evidenceByStory(graph, a, act))
      : section(`Evidence (${a.evidence.length})`, evidenceList(a.evidence, act)),
  ];
  const many = corpus.many && a.stories.length > 1;
  const { list: rels, count } = relationList(graph, shown.relations, corpus.ref, act, many);
  const relTitle = count === shown.relations.length ? `Relations (${count})` : `Relations (${count}, from ${shown.relations.length} in the stories)`;
  out.push(section(relTitle, shown.relations.length ? rels : el('p', { class: 'muted' }, 'none')));
  return out;
}

function edgeDetails(graph: StoryGraph, key: string, act: DetailActions): Node[] {
  const e = edgeSummary(graph, key);
  const a = graph.getEdgeAttributes(key);
  return [
    el('h2', { id: 'details-title' }, e.type.replace(/_/g, ' ')),
    el('p', { class: 'kind' }, 'relation · ', el('span', { class: 'muted' }, RELATION_TYPES[e.type].description)),
    el(
      'p',
      { class: 'ends' },
      nodeButton(graph, e.source, act),
      el('span', { class: 'arrow', 'aria-label': e.type }, ` → ${e.type.replace(/_/g, ' ')} → `),
      nodeButton(graph, e.target, act),
    ),
    annotationRows(graph, { ...a, attribution: a.attribution }, act, e.derived),
    section(`Evidence (${e.evidence.length})`, evidenceList(e.evidence, act)),
  ];
}

export function createDetailsView(
  root: HTMLElement,
  graph: StoryGraph,
  actions: { select(s: Selection): void; reveal(e: ResolvedEvidence): void },
  corpus: CorpusIndex,
): DetailsView {
  const act: DetailActions = actions;
  const empty = () => [
    el('h2', { id: 'details-title' }, 'Nothing selected'),
    el(
      'p',
      { class: 'muted' },
      'Click a node or a relation in the graph, a highlight in the article, or an entry of the lists; or search by name, alias or quote.',
    ),
  ];
  return {
    render(state, previous) {
      if (previous && previous.selection === state.selection) return;
      const sel = state.selection;
      clear(root);
      const parts = !sel
        ? empty()
        : sel.kind === 'node' && graph.hasNode(sel.id)
          ? nodeDetails(graph, sel.id, act, corpus)
          : sel.kind === 'edge' && graph.hasEdge(sel.id)
            ? edgeDetails(graph, sel.id, act)
            : [el('h2', { id: 'details-title' }, 'Not found'), el('p', {}, `${sel.id} is not in this graph.`)];
      root.append(...parts);
      root.setAttribute('data-selected', sel ? sel.id : '');
    },
  };
}
