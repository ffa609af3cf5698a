// Editing and deleting the selected element as annotations.json defines it: every scalar field in
// a row (id and type read-only), or all fields as JSON; a delete lists what depends on the element
// first (relations go with a node; claims and records that name it must be changed before).
import { FACTUALITY_VALUES } from '../../../src/model/factuality.js';
import { el } from '../dom.js';
import { labelOf } from '../labels.js';
import { deleteElement, dependents, recordOf, replaceRecord } from './doc-changes.js';
import type { Editing } from './edit-context.js';
import { fieldValue, input, select, textarea } from './form-parts.js';

/** Edit (E): the selected element's fields; asCorrection marks a reviewed draft as corrected. */
export async function openEdit(ed: Editing, asCorrection = false): Promise<void> {
  const { graph, store, session } = ed;
  const sel = store.state.selection;
  if (!sel) {
    ed.say('Select a node or relation first');
    return;
  }
  const story = store.state.story;
  const doc = await session.load(story);
  const rec = recordOf(doc, sel.kind, sel.id);
  if (!rec) {
    ed.say(`${sel.id} is not defined in this story's annotations.json`);
    return;
  }
  const fixed = new Set(['id', 'type']);
  const scalars = Object.entries(rec).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean');
  const rows = scalars.map(([k, v]) => {
    const row = k === 'factuality' ? select(k, k, FACTUALITY_VALUES, String(v)) : input(k, k, String(v), fixed.has(k) ? { readonly: true } : {});
    if (!fixed.has(k) && !['label', 'content', 'factuality', 'source', 'target'].includes(k)) {
      const del = el('button', { type: 'button', class: 'ef-del', 'aria-label': `Delete the field ${k}`, 'data-delete': k }, '×');
      del.addEventListener('click', () => {
        row.dataset.deleted = 'true';
        row.hidden = true;
        del.hidden = true;
      });
      row.append(del);
    }
    return row;
  });
  const json = textarea('json', 'Every field as JSON (edit freely)', JSON.stringify(rec, null, 2), 12);
  const original = JSON.stringify(rec, null, 2);
  ed.openDialog(`Edit ${labelOf(graph, sel)}`, [...rows, el('details', {}, el('summary', {}, 'All fields (JSON)'), json)], 'Save', async (form) => {
    let next: Record<string, unknown>;
    const typed = form.querySelector<HTMLTextAreaElement>('[name="json"]')!.value;
    if (typed !== original) {
      try {
        next = JSON.parse(typed) as Record<string, unknown>;
      } catch {
        throw new Error('the JSON of the fields is not valid JSON');
      }
    } else {
      next = { ...rec };
      for (const [k, v] of scalars) {
        const row = form.querySelector<HTMLElement>(`[data-field="${CSS.escape(k)}"]`)?.closest<HTMLElement>('.ef-row');
        if (row?.dataset.deleted) {
          delete next[k];
          continue;
        }
        const val = fieldValue(form, k);
        next[k] = typeof v === 'number' ? Number(val) : typeof v === 'boolean' ? val === 'true' : val;
      }
    }
    const draft = next.draft as { review?: string } | undefined;
    if (draft && (asCorrection || !draft.review)) next.draft = { ...draft, review: 'corrected' };
    return session.change(story, `edit ${sel.id}`, (d) => replaceRecord(d, sel.kind, sel.id, next));
  });
}

/** Delete (Delete): the selected element, after showing what depends on it. */
export async function openDelete(ed: Editing): Promise<void> {
  const { graph, store, session } = ed;
  const sel = store.state.selection;
  if (!sel) {
    ed.say('Select a node or relation first');
    return;
  }
  const story = store.state.story;
  const doc = await session.load(story);
  if (!recordOf(doc, sel.kind, sel.id)) {
    ed.say(`${sel.id} is not defined in this story's annotations.json`);
    return;
  }
  const deps = sel.kind === 'node' ? dependents(doc, sel.id) : { relations: [], claims: [], others: [] };
  const list = el('ul', { id: 'edit-dependents' });
  for (const r of deps.relations) list.append(el('li', {}, `relation ${r} (deleted with it)`));
  for (const c of deps.claims) list.append(el('li', {}, `claim ${c}: its attribution chain names it (change the chain first)`));
  for (const o of deps.others) list.append(el('li', {}, `${o}: names it as a source or condition (change it first)`));
  ed.openDialog(
    `Delete ${labelOf(graph, sel)}?`,
    [el('p', {}, deps.relations.length + deps.claims.length + deps.others.length ? 'These depend on it:' : 'Nothing else depends on it.'), list],
    'Delete',
    async () => {
      const ok = await session.change(story, `delete ${sel.id}`, (d) => deleteElement(d, sel.kind, sel.id));
      if (ok) ed.host.select(null);
      return ok;
    },
  );
}
