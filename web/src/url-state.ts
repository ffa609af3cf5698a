// The URL's hash holds the selection and the filters, so a view can be shared, a reload restores
// it and back/forward step through selections:
//   #sel=person/mark-esper&hide=article,region&rel=-about&fact=asserted&claims=off&story=<id>
// Lists name what is hidden (node and relation types) or what is shown (factuality), whichever
// stays short for the usual case ("asserted only" is fact=asserted).
import type { Factuality, NodeType, RelationType } from '../../src/model/index.js';
import type { Filters, Selection } from './state.js';

export interface UrlState {
  selection: string | null;
  filters: Filters;
  story: string | null;
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

export function parseHash(hash: string, vocab: Vocabulary): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fact = params.get('fact');
  const shown = fact === null ? new Set(vocab.factuality) : list(fact, vocab.factuality);
  return {
    selection: params.get('sel') || null,
    story: params.get('story') || null,
    filters: {
      hiddenNodeTypes: list(params.get('hide'), vocab.nodeTypes),
      hiddenRelationTypes: list((params.get('rel') ?? '').replace(/(^|,)-/g, '$1'), vocab.relationTypes),
      hiddenFactuality: new Set(vocab.factuality.filter((f) => !shown.has(f))),
      claims: params.get('claims') !== 'off',
    },
  };
}

export function formatHash(selection: Selection | null, filters: Filters, story: string | null, vocab: Vocabulary): string {
  const parts: string[] = [];
  // URLSearchParams would encode "/" too; ids are [a-z0-9/#-], so encode only what needs it.
  const enc = (s: string) => encodeURIComponent(s).replace(/%2F/g, '/');
  if (selection) parts.push(`sel=${enc(selection.id)}`);
  const sorted = <T extends string>(set: ReadonlySet<T>, order: readonly T[]) => order.filter((x) => set.has(x));
  if (filters.hiddenNodeTypes.size) parts.push(`hide=${sorted(filters.hiddenNodeTypes, vocab.nodeTypes).join(',')}`);
  if (filters.hiddenRelationTypes.size) parts.push(`rel=${sorted(filters.hiddenRelationTypes, vocab.relationTypes).map((r) => `-${r}`).join(',')}`);
  if (filters.hiddenFactuality.size) parts.push(`fact=${vocab.factuality.filter((f) => !filters.hiddenFactuality.has(f)).join(',')}`);
  if (!filters.claims) parts.push('claims=off');
  if (story) parts.push(`story=${enc(story)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
