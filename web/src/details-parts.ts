// The pieces of the details panel: node buttons, evidence quotes, and the annotation rows
// (speech act, narrator's voice, factuality, attribution chain by level, time, condition, event
// code, knowledge-base link, names from outside the text, notes).
import type { StoryGraph } from '../../src/graph/build-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/model/graph-attributes.js';
import type { EdgeSummary } from '../../src/queries/describe.js';
import { FACTUALITY } from '../../src/model/factuality.js';
import { SPEECH_ACTS } from '../../src/model/speech-acts.js';
import { VOICES } from '../../src/model/voices.js';
import type { ResolvedEvidence } from '../../src/model/index.js';
import { el } from './dom.js';
import { typeGlyph } from './legend-view.js';
import type { Selection } from './state.js';

export interface DetailActions {
  select(s: Selection): void;
  reveal(e: ResolvedEvidence): void;
}

export function nodeButton(graph: StoryGraph, id: string, act: DetailActions): HTMLElement {
  const known = graph.hasNode(id);
  const label = known ? graph.getNodeAttribute(id, 'label') : id;
  const b = el(
    'button',
    { type: 'button', class: 'link node-link', 'data-node': id, disabled: !known },
    known ? typeGlyph(graph.getNodeAttribute(id, 'type')) : null,
    label,
  );
  b.addEventListener('click', () => act.select({ kind: 'node', id }));
  return b;
}

export function quoteButton(ev: ResolvedEvidence, act: DetailActions, extra?: string): HTMLElement {
  const b = el('button', { type: 'button', class: 'quote', 'data-start': ev.start, 'data-end': ev.end, title: 'Show in the article' }, `“${ev.exact}”`);
  b.addEventListener('click', () => act.reveal(ev));
  return extra ? el('span', {}, b, el('span', { class: 'muted' }, ` ${extra}`)) : b;
}

export function evidenceList(evidence: readonly ResolvedEvidence[], act: DetailActions): HTMLElement {
  const ul = el('ul', { class: 'evidence' });
  for (const ev of [...evidence].sort((a, b) => a.start - b.start)) {
    const extra = [ev.kind, ev.role].filter(Boolean).join(', ');
    ul.append(el('li', {}, quoteButton(ev, act, extra ? `(${extra})` : undefined)));
  }
  return ul;
}

type Annotated = Partial<
  Pick<
    NodeAttributes,
    'aliases' | 'outsideNames' | 'act' | 'docType' | 'kb' | 'content' | 'cue' | 'quote' | 'format' | 'topic' | 'publisher' | 'published' | 'dateline' | 'url'
  >
> &
  Pick<EdgeAttributes, 'attribution' | 'time' | 'condition' | 'cameo' | 'note' | 'factualityBySource' | 'title' | 'role' | 'voice' | 'framing'> & {
    factuality?: EdgeAttributes['factuality'] | undefined;
  };

function row(dl: HTMLElement, term: string, ...value: (Node | string | null)[]): void {
  dl.append(el('dt', {}, term), el('dd', {}, ...value));
}

function kbLink(kb: NonNullable<NodeAttributes['kb']>): Node {
  if (kb.status === 'unlinked') return el('span', { class: 'muted' }, `not linked: ${kb.reason}`);
  const a = el('a', { href: `https://www.wikidata.org/wiki/${kb.wikidata}`, target: '_blank', rel: 'noopener noreferrer' }, kb.wikidata);
  const why = kb.status === 'confirmed' ? 'confirmed (checked against public sources)' : 'weak (plausible, not fully checked)';
  return el('span', {}, a, el('span', { class: `kb kb-${kb.status}` }, ` ${why}`), kb.note ? el('span', { class: 'muted' }, ` — ${kb.note}`) : null);
}

