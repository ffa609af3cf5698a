// A new relation between two nodes: S marks the selected node as its start, L opens the form for a
// relation from there to the node selected now, offering only the types the model allows between
// those ends (never a derived type) and quoting the picked words as its evidence.
import { FACTUALITY_VALUES, type Factuality } from '../../../src/model/factuality.js';
import { DERIVED_RELATION_TYPES, RELATION_TYPE_NAMES, RELATION_TYPES, relationAllows, type RelationType } from '../../../src/model/relation-types.js';
import { labelOf } from '../labels.js';
import { addRelation, findNode } from './doc-changes.js';
import type { Editing } from './edit-context.js';
import { fieldValue, input, select } from './form-parts.js';
import { findWords, quoteFor } from './quote-for.js';
import { copyNodeInto } from './shared-node.js';

/** Relation from… (S): the selected node starts the next relation. */
export function startRelation(ed: Editing): void {
  const sel = ed.store.state.selection;
  if (sel?.kind !== 'node') {
    ed.say('Select the node the relation starts from');
    return;
  }
  ed.state.relationStart = sel.id;
  ed.say(`Relation from ${labelOf(ed.graph, sel)}: now select the other end, then L`);
}

/** New relation (L): from the start to the selected node. */
export function openRelation(ed: Editing): void {
  const { graph, store, session, state } = ed;
  const sel = store.state.selection;
  if (!state.relationStart || !sel || sel.kind !== 'node' || !graph.hasNode(state.relationStart)) {
    ed.say('Pick the start (S) and select the other end first');
    return;
  }
  const source = state.relationStart;
  const target = sel.id;
  const st = graph.getNodeAttribute(source, 'type');
  const tt = graph.getNodeAttribute(target, 'type');
  const allowed = RELATION_TYPE_NAMES.filter((t) => !DERIVED_RELATION_TYPES.includes(t) && relationAllows(t, 'source', st) && relationAllows(t, 'target', tt));
  if (!allowed.length) {
    ed.say(`The model allows no relation from a ${st} to a ${tt}`);
    return;
  }
  const p = state.picked && state.picked.story === store.state.story ? state.picked : null;
  const text = ed.storyText();
  ed.openDialog(
    `Relation: ${labelOf(graph, { kind: 'node', id: source })} → ${labelOf(graph, sel)}`,
    [
      select(
        'type',
        'Type (those the model allows between these ends)',
        allowed.map((t): [string, string] => [t, `${t.replace(/_/g, ' ')}: ${RELATION_TYPES[t].description}`]),
      ),
      select('factuality', 'Factuality', FACTUALITY_VALUES, 'asserted'),
      input('quote', 'Quote (words of the article)', p ? text.slice(p.start, p.end) : ''),
      input('title', 'Title (holds office)', ''),
      input('role', 'Role (participant: party, visitor, …)', ''),
    ],
    'Save relation',
    async (form) => {
      const words = fieldValue(form, 'quote');
      const hit = p && text.slice(p.start, p.end) === words ? p : findWords(text, words);
      if (!words || !hit) throw new Error(words ? `“${words}” is not in the article` : 'a relation needs a quote from the article');
      const type = fieldValue(form, 'type') as RelationType;
      let made = '';
      const ok = await session.change(store.state.story, `${type} ${source} → ${target}`, (doc) => {
        for (const id of [source, target]) if (!findNode(doc, id) && graph.getNodeAttribute(id, 'type') !== 'article') copyNodeInto(graph, doc, id);
        made = addRelation(doc, {
          type,
          source,
          target,
          evidence: quoteFor(text, hit.start, hit.end),
          factuality: fieldValue(form, 'factuality') as Factuality,
          title: fieldValue(form, 'title') || undefined,
          role: fieldValue(form, 'role') || undefined,
        });
      });
      if (ok) {
        state.relationStart = null;
        ed.host.select({ kind: 'edge', id: made });
      }
      return ok;
    },
  );
}
