// The filters: node types, relation types, factuality values, claims' speech acts and the
// narrator's voices present in the graph (with counts), "asserted only" in one click, and the
// claims layer on or off. Each control is a
// labelled checkbox or button, so the keyboard and screen readers reach all of them.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { FACTUALITY, FACTUALITY_VALUES } from '../../src/model/factuality.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES } from '../../src/model/relation-types.js';
import { SPEECH_ACTS, SPEECH_ACT_VALUES } from '../../src/model/speech-acts.js';
import { VOICES, VOICE_VALUES } from '../../src/model/voices.js';
import { el } from './dom.js';
import { edgeSample, typeGlyph } from './legend-view.js';
import { NO_FILTERS, type Filters, type State } from './state.js';
import { isDraft } from './visibility.js';

export interface FiltersView {
  render(state: State): void;
}

function counts<T extends string>(values: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.delete(value);
  else next.add(value);
  return next;
}

export function createFiltersView(root: HTMLElement, graph: StoryGraph, onChange: (f: Filters) => void, current: () => Filters): FiltersView {
  const nodeCounts = counts(graph.mapNodes((_, a) => a.type));
  const relCounts = counts(graph.mapEdges((_, a) => a.type));
  const factCounts = counts(graph.mapEdges((_, a) => a.factuality));
  const actCounts = counts(graph.filterNodes((_, a) => !!a.act).map((id) => graph.getNodeAttribute(id, 'act')!));
  const voiceCounts = counts([...graph.mapNodes((_, a) => a.voice), ...graph.mapEdges((_, a) => a.voice)].filter((v) => v !== undefined));
  const boxes: { input: HTMLInputElement; checked: (f: Filters) => boolean }[] = [];

  function box(
    name: string,
    id: string,
    label: Node[],
    count: number,
    title: string,
    checked: (f: Filters) => boolean,
    change: (f: Filters, on: boolean) => Filters,
  ): HTMLElement {
    const input = el('input', { type: 'checkbox', id, name });
    input.addEventListener('change', () => onChange(change(current(), input.checked)));
    boxes.push({ input, checked });
    return el('li', {}, el('label', { for: id, title }, input, ...label, el('span', { class: 'count' }, String(count))));
  }

  const quick = el('div', { class: 'quick' });
  const assertedOnly = el('button', { type: 'button', id: 'asserted-only', 'aria-pressed': 'false' }, 'Asserted only');
  assertedOnly.addEventListener('click', () => {
    const f = current();
    const only = new Set(FACTUALITY_VALUES.filter((v) => v !== 'asserted'));
    const isOnly = f.hiddenFactuality.size === only.size && [...only].every((v) => f.hiddenFactuality.has(v));
    onChange({ ...f, hiddenFactuality: isOnly ? new Set() : only });
  });
  const reset = el('button', { type: 'button', id: 'show-all' }, 'Show all');
  reset.addEventListener('click', () => onChange(NO_FILTERS));
  quick.append(assertedOnly, reset);

  const claims = el(
    'ul',
    { class: 'checks' },
    box(
      'claims',
      'f-claims',
      [el('span', {}, 'Claims layer')],
      nodeCounts.get('claim') ?? 0,
      'Claim nodes and their attribution links',
      (f) => f.claims,
      (f, on) => ({ ...f, claims: on }),
    ),
  );
  const drafted = graph.filterNodes((_, a) => isDraft(a)).length + graph.filterEdges((_, a) => isDraft(a)).length;
  if (drafted) {
    claims.append(
      box(
        'drafts',
        'f-drafts',
        [el('span', { class: 'draft-sample' }, 'Drafts (awaiting review)')],
        drafted,
        'Elements drafted by storygraph add that no reviewer has accepted: nodes with a dashed amber outline, links with an amber halo',
        (f) => f.drafts,
        (f, on) => ({ ...f, drafts: on }),
      ),
    );
  }
  const types = el('ul', { class: 'checks', 'aria-label': 'Node types' });
  for (const t of NODE_TYPE_NAMES.filter((x) => nodeCounts.has(x))) {
    types.append(
      box(
        'node-type',
        `f-node-${t}`,
        [typeGlyph(t), el('span', {}, t)],
        nodeCounts.get(t)!,
        t,
        (f) => !f.hiddenNodeTypes.has(t),
        (f, on) => ({ ...f, hiddenNodeTypes: toggled(f.hiddenNodeTypes, t, on) }),
      ),
    );
  }
  const facts = el('ul', { class: 'checks', 'aria-label': 'Factuality' });
  for (const v of FACTUALITY_VALUES.filter((x) => factCounts.has(x))) {
    facts.append(
      box(
        'factuality',
        `f-fact-${v}`,
        [edgeSample(v), el('span', {}, v)],
        factCounts.get(v)!,
        FACTUALITY[v],
        (f) => !f.hiddenFactuality.has(v),
        (f, on) => ({ ...f, hiddenFactuality: toggled(f.hiddenFactuality, v, on) }),
      ),
    );
  }
  const rels = el('ul', { class: 'checks', 'aria-label': 'Relation types' });
  for (const r of RELATION_TYPE_NAMES.filter((x) => relCounts.has(x))) {
    rels.append(
      box(
        'relation-type',
        `f-rel-${r}`,
        [el('span', {}, r.replace(/_/g, ' '))],
        relCounts.get(r)!,
        RELATION_TYPES[r].description,
        (f) => !f.hiddenRelationTypes.has(r),
        (f, on) => ({ ...f, hiddenRelationTypes: toggled(f.hiddenRelationTypes, r, on) }),
      ),
    );
  }
  const acts = el('ul', { class: 'checks', 'aria-label': 'Speech acts of claims' });
  for (const v of SPEECH_ACT_VALUES.filter((x) => actCounts.has(x))) {
    acts.append(
      box(
        'act',
        `f-act-${v}`,
        [el('span', { class: `badge act act-${v}` }, v)],
        actCounts.get(v)!,
        SPEECH_ACTS[v],
        (f) => !f.hiddenActs.has(v),
        (f, on) => ({ ...f, hiddenActs: toggled(f.hiddenActs, v, on) }),
      ),
    );
  }
  const voices = el('ul', { class: 'checks', 'aria-label': "Narrator's voice" });
  for (const v of VOICE_VALUES.filter((x) => voiceCounts.has(x))) {
    voices.append(
      box(
        'voice',
        `f-voice-${v}`,
        [el('span', { class: `badge voice voice-${v}` }, v)],
        voiceCounts.get(v)!,
        VOICES[v],
        (f) => !f.hiddenVoices.has(v),
        (f, on) => ({ ...f, hiddenVoices: toggled(f.hiddenVoices, v, on) }),
      ),
    );
  }
  const group = (title: string, id: string, body: HTMLElement) => el('fieldset', { id }, el('legend', {}, title), body);
  root.append(
    quick,
    group('Layers', 'fs-claims', claims),
    group('Factuality', 'fs-fact', facts),
    ...(actCounts.size ? [group('Speech acts (claims)', 'fs-acts', acts)] : []),
    ...(voiceCounts.size ? [group("Narrator's voice", 'fs-voices', voices)] : []),
    group('Node types', 'fs-types', types),
    group('Relation types', 'fs-rels', rels),
  );

  return {
    render(state) {
      for (const b of boxes) b.input.checked = b.checked(state.filters);
      const f = state.filters;
      const only = FACTUALITY_VALUES.every((v) => (v === 'asserted') !== f.hiddenFactuality.has(v));
      assertedOnly.setAttribute('aria-pressed', String(only));
    },
  };
}