export function annotationRows(graph: StoryGraph, a: Annotated, act: DetailActions, derived?: EdgeSummary['derived']): HTMLElement {
  const dl = el('dl', { class: 'annotations' });
  if (a.aliases?.length) row(dl, 'Aliases', a.aliases.join(' · '));
  if (a.outsideNames?.length) {
    // Names the text does not contain: the curator's knowledge, each with where it comes from.
    const ul = el('ul', { class: 'plain outside-names' });
    for (const o of a.outsideNames)
      ul.append(el('li', {}, el('span', { class: 'outside-name' }, o.name), el('span', { class: 'muted' }, ` — ${o.source}${o.note ? `; ${o.note}` : ''}`)));
    row(dl, 'Not in the text', ul);
  }
  if (a.docType) row(dl, 'Document', a.docType);
  if (a.act) row(dl, 'Speech act', el('span', { class: `badge act act-${a.act}` }, a.act), el('span', { class: 'muted' }, ` ${SPEECH_ACTS[a.act]}`));
  if (a.voice) {
    row(
      dl,
      "Narrator's voice",
      el('span', { class: `badge voice voice-${a.voice}` }, a.voice),
      el('span', { class: 'muted' }, ` ${VOICES[a.voice]}`),
      ...(a.framing?.length ? [' Framing: ', ...a.framing.map((e) => quoteButton(e, act))] : []),
    );
  }
  if (a.factuality)
    row(dl, 'Factuality', el('span', { class: `badge fact-${a.factuality}` }, a.factuality), el('span', { class: 'muted' }, ` ${FACTUALITY[a.factuality]}`));
  if (a.factualityBySource?.length) {
    const ul = el('ul', { class: 'plain' });
    for (const s of a.factualityBySource) ul.append(el('li', {}, nodeButton(graph, s.source, act), `: ${s.value}`, s.note ? ` (${s.note})` : ''));
    row(dl, 'Per source', ul);
  }
  if (a.content) row(dl, 'Content', a.content);
  if (a.quote) row(dl, 'Quote', quoteButton(a.quote, act));
  if (a.cue) row(dl, 'Cue', quoteButton(a.cue, act));
  if (a.attribution?.length) {
    // One item per level of the chain; agents that speak together share it.
    const ol = el('ol', { class: 'chain', 'aria-label': 'Attribution chain, speaker first, the article last' });
    for (const link of a.attribution) {
      const agents = link.agents.flatMap((id, i) => (i ? [el('span', { class: 'muted' }, ' & '), nodeButton(graph, id, act)] : [nodeButton(graph, id, act)]));
      ol.append(
        el(
          'li',
          { 'data-agents': link.agents.join(' ') },
          el('span', { class: 'role' }, `${link.role}: `),
          ...agents,
          ' — ',
          quoteButton(link.cue, act),
          link.explicit ? null : el('span', { class: 'muted' }, ' (implied)'),
        ),
      );
    }
    row(dl, 'Attribution', ol);
  }
  if (derived)
    row(
      dl,
      'Attribution link',
      `${derived.role}, level ${derived.position} of the chain${derived.agentIndex !== undefined ? ` (one of its joint agents)` : ''}${derived.explicit ? '' : ' (implied)'}`,
    );
  if (a.time) row(dl, 'Time', el('code', {}, a.time.edtf), ` (“${a.time.expression}”) `, ...(a.time.evidence ?? []).map((e) => quoteButton(e, act)));
  if (a.condition) {
    row(
      dl,
      'Condition',
      a.condition.text,
      ' ',
      a.condition.event ? nodeButton(graph, a.condition.event, act) : null,
      ' ',
      ...a.condition.evidence.map((e) => quoteButton(e, act)),
    );
  }
  if (a.cameo) row(dl, 'Event code', el('code', {}, a.cameo.code), ` CAMEO: ${a.cameo.label}`);
  if (a.format) row(dl, 'Format', a.format);
  if (a.topic) row(dl, 'Topic', a.topic);
  if (a.title) row(dl, 'Title', a.title);
  if (a.role) row(dl, 'Role', a.role);
  if (a.kb) row(dl, 'Wikidata', kbLink(a.kb));
  if (a.publisher) row(dl, 'Publisher', nodeButton(graph, a.publisher, act));
  if (a.published) row(dl, 'Published', el('code', {}, a.published.edtf), a.published.inferred ? ` inferred: ${a.published.reason ?? ''}` : '');
  if (a.dateline) row(dl, 'Dateline', a.dateline);
  if (a.url) row(dl, 'URL', /^https?:\/\//i.test(a.url) ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.url) : a.url);
  if (a.note) row(dl, 'Note', a.note);
  return dl;
}
