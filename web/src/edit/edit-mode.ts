// Edit mode (serve --edit): a bar under the header with undo, redo, the review queue and help; a
// menu over text picked in the article (mention of…, evidence for…, new claim, time); relations
// between two picked nodes; editing and deleting the selected element. Every change is saved at
// once through EditSession (JSON Patch, checked by the server); the graph is then redrawn.
// This file only wires the parts together; each part is a module beside it.
import './edit.css';
import { el } from '../dom.js';
import type { State } from '../state.js';
import { articleText, findNext, watchArticlePicks } from './article-pick.js';
import { openClaim } from './claim-form.js';
import { dialogOpener } from './dialog.js';
import { editBar, updateBar } from './edit-bar.js';
import type { EditContext, Editing, EditState } from './edit-context.js';
import { bindEditKeys, type EditActions } from './edit-keys.js';
import { EditSession } from './edit-session.js';
import { openDelete, openEdit } from './element-form.js';
import { evidenceForSelected, openMention } from './mention-form.js';
import { setPicked, type PickActions } from './pick-menu.js';
import { openRelation, startRelation } from './relation-form.js';
import { reviewPanel } from './review-panel.js';
import { offerPending, saveBanner, showRefusal } from './save-banner.js';
import { openTime } from './time-form.js';

export type { EditContext } from './edit-context.js';

export function startEditMode(ctx: EditContext): void {
  const { graph, store } = ctx;
  document.body.classList.add('editing');
  const b = editBar();
  const banner = saveBanner();
  const panel = el('section', { id: 'review-panel', class: 'review-panel', 'aria-label': 'Review queue', hidden: true });
  const menu = el('div', { id: 'edit-menu', class: 'edit-menu', role: 'menu', 'aria-label': 'Annotate the picked words', hidden: true });
  const dialog = el('dialog', { id: 'edit-dialog', class: 'edit-dialog', 'aria-labelledby': 'edit-dialog-title' });
  document.querySelector('header')!.after(b.bar, banner, panel);
  document.body.append(menu, dialog, b.help);

  const say = (text: string) => {
    b.status.textContent = text;
  };
  const session: EditSession = new EditSession({
    async saved(label) {
      // The form that made the change has done its work: it closes before the page says so.
      if (dialog.open) dialog.close();
      // The keys go on from the article (not back to a search box the dialog would return focus to).
      articleText()?.focus({ preventScroll: true });
      ed.setPicked(null);
      window.getSelection()?.removeAllRanges();
      await ctx.redraw();
      say(`Saved: ${label}`);
      banner.hidden = true;
      await review.refresh();
      updateButtons();
    },
    refused(r, label) {
      showRefusal(banner, dialog, r, label);
      say(`Not saved: ${label}`);
    },
  });

  const state: EditState = { picked: null, relationStart: null };
  const menuActions: PickActions = {
    mention: () => openMention(ed),
    evidence: () => void evidenceForSelected(ed),
    claim: () => openClaim(ed),
    time: () => openTime(ed),
  };
  const ed: Editing = {
    host: ctx,
    graph,
    store,
    session,
    state,
    say,
    storyText: (story = store.state.story) => graph.getAttribute('stories').find((s) => s.id === story)?.text ?? '',
    openDialog: dialogOpener(dialog, session),
    setPicked: (p, near) => setPicked(ed, menu, menuActions, p, near),
  };
  const review = reviewPanel(ed, panel, b.review, () => void openEdit(ed, true));
  const updateButtons = () => updateBar(b, ed);

  const actions: EditActions = {
    async undo() {
      if (!session.busy && (await session.undo())) say(`Undone`);
      updateButtons();
    },
    async redo() {
      if (!session.busy && (await session.redo())) say(`Redone`);
      updateButtons();
    },
    find() {
      b.find.focus();
      b.find.select();
    },
    ...menuActions,
    relationStart() {
      startRelation(ed);
      updateButtons();
    },
    relation: () => openRelation(ed),
    edit: () => void openEdit(ed, review.onDraft),
    delete: () => void openDelete(ed),
    review: () => review.toggle(),
    next: () => review.move(1),
    previous: () => review.move(-1),
    accept() {
      if (review.open) void review.decideCurrent('accepted');
    },
    reject() {
      if (review.open) void review.decideCurrent('rejected');
    },
    help: () => b.help.showModal(),
  };

  watchArticlePicks(ed, menu);
  b.find.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      findNext(ed, b.find.value);
    }
    if (e.key === 'Escape') b.find.blur();
  });
  b.undo.addEventListener('click', () => void actions.undo());
  b.redo.addEventListener('click', () => void actions.redo());
  b.review.addEventListener('click', actions.review);
  b.relationStart.addEventListener('click', actions.relationStart);
  b.relation.addEventListener('click', actions.relation);
  b.edit.addEventListener('click', () => void openEdit(ed));
  b.del.addEventListener('click', actions.delete);
  b.helpOpen.addEventListener('click', actions.help);
  store.subscribe((s: State, p: State) => {
    if (s.selection !== p.selection) updateButtons();
    if (s.story !== p.story) {
      ed.setPicked(null);
      void review.refresh();
    }
  });
  bindEditKeys(() => dialog.open || b.help.open, actions);
  offerPending(banner, session);

  void session.load(store.state.story).then(() => review.refresh());
  updateButtons();
  say('Edit mode: pick words in the article to annotate them (? for keys)');
  // For the e2e tests and the bench: the session and the queue, read-only.
  Reflect.set(window, 'storygraphEdit', Object.freeze({ session, queueLength: () => review.length, queueIndex: () => review.index, move: review.move }));
}
