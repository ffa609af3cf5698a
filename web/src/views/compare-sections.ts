// The comparison of two stories drawn as text: the result of src/queries/compare.ts (the same as
// `storygraph compare A B`), section by section in the CLI's order. Every row names what it is
// about (data-id), so a reader can follow a node into the graph and a test can read the rows.
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import type { Factuality } from '../../../src/model/index.js';
import { contrastText, type CompareResult, type OneSided, type Speaker } from '../../../src/queries/compare.js';
import type { NodeRef } from '../../../src/queries/describe.js';
import type { StoryRef } from '../../../src/queries/stories.js';
import { nodeButton, type DetailActions } from '../details-parts.js';
import { el } from '../dom.js';

const NONE = () => el('p', { class: 'muted' }, '(none)');
const fact = (f: Factuality | null) => (f ? el('span', { class: `badge fact-${f}` }, f) : el('span', { class: 'muted' }, '—'));

function section(key: string, title: string, n: number, content: HTMLElement): HTMLElement {
  return el('section', { class: 'cmp-section', 'data-section': key }, el('h3', { class: 'rv-sub' }, `${title} (${n})`), n ? content : NONE());
}

function table(heads: string[], rows: HTMLElement[]): HTMLElement {
  return el('table', { class: 'cmp-table' }, el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
}

const td = (...c: (Node | string)[]) => el('td', {}, ...c);

function storyLine(which: 'A' | 'B', s: StoryRef): HTMLElement {
  return el(
    'p',
    { class: 'cmp-story', 'data-story': s.id },
    el('strong', {}, `${which}: `),
    `${s.publisher.label}, ${s.published}: ${s.title} `,
    el('span', { class: 'muted' }, `(${s.id})`),
  );
}

function nodeList(graph: StoryGraph, refs: NodeRef[], act: DetailActions): HTMLElement {
  return el('ul', { class: 'cmp-nodes' }, ...refs.map((r) => el('li', { 'data-id': r.id }, nodeButton(graph, r.id, act))));
}

function oneSided(graph: StoryGraph, l: OneSided[], act: DetailActions): HTMLElement {
  return table(
    ['event', 'factuality'],
    l.map((e) => el('tr', { 'data-id': e.node.id }, td(nodeButton(graph, e.node.id, act)), td(fact(e.factuality)))),
  );
}

function speakers(graph: StoryGraph, l: Speaker[], act: DetailActions): HTMLElement {
  return table(
    ['speaker', 'via', 'claims', 'factuality'],
    l.map((s) =>
      el(
        'tr',
        { 'data-id': s.speaker.id, 'data-claims': s.claims.length },
        td(nodeButton(graph, s.speaker.id, act)),
        td(s.via.map((v) => v.label).join(', ')),
        td(String(s.claims.length)),
        td([...new Set(s.claims.map((c) => c.factuality ?? '-'))].join(', ')),
      ),
    ),
  );
}

export function compareSections(graph: StoryGraph, r: CompareResult, act: DetailActions): HTMLElement[] {
  const differ = table(
    ['what', 'A', 'B', 'contrast'],
    r.factuality.map((f) =>
      el(
        'tr',
        { 'data-id': f.node.id, 'data-relation': f.relation ? `${f.relation.type} ${f.relation.target.id}` : undefined },
        td(
          nodeButton(graph, f.node.id, act),
          f.relation ? ` −${f.relation.type.replace(/_/g, ' ')}→ ` : '',
          f.relation ? nodeButton(graph, f.relation.target.id, act) : '',
        ),
        td(fact(f.a)),
        td(fact(f.b)),
        td(contrastText(f.a, f.b)),
      ),
    ),
  );
  const dates = table(
    ['event', 'A', 'B', 'agree'],
    r.dates.map((d) =>
      el(
        'tr',
        { 'data-id': d.node.id },
        td(nodeButton(graph, d.node.id, act)),
        td(`${d.a.edtf} (“${d.a.expression}”)`),
        td(`${d.b.edtf} (“${d.b.expression}”)`),
        td(d.overlap ? 'overlap' : 'disagree'),
      ),
    ),
  );
  return [
    el('div', { class: 'cmp-stories' }, storyLine('A', r.a), storyLine('B', r.b)),
    section('shared-entities', 'Shared entities', r.shared.entities.length, nodeList(graph, r.shared.entities, act)),
    section('shared-events', 'Shared events', r.shared.events.length, nodeList(graph, r.shared.events, act)),
    section('shared-claims', 'Shared claims', r.shared.claims.length, nodeList(graph, r.shared.claims, act)),
    section('factuality', 'What they tell differently', r.factuality.length, differ),
    section('only-a', 'Events only A tells', r.onlyA.length, oneSided(graph, r.onlyA, act)),
    section('only-b', 'Events only B tells', r.onlyB.length, oneSided(graph, r.onlyB, act)),
    section('quotes-a', 'Who A quotes', r.quotes.a.length, speakers(graph, r.quotes.a, act)),
    section('quotes-b', 'Who B quotes', r.quotes.b.length, speakers(graph, r.quotes.b, act)),
    section('dates', 'Dates that differ', r.dates.length, dates),
  ];
}
