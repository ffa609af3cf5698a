// The claims view: who said what, through whom. Every claim from src/queries/claims.ts (the
// `storygraph claims` query) with its speech act, speakers, cue, content, verbatim quote and
// attribution chain, its levels side by side from the innermost speaker out to the article (the
// model's order, as in details), joint speakers together in one level. Filters by speaker, speech
// act, factuality and narrator's voice; a claim selects its node, so the graph and text follow.
// In a corpus each claim names its stories, and a story filter (one story, or the story shown in
// the article) answers as `storygraph claims --story ID` does.
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { FACTUALITY } from '../../../src/model/factuality.js';
import type { Factuality } from '../../../src/model/index.js';
import { SPEECH_ACTS, SPEECH_ACT_VALUES, type SpeechAct } from '../../../src/model/speech-acts.js';
import { VOICES } from '../../../src/model/voices.js';
import { claims, type ClaimResult } from '../../../src/queries/claims.js';
import type { CorpusIndex } from '../corpus-index.js';
import type { AttributionStep } from '../../../src/queries/describe.js';
import { nodeButton, quoteButton, type DetailActions } from '../details-parts.js';
import { clear, el } from '../dom.js';
import type { State } from '../state.js';
import { bringIntoSight } from './scroll-parent.js';
import type { CreateView, ResearchViewContext } from './registry.js';
import './research.css';

/** The chain's levels from the innermost speaker out to the article; agents of a level (joint speakers) share it. */
export function chainSteps(attribution: readonly AttributionStep[]): AttributionStep[][] {
  const steps: AttributionStep[][] = [];
  for (const link of attribution) {
    const last = steps.at(-1);
    if (last && link.level === last[0]!.level) last.push(link);
    else steps.push([link]);
  }
  return steps;
}

function chainView(graph: StoryGraph, c: ClaimResult, act: DetailActions): HTMLElement {
  const ol = el('ol', { class: 'attr-chain', 'aria-label': 'Attribution chain, speaker first, the article last' });
  for (const step of chainSteps(c.attribution)) {
    const li = el('li', {
      class: `attr-step role-${step[0]!.role}`,
      'data-role': step[0]!.role,
      'data-level': step[0]!.level,
      'data-agents': step.map((l) => l.agent).join(' '),
      title: `level ${step[0]!.level}: “${step[0]!.cue.exact}”`,
    });
    step.forEach((link, i) => {
      if (i > 0) li.append(el('span', { class: 'muted' }, ' & '));
      li.append(nodeButton(graph, link.agent, act));
      if (!link.explicit) li.append(el('span', { class: 'muted', title: 'implied by the text, not named there' }, ' (implied)'));
    });
    li.append(el('span', { class: 'attr-role' }, step[0]!.role));
    ol.append(li);
  }
  return ol;
}

/** The stories that tell a claim, by publisher ("Taiwan News, Test Wire"), in a corpus. */
function storiesOf(graph: StoryGraph, id: string, corpus: CorpusIndex): HTMLElement | null {
  if (!corpus.many || !graph.hasNode(id)) return null;
  const ids = graph.getNodeAttribute(id, 'stories');
  const names = ids.map((s) => corpus.ref(s)?.publisher.label ?? s);
  return el('p', { class: 'claim-stories muted', 'data-stories': ids.join(' ') }, `in ${names.join(', ')}`);
}

function claimCard(graph: StoryGraph, c: ClaimResult, act: DetailActions, corpus: CorpusIndex): HTMLElement {
  const head = el(
    'button',
    { type: 'button', class: 'claim-head', 'data-select': c.id, title: 'Select this claim in the graph and the article' },
    el('span', { class: 'claim-speakers' }, c.speakers.map((s) => s.label).join(' & ') || 'unattributed'),
    c.cue ? el('span', { class: 'claim-cue' }, ` ${c.cue.exact}`) : null,
    c.act ? el('span', { class: `badge act act-${c.act}`, title: SPEECH_ACTS[c.act] }, c.act) : null,
    c.voice ? el('span', { class: `badge voice voice-${c.voice}`, title: VOICES[c.voice] }, c.voice) : null,
    c.factuality ? el('span', { class: `badge fact-${c.factuality}`, title: FACTUALITY[c.factuality] }, c.factuality) : null,
  );
  head.addEventListener('click', () => act.select({ kind: 'node', id: c.id }));
  return el(
    'li',
    { class: 'claim', 'data-id': c.id },
    head,
    storiesOf(graph, c.id, corpus),
    el('p', { class: 'claim-content' }, c.content),
    c.quote ? el('p', { class: 'claim-quote' }, quoteButton(c.quote, act)) : null,
    c.condition
      ? el(
          'p',
          { class: 'claim-condition muted' },
          `if ${c.condition.text}`,
          c.condition.event ? el('span', {}, ' → ', nodeButton(graph, c.condition.event, act)) : null,
        )
      : null,
    chainView(graph, c, act),
  );
}

