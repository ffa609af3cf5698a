// The explorer's state, explicit and small: what is selected, what is filtered out, which story
// is shown. Views derive their appearance from it; actions are the only way to change it.
import type { Factuality, NodeType, RelationType } from '../../src/model/index.js';

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface Filters {
  hiddenNodeTypes: ReadonlySet<NodeType>;
  hiddenRelationTypes: ReadonlySet<RelationType>;
  hiddenFactuality: ReadonlySet<Factuality>;
  /** The claims layer: claim nodes and their attribution links. */
  claims: boolean;
}

export interface State {
  selection: Selection | null;
  filters: Filters;
  /** The story whose article is shown. */
  story: string;
}

export const NO_FILTERS: Filters = {
  hiddenNodeTypes: new Set(),
  hiddenRelationTypes: new Set(),
  hiddenFactuality: new Set(),
  claims: true,
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

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}
