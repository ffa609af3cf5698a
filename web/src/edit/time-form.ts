// Time of… (T): the picked words date the selected event, claim or relation. The EDTF typed is
// read back at once as its earliest and latest days, so the curator sees what it means.
import { el } from '../dom.js';
import { labelOf } from '../labels.js';
import { needPicked } from './article-pick.js';
import { setTime } from './doc-changes.js';
import type { Editing } from './edit-context.js';
import { describeBounds } from './edtf-bounds.js';
import { fieldValue, input } from './form-parts.js';
import { quoteFor } from './quote-for.js';

export function openTime(ed: Editing): void {
  const p = needPicked(ed);
  const sel = ed.store.state.selection;
  if (!p) return;
  if (!sel) {
    ed.say('Select the event, claim or relation first');
    return;
  }
  const { graph, session } = ed;
  const text = ed.storyText(p.story);
  const words = text.slice(p.start, p.end);
  const bounds = el('output', { id: 'edit-time-bounds', class: 'ef-bounds', 'aria-live': 'polite' });
  const form = ed.openDialog(
    `Time of ${labelOf(graph, sel)}`,
    [
      input('edtf', 'EDTF date or interval', '', { placeholder: '2024-03-04, 2024-06/..' }),
      el('p', { class: 'ef-hint' }, 'Bounds: ', bounds),
      input('expression', 'Expression (as the text has it)', words),
    ],
    'Save time',
    async (f) =>
      session.change(p.story, `time of ${labelOf(graph, sel)}`, (doc) =>
        setTime(doc, sel.kind, sel.id, {
          edtf: fieldValue(f, 'edtf'),
          expression: fieldValue(f, 'expression') || words,
          evidence: [quoteFor(text, p.start, p.end)],
        }),
      ),
  );
  const edtf = form.querySelector<HTMLInputElement>('[name="edtf"]')!;
  edtf.addEventListener('input', () => {
    bounds.textContent = describeBounds(edtf.value);
  });
}