/** Speakers that have a claim, by label, with their claim counts. */
function speakerOptions(all: readonly ClaimResult[]): { id: string; label: string; count: number }[] {
  const by = new Map<string, { id: string; label: string; count: number }>();
  for (const c of all)
    for (const s of c.speakers) {
      const e = by.get(s.id) ?? { id: s.id, label: s.label, count: 0 };
      e.count++;
      by.set(s.id, e);
    }
  return [...by.values()].sort((a, b) => a.label.localeCompare(b.label, 'en') || (a.id < b.id ? -1 : 1));
}

export const createClaimsView: CreateView = (container: HTMLElement, ctx: ResearchViewContext) => {
  const { graph } = ctx;
  const act: DetailActions = { select: (s) => ctx.select(s), reveal: (e) => ctx.reveal(e) };
  const all = claims(graph);
  const speaker = el('select', { id: 'claims-speaker' }, el('option', { value: '' }, 'any speaker'));
  for (const s of speakerOptions(all)) speaker.append(el('option', { value: s.id }, `${s.label} (${s.count})`));
  const speechAct = el('select', { id: 'claims-act' }, el('option', { value: '' }, 'any act'));
  const present = new Set(all.flatMap((c) => (c.act ? [c.act] : [])));
  for (const a of SPEECH_ACT_VALUES.filter((x) => present.has(x))) speechAct.append(el('option', { value: a, title: SPEECH_ACTS[a] }, a));
  const factuality = el('select', { id: 'claims-factuality' }, el('option', { value: '' }, 'any factuality'));
  for (const f of [...new Set(all.flatMap((c) => (c.factuality ? [c.factuality] : [])))].sort()) factuality.append(el('option', { value: f }, f));
  // The story filter: any, the one shown in the article (follows it), or one by name.
  const SHOWN = '@shown';
  const story = el('select', { id: 'claims-story' }, el('option', { value: '' }, 'any story'), el('option', { value: SHOWN }, 'the story shown'));
  for (const s of ctx.corpus.list) story.append(el('option', { value: s.id }, s.title));
  const storyPick = ctx.corpus.many && !ctx.corpus.large ? el('label', {}, 'Story ', story) : null;
  const storyOf = (state: State): string | undefined => (story.value === SHOWN ? state.story : story.value || undefined);
  const count = el('span', { class: 'rv-count', role: 'status' });
  const list = el('ol', { class: 'claim-list', 'aria-label': 'Claims in text order' });
  clear(container);
  container.append(
    el(
      'div',
      { class: 'rv-controls' },
      el('label', {}, 'Speaker ', speaker),
      el('label', {}, 'Act ', speechAct),
      el('label', {}, 'Factuality ', factuality),
      storyPick,
      count,
    ),
    list,
  );

  const isFactuality = (v: string): v is Factuality => Object.hasOwn(FACTUALITY, v);
  const isAct = (v: string): v is SpeechAct => Object.hasOwn(SPEECH_ACTS, v);
  // One story's claims come from its subgraph (src/queries/story-subgraph.ts, as `claims --story`),
  // loaded when a story is first picked: most readers never filter by story.
  let drawn = 0;
  const draw = (): void => {
    const wanted = storyPick ? storyOf(ctx.store.state) : undefined;
    const turn = ++drawn;
    if (wanted === undefined) {
      drawFrom(graph);
      return;
    }
    void import('../../../src/queries/story-subgraph.js').then(({ storySubgraph }) => {
      if (turn === drawn) drawFrom(storySubgraph(graph, wanted));
    });
  };
  const drawFrom = (source: StoryGraph): void => {
    const shown = claims(source, {
      speaker: speaker.value || undefined,
      factuality: isFactuality(factuality.value) ? factuality.value : undefined,
      act: isAct(speechAct.value) ? speechAct.value : undefined,
    });
    clear(list);
    for (const c of shown) list.append(claimCard(graph, c, act, ctx.corpus));
    count.textContent = `${shown.length} of ${all.length} claims`;
    mark(ctx.store.state, false);
  };
  const mark = (state: State, scroll: boolean): void => {
    const id = state.selection?.kind === 'node' ? state.selection.id : null;
    for (const li of list.querySelectorAll<HTMLElement>('li.claim')) {
      const on = li.dataset.id === id;
      if (on) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
      if (on && scroll) bringIntoSight(li);
    }
  };
  speaker.addEventListener('change', draw);
  factuality.addEventListener('change', draw);
  speechAct.addEventListener('change', draw);
  story.addEventListener('change', draw);
  draw();
  return {
    render(state, previous) {
      if (previous && previous.story !== state.story && story.value === SHOWN) draw();
      if (previous && previous.selection === state.selection) return;
      mark(state, true);
    },
  };
};
