// The edit bar under the header (undo, redo, the find box, relation, edit, delete, the review queue,
// help and the status line) and the help overlay listing the keys. Which buttons are enabled is
// derived from the session and the selection each time something changes.
import { el } from '../dom.js';
import { labelOf } from '../labels.js';
import type { Editing } from './edit-context.js';
import { KEY_HELP } from './edit-keys.js';

export type EditBar = ReturnType<typeof editBar>;

/** The bar's elements and the help overlay, not yet in the page. */
export function editBar() {
  const status = el('span', { id: 'edit-status', class: 'edit-status', role: 'status', 'aria-live': 'polite' });
  const undo = el('button', { type: 'button', id: 'edit-undo', title: 'Undo (Ctrl+Z)', disabled: true }, 'Undo');
  const redo = el('button', { type: 'button', id: 'edit-redo', title: 'Redo (Ctrl+Shift+Z)', disabled: true }, 'Redo');
  const find = el('input', {
    id: 'edit-find',
    type: 'search',
    placeholder: 'Find words to annotate (F)',
    'aria-label': 'Find words in the article to annotate',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const review = el('button', { type: 'button', id: 'edit-review', 'aria-expanded': 'false', title: 'Review drafts (R)' }, 'Review drafts');
  const relationStart = el(
    'button',
    { type: 'button', id: 'edit-relation-start', title: 'The selected node starts a relation (S)', disabled: true },
    'Relation from…',
  );
  const relation = el('button', { type: 'button', id: 'edit-relation', title: 'New relation to the selected node (L)', disabled: true }, 'New relation');
  const edit = el('button', { type: 'button', id: 'edit-fields', title: 'Edit the selected element (E)', disabled: true }, 'Edit');
  const del = el('button', { type: 'button', id: 'edit-delete', title: 'Delete the selected element (Delete)', disabled: true }, 'Delete');
  const helpOpen = el('button', { type: 'button', id: 'edit-help-open', title: 'Keys (?)' }, '?');
  const bar = el(
    'div',
    { id: 'edit-bar', class: 'edit-bar', role: 'toolbar', 'aria-label': 'Edit mode' },
    el('strong', { class: 'edit-mode-label' }, 'Edit mode'),
    undo,
    redo,
    find,
    relationStart,
    relation,
    edit,
    del,
    review,
    helpOpen,
    status,
  );
  const help = el(
    'dialog',
    { id: 'edit-help', class: 'edit-dialog', 'aria-label': 'Edit mode keys' },
    el('h2', {}, 'Edit mode keys'),
    el('table', {}, el('tbody', {}, ...KEY_HELP.map(([k, d]) => el('tr', {}, el('th', {}, k), el('td', {}, d))))),
    el('form', { method: 'dialog' }, el('button', { type: 'submit' }, 'Close')),
  );
  return { bar, status, undo, redo, find, review, relationStart, relation, edit, del, helpOpen, help };
}

/** Enables the buttons that can act now: undo/redo by the history, the rest by the selection. */
export function updateBar(b: EditBar, ed: Editing): void {
  const { session, state } = ed;
  b.undo.disabled = !session.canUndo;
  b.redo.disabled = !session.canRedo;
  const sel = ed.store.state.selection;
  b.edit.disabled = b.del.disabled = !sel;
  b.relationStart.disabled = sel?.kind !== 'node';
  b.relation.disabled = !state.relationStart || !sel || sel.kind !== 'node' || sel.id === state.relationStart;
  b.relation.textContent = state.relationStart ? `New relation from ${labelOf(ed.graph, { kind: 'node', id: state.relationStart })}` : 'New relation';
}
