// The one edit dialog every form opens in: a title, the fields, Save and Cancel. A submit is sent
// once at a time (the session is busy while saving); an error thrown by the form's check is shown
// in the form as a problem and the dialog stays open, so the curator's typing is never lost.
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { clear, el } from '../dom.js';
import type { OpenDialog } from './edit-context.js';
import type { EditSession } from './edit-session.js';
import { showProblems } from './form-parts.js';

/** The opener for the dialog element (its form replaces the one before). */
export function dialogOpener(dialog: HTMLDialogElement, session: EditSession): OpenDialog {
  return (title, body, submitText, submit) => {
    clear(dialog);
    const cancel = el('button', { type: 'button', class: 'ef-cancel' }, 'Cancel');
    cancel.addEventListener('click', () => dialog.close());
    const form = el(
      'form',
      { class: 'edit-form' },
      el('h2', { id: 'edit-dialog-title' }, title),
      ...body,
      el('div', { class: 'ef-actions' }, el('button', { type: 'submit', class: 'ef-submit' }, submitText), cancel),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (session.busy) return;
      void (async () => {
        try {
          const ok = await submit(form);
          if (ok !== false) dialog.close();
        } catch (err) {
          showProblems(form, [], { code: 'not-saved', message: err instanceof Error ? err.message : String(err) });
        }
      })();
    });
    dialog.append(form);
    dialog.showModal();
    form.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return form;
  };
}

/** A datalist of the graph's nodes (of the given types) for an id field to suggest from. */
export function nodeOptions(graph: StoryGraph, types?: readonly string[]): HTMLElement {
  const list = el('datalist', { id: `edit-nodes-${Math.random().toString(36).slice(2)}` });
  graph.forEachNode((id, a) => {
    if (!types || types.includes(a.type)) list.append(el('option', { value: id }, `${a.label} (${a.type})`));
  });
  return list;
}
