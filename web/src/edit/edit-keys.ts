// The keys of edit mode, in one place: the table the help overlay shows and the map from key to
// action. Keys act only outside text fields and while no dialog is open; Ctrl+Z / Ctrl+Shift+Z
// (or Ctrl+Y) undo and redo saved changes, except in a field where they undo its typing.

/** The help overlay's rows: the key, what it does. */
export const KEY_HELP: readonly [string, string][] = [
  ['Ctrl+Z / Ctrl+Shift+Z', 'undo / redo (saved changes too)'],
  ['F', 'find words in the article and pick them (Enter: next occurrence)'],
  ['M', 'mention of… (the picked words)'],
  ['V', 'evidence for the selected node or relation'],
  ['C', 'new claim (the picked words are its cue)'],
  ['T', 'time of the selected event, claim or relation'],
  ['S then L', 'S: the selected node is the start of a relation; L: new relation to the selected node'],
  ['E / Delete', 'edit / delete the selected element'],
  ['R', 'open or close the review queue'],
  ['J / K', 'next / previous draft'],
  ['A / X', 'accept / reject the draft shown (E corrects it)'],
  ['?', 'this help'],
];

/** What the keys do; edit-mode.ts gives each its action. */
export interface EditActions {
  undo(): void;
  redo(): void;
  find(): void;
  mention(): void;
  evidence(): void;
  claim(): void;
  time(): void;
  relationStart(): void;
  relation(): void;
  edit(): void;
  delete(): void;
  review(): void;
  next(): void;
  previous(): void;
  accept(): void;
  reject(): void;
  help(): void;
}

/** The key (e.key, lower case) for each action but undo and redo. */
const KEY_MAP: Record<string, Exclude<keyof EditActions, 'undo' | 'redo'>> = {
  f: 'find',
  m: 'mention',
  v: 'evidence',
  c: 'claim',
  t: 'time',
  s: 'relationStart',
  l: 'relation',
  e: 'edit',
  delete: 'delete',
  r: 'review',
  j: 'next',
  k: 'previous',
  a: 'accept',
  x: 'reject',
  '?': 'help',
};

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** Listens for the keys on the document; paused is true while a dialog is open. */
export function bindEditKeys(paused: () => boolean, actions: EditActions): void {
  document.addEventListener('keydown', (e) => {
    if (paused()) return;
    // Escape leaves the search box (its list already closed), so the edit keys work next.
    if (e.key === 'Escape' && e.target instanceof HTMLInputElement && e.target.id === 'search-input') {
      e.target.blur();
      return;
    }
    const k = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (k === 'z' || k === 'y')) {
      if (typing(e.target)) return;
      e.preventDefault();
      if (k === 'y' || e.shiftKey) actions.redo();
      else actions.undo();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const act = Object.hasOwn(KEY_MAP, k) ? KEY_MAP[k] : undefined;
    if (act) {
      e.preventDefault();
      actions[act]();
    }
  });
}
