// The URL's hash holds the selection, the filters and the research view, so a view can be
// shared, a reload restores it and back/forward step through selections and views:
//   #sel=person/mark-esper&hide=article,region&rel=-about&fact=asserted&claims=off&story=<id>
//   &noact=deny,urge&novoice=reported (speech acts and narrator's voices hidden)
//   &view=compare&compare=<story>,<story> (the two stories compared)
//   &view=path&from=<id>&to=<id>&via=claims,about&alt=2&focus=<id>&depth=2&exp=<id>,<id>&rest=hide
// Lists name what is hidden (node and relation types) or what is shown (factuality), whichever
// stays short for the usual case ("asserted only" is fact=asserted). Ids are not checked against
// the graph here (main.ts drops those it does not have); values outside the model are ignored.
import type { Factuality, NodeType, RelationType } from '../../src/model/index.js';
import type { ComparePick, Filters, Focus, FocusDepth, PathPick, Selection } from './state.js';
import { PATH_CROSSINGS } from '../../src/queries/path-crossings.js';
import { SPEECH_ACT_VALUES } from '../../src/model/speech-acts.js';
import { VOICE_VALUES } from '../../src/model/voices.js';
import { VIEW_IDS, type ViewId } from './views/registry.js';

export interface UrlState {
  selection: string | null;
  filters: Filters;
  story: string | null;
  view: ViewId | null;
  focus: Focus | null;
  path: PathPick | null;
  compare: ComparePick | null;
}

/** What the hash holds besides selection, filters and story. */
export interface ResearchState {
  view: ViewId | null;
  focus: Focus | null;
  path: PathPick | null;
  compare?: ComparePick | null | undefined;
}

/** compare=A,B: the two stories of the Compare view (story ids hold no comma). */
function parseCompare(value: string | null): ComparePick | null {
  const [a, b, ...rest] = (value ?? '').split(',');
  return a && b && rest.length === 0 ? { a, b } : null;
}

export interface Vocabulary {
  nodeTypes: readonly NodeType[];
  relationTypes: readonly RelationType[];
  factuality: readonly Factuality[];
}

function list<T extends string>(value: string | null, allowed: readonly T[]): Set<T> {
  const out = new Set<T>();
  for (const v of (value ?? '').split(',')) if ((allowed as readonly string[]).includes(v)) out.add(v as T);
  return out;
}

const DEPTHS: readonly FocusDepth[] = [1, 2, 3];

function parseFocus(params: URLSearchParams): Focus | null {
  const id = params.get('focus');
  if (!id) return null;
  const depth = DEPTHS.find((d) => String(d) === params.get('depth')) ?? 1;
  const expanded = [...new Set((params.get('exp') ?? '').split(',').filter((x) => x && x !== id))].sort();
  return { id, depth, expanded, hide: params.get('rest') === 'hide' };
}

function parsePath(params: URLSearchParams): PathPick | null {
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  if (!from && !to) return null;
  const alt = Number(params.get('alt') ?? '1');
  const via = list(params.get('via'), PATH_CROSSINGS);
  return { from, to, index: Number.isInteger(alt) && alt >= 1 && alt <= 1000 ? alt - 1 : 0, via: PATH_CROSSINGS.filter((c) => via.has(c)) };
}

export function parseHash(hash: string, vocab: Vocabulary): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fact = params.get('fact');
  const shown = fact === null ? new Set(vocab.factuality) : list(fact, vocab.factuality);
  const view = params.get('view');
  return {
    selection: params.get('sel') || null,
    story: params.get('story') || null,
    filters: {
      hiddenNodeTypes: list(params.get('hide'), vocab.nodeTypes),
      hiddenRelationTypes: list((params.get('rel') ?? '').replace(/(^|,)-/g, '$1'), vocab.relationTypes),
      hiddenFactuality: new Set(vocab.factuality.filter((f) => !shown.has(f))),
      hiddenActs: list(params.get('noact'), SPEECH_ACT_VALUES),
      hiddenVoices: list(params.get('novoice'), VOICE_VALUES),
      claims: params.get('claims') !== 'off',
      drafts: params.get('drafts') !== 'off',
    },
    view: VIEW_IDS.find((v) => v === view) ?? null,
    focus: parseFocus(params),
    path: parsePath(params),
    compare: parseCompare(params.get('compare')),
  };
}

const NONE: ResearchState = { view: null, focus: null, path: null };

export function formatHash(selection: Selection | null, filters: Filters, story: string | null, vocab: Vocabulary, research: ResearchState = NONE): string {
  const parts: string[] = [];
  // URLSearchParams would encode "/" too; ids are [a-z0-9/#-], so encode only what needs it.
  const enc = (s: string) => encodeURIComponent(s).replace(/%2F/g, '/');
  if (selection) parts.push(`sel=${enc(selection.id)}`);
  const sorted = <T extends string>(set: ReadonlySet<T>, order: readonly T[]) => order.filter((x) => set.has(x));
  if (filters.hiddenNodeTypes.size) parts.push(`hide=${sorted(filters.hiddenNodeTypes, vocab.nodeTypes).join(',')}`);
  if (filters.hiddenRelationTypes.size)
    parts.push(
      `rel=${sorted(filters.hiddenRelationTypes, vocab.relationTypes)
        .map((r) => `-${r}`)
        .join(',')}`,
    );
  if (filters.hiddenFactuality.size) parts.push(`fact=${vocab.factuality.filter((f) => !filters.hiddenFactuality.has(f)).join(',')}`);
  if (filters.hiddenActs.size) parts.push(`noact=${sorted(filters.hiddenActs, SPEECH_ACT_VALUES).join(',')}`);
  if (filters.hiddenVoices.size) parts.push(`novoice=${sorted(filters.hiddenVoices, VOICE_VALUES).join(',')}`);
  if (!filters.claims) parts.push('claims=off');
  if (!filters.drafts) parts.push('drafts=off');
  if (story) parts.push(`story=${enc(story)}`);
  const { view, focus, path, compare } = research;
  if (view) parts.push(`view=${view}`);
  if (compare) parts.push(`compare=${enc(compare.a)},${enc(compare.b)}`);
  if (path?.from) parts.push(`from=${enc(path.from)}`);
  if (path?.to) parts.push(`to=${enc(path.to)}`);
  if (path?.via.length) parts.push(`via=${PATH_CROSSINGS.filter((c) => path.via.includes(c)).join(',')}`);
  if (path && path.index > 0) parts.push(`alt=${path.index + 1}`);
  if (focus) {
    parts.push(`focus=${enc(focus.id)}`, `depth=${focus.depth}`);
    if (focus.expanded.length) parts.push(`exp=${[...focus.expanded].sort().map(enc).join(',')}`);
    if (focus.hide) parts.push('rest=hide');
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
