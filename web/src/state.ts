// The explorer's state, explicit and small: what is selected, what is filtered out, which story
// is shown, which research view is open, the focus and the path picked. Views derive their
// appearance from it; actions are the only way to change it.
import type { Factuality, NodeType, RelationType, SpeechAct, Voice } from '../../src/model/index.js';
import type { PathCrossing } from '../../src/queries/path-crossings.js';
import type { ViewId } from './views/registry.js';

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface Filters {
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenRelationTypes: ReadonlySet<RelationType>;
  hiddenFactuality: ReadonlySet<Factuality>;
  /** Claims whose speech act is hidden. */
  hiddenActs: ReadonlySet<SpeechAct>;
  /** Elements whose narrator's voice is hidden (elements without a marked voice stay). */
  hiddenVoices: ReadonlySet<Voice>;
  /** The claims layer: claim nodes and their attribution links. */
  claims: boolean;
  /** Drafted elements (storygraph add) not yet reviewed. */
  drafts: boolean;
}

export type FocusDepth = 1 | 2 | 3;

/** The neighbourhood shown: `depth` steps around `id`, plus one step around each of `expanded`. */
export interface Focus {
  id: string;
  depth: FocusDepth;
  expanded: string[];
  /** Hide the rest of the graph rather than fade it. */
  hide: boolean;
}

/** The path's endpoints (either may still be unpicked), what it may cross, and which of the shortest paths (best supported first). */
export interface PathPick {
  from: string | null;
  to: string | null;
  index: number;
  /** Besides entities and events (src/queries/path.ts); empty: those only. */
  via: PathCrossing[];
}

/** A place of the article (code points) that was clicked: its other annotations are offered ("Also here"). */
export interface Place {
  story: string;
  start: number;
  end: number;
}

/** The two stories of the Compare view. */
export interface ComparePick {
  a: string;
  b: string;
}

export interface State {
  selection: Selection | null;
  /** The article place the selection was picked at, while its offer stands; null: none. */
  place: Place | null;
  filters: Filters;
  /** The story whose article is shown. */
  story: string;
  /** The open research view (a tab of the reading column); null: none. */
  view: ViewId | null;
  focus: Focus | null;
  path: PathPick | null;
  /** The two stories compared (the Compare view); null: its defaults. */
  compare?: ComparePick | null;
}

export const NO_FILTERS: Filters = {
  hiddenNodeTypes: new Set(),
  hiddenRelationTypes: new Set(),
  hiddenFactuality: new Set(),
  hiddenActs: new Set(),
  hiddenVoices: new Set(),
  claims: true,
  drafts: true,
};

export type Listener = (state: State, previous: State) => void;

export class Store {
  private current: State;
  private readonly listeners: Listener[] = [];

  constructor(initial: State) {
    this.current = initial;
  }

  get state(): State {
    return this.current;
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  set(patch: Partial<State>): void {
    const previous = this.current;
    this.current = { ...previous, ...patch };
    for (const l of this.listeners) l(this.current, previous);
  }
}

export function isPlace(v: unknown): v is Place {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.story === 'string' && Number.isInteger(p.start) && Number.isInteger(p.end);
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

const sameSet = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Equal filters: back and forward keep the same object, so views do not restyle every element. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a === b ||
    (a.claims === b.claims &&
      a.drafts === b.drafts &&
      sameSet(a.hiddenNodeTypes, b.hiddenNodeTypes) &&
      sameSet(a.hiddenRelationTypes, b.hiddenRelationTypes) &&
      sameSet(a.hiddenFactuality, b.hiddenFactuality) &&
      sameSet(a.hiddenActs, b.hiddenActs) &&
      sameSet(a.hiddenVoices, b.hiddenVoices))
  );
}
