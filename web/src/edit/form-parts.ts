// Small builders for the edit forms: labelled fields whose values are read back by name, and the
// place beside each field where a problem the server found (422) is shown. All text goes in as
// text (el() sets textContent and attributes one by one), never as HTML.
import { el } from '../dom.js';
import type { ServerProblem } from './edit-client.js';

export type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function input(name: string, label: string, value = '', attrs: Record<string, string | boolean> = {}): HTMLElement {
  const f = el('input', { name, value, 'data-field': name, autocomplete: 'off', spellcheck: 'false', ...attrs });
  return el('label', { class: 'ef-row' }, el('span', {}, label), f);
}

export function textarea(name: string, label: string, value = '', rows = 3): HTMLElement {
  const f = el('textarea', { name, rows, 'data-field': name, spellcheck: 'false' });
  f.value = value;
  return el('label', { class: 'ef-row' }, el('span', {}, label), f);
}

export function select(name: string, label: string, options: readonly (string | [string, string])[], value?: string): HTMLElement {
  const s = el('select', { name, 'data-field': name });
  for (const o of options) {
    const [v, text] = typeof o === 'string' ? [o, o] : o;
    s.append(el('option', { value: v }, text));
  }
  if (value !== undefined) s.value = value;
  return el('label', { class: 'ef-row' }, el('span', {}, label), s);
}

export function checkbox(name: string, label: string, checked: boolean): HTMLElement {
  return el('label', { class: 'ef-row ef-check' }, el('input', { type: 'checkbox', name, 'data-field': name, checked }), el('span', {}, label));
}

export const fieldValue = (form: HTMLElement, name: string): string => (form.querySelector<Field>(`[name="${CSS.escape(name)}"]`)?.value ?? '').trim();
export const checkedOf = (form: HTMLElement, name: string): boolean => form.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)?.checked ?? false;

/** The first key of a problem's place inside the element (`nodes[3].mentions[0]` → mentions). */
function fieldOf(where: string): string | undefined {
  const m = /^(?:nodes|relations)\[\d+\]\.?([A-Za-z$_][\w$]*)?/.exec(where);
  return m?.[1];
}

/** Shows each problem beside the field it is about (by the field's name), else at the top of the form. */
export function showProblems(form: HTMLElement, problems: readonly ServerProblem[], fallback?: { code: string; message: string }): void {
  for (const old of form.querySelectorAll('.ef-problem')) old.remove();
  const top = form.querySelector('.ef-problems') ?? form.insertBefore(el('div', { class: 'ef-problems', role: 'alert' }), form.firstChild);
  const list = problems.length ? problems : fallback ? [{ file: '', where: '', code: fallback.code, message: fallback.message }] : [];
  for (const p of list) {
    const note = el('p', { class: 'ef-problem', 'data-code': p.code }, el('code', {}, p.code), ' ', p.where ? `${p.where}: ` : '', p.message);
    const key = fieldOf(p.where);
    const field = key ? form.querySelector(`[data-field="${CSS.escape(key)}"], [data-field^="${CSS.escape(key)}."]`) : null;
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.closest('.ef-row')?.after(note);
    } else top.append(note);
  }
}
