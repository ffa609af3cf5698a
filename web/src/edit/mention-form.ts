// The picked words tied to what they are about: a mention of a node (an existing one, one another
// story defines, or a new entity made here), or evidence for the selected node or relation.
import { ENTITY_TYPES, type EntityType } from '../../../src/model/node-types.js';
import { MENTION_KINDS } from '../../../src/model/selector.js';
import { el } from '../dom.js';
import { labelOf } from '../labels.js';
import { needPicked } from './article-pick.js';
import { nodeOptions } from './dialog.js';
import { addEntity, addEvidence, addMention, findNode } from './doc-changes.js';
import type { Editing } from './edit-context.js';
import { fieldValue, input, select } from './form-parts.js';
import { quoteFor } from './quote-for.js';
import { copyNodeInto } from './shared-node.js';

/** Mention of… (M): the picked words name a node, or a new entity. */
export function openMention(ed: Editing): void {
  const p = needPicked(ed);
  if (!p) return;
  const { graph, session } = ed;
  const text = ed.storyText(p.story);
  const words = text.slice(p.start, p.end);
  const list = nodeOptions(graph, [...ENTITY_TYPES, 'event', 'claim']);
  ed.openDialog(
    `Mention: “${words}”`,
    [
      list,
      input('node', 'Of the node (id; empty: a new entity)', '', { list: list.id, placeholder: 'person/…' }),
      el(
        'fieldset',
        {},
        el('legend', {}, 'or a new entity'),
        select('type', 'Type', ENTITY_TYPES, 'person'),
        input('label', 'Label', words),
        input('wikidata', 'Wikidata id (optional, only checked ones)', '', { placeholder: 'Q…' }),
      ),
      select('kind', 'Kind of mention', MENTION_KINDS, 'name'),
    ],
    'Save mention',
    async (form) => {
      const mention = { ...quoteFor(text, p.start, p.end), kind: fieldValue(form, 'kind') as (typeof MENTION_KINDS)[number] };
      const node = fieldValue(form, 'node');
      let made = '';
      const ok = await session.change(p.story, node ? `mention of ${node}` : `new ${fieldValue(form, 'type')} ${fieldValue(form, 'label')}`, (doc) => {
        if (node) {
          if (!findNode(doc, node)) copyNodeInto(graph, doc, node);
          addMention(doc, text, node, mention);
          made = node;
        } else {
          made = addEntity(doc, {
            type: fieldValue(form, 'type') as EntityType,
            label: fieldValue(form, 'label') || words,
            wikidata: fieldValue(form, 'wikidata') || undefined,
            mention,
            text,
          });
        }
      });
      if (ok) ed.host.select({ kind: 'node', id: made });
      return ok;
    },
  );
}

/** Evidence for… (V): the picked words are evidence for the selected node or relation (saved at once). */
export async function evidenceForSelected(ed: Editing): Promise<void> {
  const p = needPicked(ed);
  const sel = ed.store.state.selection;
  if (!p || !sel) {
    if (!sel) ed.say('Select the node or relation first');
    return;
  }
  const text = ed.storyText(p.story);
  await ed.session.change(p.story, `evidence for ${labelOf(ed.graph, sel)}`, (doc) => addEvidence(doc, text, sel.kind, sel.id, quoteFor(text, p.start, p.end)));
}
