// Edit mode (serve --edit): a bar under the header with undo, redo, the review queue and help; a
// menu over text picked in the article (mention of…, evidence for…, new claim, time); relations
// between two picked nodes; editing and deleting the selected element. Every change is saved at
// once through EditSession (JSON Patch, checked by the server); the graph is then redrawn.
import './edit.css';
import type cytoscape from 'cytoscape';
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { ATTRIBUTION_ROLES } from '../../../src/model/annotation-fields.js';
import { FACTUALITY_VALUES, type Factuality } from '../../../src/model/factuality.js';
import { SPEECH_ACT_VALUES, type SpeechAct } from '../../../src/model/speech-acts.js';
import { ENTITY_TYPES, type EntityType } from '../../../src/model/node-types.js';
import { DERIVED_RELATION_TYPES, RELATION_TYPE_NAMES, RELATION_TYPES, relationAllows, type RelationType } from '../../../src/model/relation-types.js';
import { MENTION_KINDS } from '../../../src/model/selector.js';
import type { AttributionLink } from '../../../src/model/annotation-fields.js';
import { clear, el } from '../dom.js';
import { labelOf } from '../labels.js';
import type { Selection, State, Store } from '../state.js';
import { dropPending, pendingChanges, type SaveResult } from './edit-client.js';
import { EditSession, type Doc } from './edit-session.js';
import { describeBounds } from './edtf-bounds.js';
import {
  addClaim,
  addEntity,
  addEvidence,
  addMention,
  addRelation,
  deleteElement,
  dependents,
  findNode,
  recordOf,
  replaceRecord,
  setTime,
} from './doc-changes.js';
import { checkbox, checkedOf, input, select, showProblems, textarea, fieldValue } from './form-parts.js';
import { findWords, quoteFor } from './quote-for.js';
import { decide, reject, reviewQueue, type DraftItem } from './review-queue.js';

export interface EditContext {
  graph: StoryGraph;
  store: Store;
  select(sel: Selection | null): void;
  reveal(ev: { story: string; start: number; end: number }): void;
  redraw(): Promise<void>;
  cy: cytoscape.Core;
}

/** A stretch of the story's text the curator picked (UTF-16 indexes). */
interface Picked {
  story: string;
  start: number;
  end: number;
}

const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

const KEYS: [string, string][] = [
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

export function startEditMode(ctx: EditContext): void {
  const { graph, store } = ctx;
  document.body.classList.add('editing');
  const status = el('span', { id: 'edit-status', class: 'edit-status', role: 'status', 'aria-live': 'polite' });
  const banner = el('div', { id: 'edit-banner', class: 'edit-banner', role: 'alert', hidden: true });
  const undoBtn = el('button', { type: 'button', id: 'edit-undo', title: 'Undo (Ctrl+Z)', disabled: true }, 'Undo');
  const redoBtn = el('button', { type: 'button', id: 'edit-redo', title: 'Redo (Ctrl+Shift+Z)', disabled: true }, 'Redo');
  const findInput = el('input', {
    id: 'edit-find',
    type: 'search',
    placeholder: 'Find words to annotate (F)',
    'aria-label': 'Find words in the article to annotate',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const reviewBtn = el('button', { type: 'button', id: 'edit-review', 'aria-expanded': 'false', title: 'Review drafts (R)' }, 'Review drafts');
  const startBtn = el(
    'button',
    { type: 'button', id: 'edit-relation-start', title: 'The selected node starts a relation (S)', disabled: true },
    'Relation from…',
  );
  const relBtn = el('button', { type: 'button', id: 'edit-relation', title: 'New relation to the selected node (L)', disabled: true }, 'New relation');
  const editBtn = el('button', { type: 'button', id: 'edit-fields', title: 'Edit the selected element (E)', disabled: true }, 'Edit');
  const delBtn = el('button', { type: 'button', id: 'edit-delete', title: 'Delete the selected element (Delete)', disabled: true }, 'Delete');
  const helpBtn = el('button', { type: 'button', id: 'edit-help-open', title: 'Keys (?)' }, '?');
  const bar = el(
    'div',
    { id: 'edit-bar', class: 'edit-bar', role: 'toolbar', 'aria-label': 'Edit mode' },
    el('strong', { class: 'edit-mode-label' }, 'Edit mode'),
    undoBtn,
    redoBtn,
    findInput,
    startBtn,
    relBtn,
    editBtn,
    delBtn,
    reviewBtn,
    helpBtn,
    status,
  );
  const review = el('section', { id: 'review-panel', class: 'review-panel', 'aria-label': 'Review queue', hidden: true });
  const menu = el('div', { id: 'edit-menu', class: 'edit-menu', role: 'menu', 'aria-label': 'Annotate the picked words', hidden: true });
  const dialog = el('dialog', { id: 'edit-dialog', class: 'edit-dialog', 'aria-labelledby': 'edit-dialog-title' });
  const help = el(
    'dialog',
    { id: 'edit-help', class: 'edit-dialog', 'aria-label': 'Edit mode keys' },
    el('h2', {}, 'Edit mode keys'),
    el('table', {}, el('tbody', {}, ...KEYS.map(([k, d]) => el('tr', {}, el('th', {}, k), el('td', {}, d))))),
    el('form', { method: 'dialog' }, el('button', { type: 'submit' }, 'Close')),
  );
  document.querySelector('header')!.after(bar, banner, review);
  document.body.append(menu, dialog, help);

  let picked: Picked | null = null;
  let relationStart: string | null = null;
  let queueIndex = 0;
  let queue: DraftItem[] = [];
  let progress = { reviewed: 0, total: 0 };

  const say = (text: string) => {
    status.textContent = text;
  };
  const storyText = (story = store.state.story) => graph.getAttribute('stories').find((s) => s.id === story)?.text ?? '';

  const session: EditSession = new EditSession({
    async saved(label) {
      // The form that made the change has done its work: it closes before the page says so.
      if (dialog.open) dialog.close();
      // The keys go on from the article (not back to a search box the dialog would return focus to).
      articleText()?.focus({ preventScroll: true });
      setPicked(null);
      window.getSelection()?.removeAllRanges();
      await ctx.redraw();
      say(`Saved: ${label}`);
      banner.hidden = true;
      await refreshQueue();
      updateButtons();
    },
    refused(r, label) {
      showRefusal(r, label);
    },
  });

  function showRefusal(r: Exclude<SaveResult, { ok: true }>, label: string): void {
    clear(banner);
    banner.hidden = false;
    if (r.status === 409) {
      const reload = el('button', { type: 'button', id: 'edit-reload' }, 'Reload');
      reload.addEventListener('click', () => location.reload());
      banner.dataset.kind = 'conflict';
      banner.append(
        el('span', {}, `Not saved (${label}): annotations.json changed elsewhere (another tab, an editor or git). Nothing was merged over it. `),
        reload,
      );
    } else if ('problems' in r) {
      const problems = r.problems;
      banner.dataset.kind = 'invalid';
      banner.append(el('span', {}, `Not saved (${label}): ${r.message}`));
      if (dialog.open) showProblems(dialog.querySelector('form')!, problems);
      else for (const p of problems) banner.append(el('p', { class: 'ef-problem', 'data-code': p.code }, el('code', {}, p.code), ` ${p.where}: ${p.message}`));
    } else {
      banner.dataset.kind = 'error';
      banner.append(el('span', {}, `Not saved (${label}): ${'code' in r ? r.code : r.status}: ${r.message}`));
    }
    say(`Not saved: ${label}`);
  }

  // ---- the picked words: a selection in the article, or words found with the find box ----
  const articleText = () => document.getElementById('article-text');
  function offsetIn(root: Node, node: Node, offset: number): number {
    if (node.nodeType !== Node.TEXT_NODE) {
      // A point between children: count the text before that child.
      const before = document.createRange();
      before.setStart(root, 0);
      before.setEnd(node, offset);
      return before.toString().length;
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t === node) return n + offset;
      n += t.textContent?.length ?? 0;
    }
    return n;
  }

  function pickFromSelection(): void {
    const root = articleText();
    const sel = window.getSelection();
    if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return;
    let start = offsetIn(root, r.startContainer, r.startOffset);
    let end = offsetIn(root, r.endContainer, r.endOffset);
    const text = storyText();
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    setPicked({ story: store.state.story, start, end }, r.getBoundingClientRect());
  }

  function setPicked(p: Picked | null, near?: DOMRect): void {
    picked = p;
    menu.hidden = !p;
    if (!p) return;
    const words = storyText(p.story).slice(p.start, p.end);
    clear(menu);
    const item = (id: string, text: string, key: string, fn: () => void, enabled = true) => {
      const b = el('button', { type: 'button', role: 'menuitem', id, disabled: !enabled, 'aria-keyshortcuts': key }, text);
      b.addEventListener('click', fn);
      return b;
    };
    const sel = store.state.selection;
    const target = sel ? labelOf(graph, sel) : '';
    menu.append(
      el('p', { class: 'edit-menu-words' }, `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`),
      item('menu-mention', 'Mention of…', 'M', () => openMention()),
      item('menu-evidence', sel ? `Evidence for ${target}` : 'Evidence for… (select a node or relation)', 'V', () => void evidenceForSelected(), !!sel),
      item('menu-claim', 'New claim', 'C', () => openClaim()),
      item('menu-time', sel ? `Time of ${target}` : 'Time… (select an event, claim or relation)', 'T', () => openTime(), !!sel),
    );
    const box = near ?? articleText()?.getBoundingClientRect();
    if (box) {
      menu.style.left = `${Math.max(8, Math.min(window.innerWidth - 260, box.left))}px`;
      menu.style.top = `${Math.min(window.innerHeight - 160, box.bottom + 6)}px`;
    }
  }

  document.addEventListener('mouseup', (e) => {
    if (menu.contains(e.target as Node)) return;
    // After the browser has settled the selection.
    setTimeout(() => {
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed && articleText()?.contains(sel.anchorNode)) pickFromSelection();
    }, 0);
  });

  /** The find box: the typed words, picked (and selected in the article) at their next occurrence. */
  function findNext(): void {
    const text = storyText();
    const from = picked && text.slice(picked.start, picked.end) === findInput.value ? picked.end : 0;
    const hit = findWords(text, findInput.value, from);
    if (!hit) {
      say(`Not in the article: “${findInput.value}”`);
      return;
    }
    selectInArticle(hit.start, hit.end);
    setPicked({ story: store.state.story, ...hit });
    say(`Picked “${findInput.value}” at ${hit.start}`);
  }
  function selectInArticle(start: number, end: number): void {
    const root = articleText();
    if (!root) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n = 0;
    const range = document.createRange();
    let begun = false;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const len = t.textContent?.length ?? 0;
      if (!begun && start <= n + len) {
        range.setStart(t, start - n);
        begun = true;
      }
      if (begun && end <= n + len) {
        range.setEnd(t, end - n);
        break;
      }
      n += len;
    }
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    (range.startContainer.parentElement ?? root).scrollIntoView({ block: 'nearest' });
  }
  findInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      findNext();
    }
    if (e.key === 'Escape') {
      findInput.blur();
    }
  });

  // ---- dialogs ----
  function openDialog(
    title: string,
    body: HTMLElement[],
    submitText: string,
    submit: (form: HTMLFormElement) => Promise<boolean | undefined>,
  ): HTMLFormElement {
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
  }

  const nodeOptions = (types?: readonly string[]) => {
    const list = el('datalist', { id: `edit-nodes-${Math.random().toString(36).slice(2)}` });
    graph.forEachNode((id, a) => {
      if (!types || types.includes(a.type)) list.append(el('option', { value: id }, `${a.label} (${a.type})`));
    });
    return list;
  };

  function needPicked(): Picked | undefined {
    if (!picked || picked.story !== store.state.story) {
      say('Pick words in the article first (select them, or F to find them)');
      return undefined;
    }
    return picked;
  }

  function openMention(): void {
    const p = needPicked();
    if (!p) return;
    const text = storyText(p.story);
    const words = text.slice(p.start, p.end);
    const list = nodeOptions([...ENTITY_TYPES, 'event', 'claim']);
    openDialog(
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
            if (!findNode(doc, node)) copyNodeInto(doc, node);
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
        if (ok) ctx.select({ kind: 'node', id: made });
        return ok;
      },
    );
  }

  /** A node another story defines, written into this story too (the graph merges them by id). */
  function copyNodeInto(doc: Doc, id: string): void {
    if (!graph.hasNode(id)) throw new Error(`${id} is not a node of the graph`);
    const a = graph.getNodeAttributes(id);
    if (!(ENTITY_TYPES as readonly string[]).includes(a.type)) throw new Error(`${id} is defined in another story; only entities are shared between stories`);
    doc.nodes.push({
      id,
      type: a.type,
      label: a.label,
      kb: a.kb ?? { status: 'unlinked', reason: 'Not checked yet.' },
      mentions: [],
    } as unknown as Doc['nodes'][number]);
  }

  async function evidenceForSelected(): Promise<void> {
    const p = needPicked();
    const sel = store.state.selection;
    if (!p || !sel) {
      if (!sel) say('Select the node or relation first');
      return;
    }
    const text = storyText(p.story);
    await session.change(p.story, `evidence for ${labelOf(graph, sel)}`, (doc) => addEvidence(doc, text, sel.kind, sel.id, quoteFor(text, p.start, p.end)));
  }

  /** A row of the attribution chain: the agent, its role, the words that attribute it, explicit or implied. */
  function chainRow(i: number, agent = '', role: string = i === 0 ? 'speaker' : 'publisher', cue = '', list?: HTMLElement): HTMLElement {
    return el(
      'fieldset',
      { class: 'ef-chain', 'data-level': i },
      el('legend', {}, `Level ${i + 1}${i === 0 ? ' (the speaker)' : ''}`),
      input(`agent.${i}`, 'Agents (ids; joint speakers separated by commas)', agent, list ? { list: list.id } : {}),
      select(`role.${i}`, 'Role', ATTRIBUTION_ROLES, role),
      input(`cue.${i}`, 'Attributed by the words', cue),
      checkbox(`explicit.${i}`, 'Stated explicitly (not only implied)', true),
    );
  }

  function openClaim(): void {
    const p = needPicked();
    if (!p) return;
    const text = storyText(p.story);
    const words = text.slice(p.start, p.end);
    // The chain starts as speaker (cued by the picked words) and publisher (the story's, cued by its name where the text has it).
    const publisher = graph.getAttribute('stories').find((s) => s.id === p.story)?.publisher ?? '';
    const publisherName = publisher && graph.hasNode(publisher) ? graph.getNodeAttribute(publisher, 'label') : '';
    const list = nodeOptions(['person', 'organization', 'country', 'event', 'article']);
    const chain = el(
      'div',
      { class: 'ef-chain-list' },
      chainRow(0, '', 'speaker', words, list),
      chainRow(1, publisher, 'publisher', text.includes(publisherName) ? publisherName : '', list),
    );
    const more = el('button', { type: 'button', id: 'edit-chain-add' }, 'Add a level');
    more.addEventListener('click', () => {
      const row = chainRow(chain.children.length, '', 'publisher', '', list);
      chain.append(row);
      row.querySelector('input')?.focus();
    });
    openDialog(
      `New claim, cue “${words}”`,
      [
        list,
        input('label', 'Label', ''),
        textarea('content', 'Content (what is claimed, in your words)', ''),
        input('quote', 'Verbatim quote (optional: words of the article)', ''),
        select('act', 'Speech act', SPEECH_ACT_VALUES, 'assert'),
        select('factuality', 'Factuality', FACTUALITY_VALUES, 'reported'),
        el('p', { class: 'ef-hint' }, 'The attribution chain, level by level: the speaker first, the article (publisher) last.'),
        chain,
        more,
      ],
      'Save claim',
      async (form) => {
        const attribution: AttributionLink[] = [];
        for (let i = 0; i < chain.children.length; i++) {
          const agent = fieldValue(form, `agent.${i}`);
          const cueWords = fieldValue(form, `cue.${i}`);
          if (!agent && !cueWords) continue;
          const hit = findWords(text, cueWords);
          if (!hit) throw new Error(`level ${i + 1}: “${cueWords}” is not in the article`);
          attribution.push({
            agents: agent
              .split(',')
              .map((a) => a.trim())
              .filter((a) => a !== ''),
            role: fieldValue(form, `role.${i}`) as AttributionLink['role'],
            cue: quoteFor(text, hit.start, hit.end),
            explicit: checkedOf(form, `explicit.${i}`),
          });
        }
        const quoteWords = fieldValue(form, 'quote');
        const qHit = quoteWords ? findWords(text, quoteWords) : undefined;
        if (quoteWords && !qHit) throw new Error(`the quote “${quoteWords}” is not in the article`);
        let made = '';
        const ok = await session.change(p.story, `new claim ${fieldValue(form, 'label')}`, (doc) => {
          made = addClaim(doc, {
            label: fieldValue(form, 'label'),
            content: fieldValue(form, 'content'),
            cue: quoteFor(text, p.start, p.end),
            quote: qHit ? quoteFor(text, qHit.start, qHit.end) : undefined,
            attribution,
            factuality: fieldValue(form, 'factuality') as Factuality,
            act: fieldValue(form, 'act') as SpeechAct,
          });
        });
        if (ok) ctx.select({ kind: 'node', id: made });
        return ok;
      },
    );
  }

  function openTime(): void {
    const p = needPicked();
    const sel = store.state.selection;
    if (!p) return;
    if (!sel) {
      say('Select the event, claim or relation first');
      return;
    }
    const text = storyText(p.story);
    const words = text.slice(p.start, p.end);
    const bounds = el('output', { id: 'edit-time-bounds', class: 'ef-bounds', 'aria-live': 'polite' });
    const form = openDialog(
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

  function openRelation(): void {
    const sel = store.state.selection;
    if (!relationStart || !sel || sel.kind !== 'node' || !graph.hasNode(relationStart)) {
      say('Pick the start (S) and select the other end first');
      return;
    }
    const source = relationStart;
    const target = sel.id;
    const st = graph.getNodeAttribute(source, 'type');
    const tt = graph.getNodeAttribute(target, 'type');
    const allowed = RELATION_TYPE_NAMES.filter(
      (t) => !DERIVED_RELATION_TYPES.includes(t) && relationAllows(t, 'source', st) && relationAllows(t, 'target', tt),
    );
    if (!allowed.length) {
      say(`The model allows no relation from a ${st} to a ${tt}`);
      return;
    }
    const p = picked && picked.story === store.state.story ? picked : null;
    const text = storyText();
    openDialog(
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
          for (const id of [source, target]) if (!findNode(doc, id) && graph.getNodeAttribute(id, 'type') !== 'article') copyNodeInto(doc, id);
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
          relationStart = null;
          ctx.select({ kind: 'edge', id: made });
        }
        return ok;
      },
    );
  }

  async function openEdit(asCorrection = false): Promise<void> {
    const sel = store.state.selection;
    if (!sel) {
      say('Select a node or relation first');
      return;
    }
    const story = store.state.story;
    const doc = await session.load(story);
    const rec = recordOf(doc, sel.kind, sel.id);
    if (!rec) {
      say(`${sel.id} is not defined in this story's annotations.json`);
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
    openDialog(`Edit ${labelOf(graph, sel)}`, [...rows, el('details', {}, el('summary', {}, 'All fields (JSON)'), json)], 'Save', async (form) => {
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

  async function openDelete(): Promise<void> {
    const sel = store.state.selection;
    if (!sel) {
      say('Select a node or relation first');
      return;
    }
    const story = store.state.story;
    const doc = await session.load(story);
    if (!recordOf(doc, sel.kind, sel.id)) {
      say(`${sel.id} is not defined in this story's annotations.json`);
      return;
    }
    const deps = sel.kind === 'node' ? dependents(doc, sel.id) : { relations: [], claims: [], others: [] };
    const list = el('ul', { id: 'edit-dependents' });
    for (const r of deps.relations) list.append(el('li', {}, `relation ${r} (deleted with it)`));
    for (const c of deps.claims) list.append(el('li', {}, `claim ${c}: its attribution chain names it (change the chain first)`));
    for (const o of deps.others) list.append(el('li', {}, `${o}: names it as a source or condition (change it first)`));
    openDialog(
      `Delete ${labelOf(graph, sel)}?`,
      [el('p', {}, deps.relations.length + deps.claims.length + deps.others.length ? 'These depend on it:' : 'Nothing else depends on it.'), list],
      'Delete',
      async () => {
        const ok = await session.change(story, `delete ${sel.id}`, (d) => deleteElement(d, sel.kind, sel.id));
        if (ok) ctx.select(null);
        return ok;
      },
    );
  }

  // ---- the review queue ----
  async function refreshQueue(): Promise<void> {
    const doc = await session.load(store.state.story);
    const q = reviewQueue(doc);
    queue = q.waiting;
    progress = { reviewed: q.reviewed, total: q.total };
    if (queueIndex >= queue.length) queueIndex = Math.max(0, queue.length - 1);
    renderReview();
  }

  function renderReview(): void {
    clear(review);
    if (review.hidden) return;
    const item = queue[queueIndex];
    const btn = (id: string, text: string, key: string, fn: () => void, enabled = true) => {
      const b = el('button', { type: 'button', id, 'aria-keyshortcuts': key, disabled: !enabled }, text);
      b.addEventListener('click', fn);
      return b;
    };
    review.append(
      el('p', { id: 'review-progress', class: 'review-progress' }, `${progress.reviewed} of ${progress.total} reviewed`),
      el(
        'p',
        { id: 'review-current', class: 'review-current' },
        item ? `Draft ${queueIndex + 1} of ${queue.length} waiting: ${item.label} (${item.id})` : 'No drafts waiting',
      ),
      btn('review-prev', 'Previous (K)', 'K', () => move(-1), queueIndex > 0),
      btn('review-next', 'Next (J)', 'J', () => move(1), queueIndex < queue.length - 1),
      btn('review-accept', 'Accept (A)', 'A', () => void decideCurrent('accepted'), !!item),
      btn('review-correct', 'Correct (E)', 'E', () => void openEdit(true), !!item),
      btn('review-reject', 'Reject (X)', 'X', () => void decideCurrent('rejected'), !!item),
    );
  }

  function showCurrent(): void {
    const item = queue[queueIndex];
    if (item && (item.kind === 'node' ? graph.hasNode(item.id) : graph.hasEdge(item.id))) ctx.select({ kind: item.kind, id: item.id });
    renderReview();
  }

  function move(step: number): void {
    if (!queue.length) return;
    queueIndex = Math.max(0, Math.min(queue.length - 1, queueIndex + step));
    showCurrent();
  }

  async function decideCurrent(decision: 'accepted' | 'rejected'): Promise<void> {
    const item = queue[queueIndex];
    if (!item) return;
    const ok = await session.change(store.state.story, `${decision === 'accepted' ? 'accept' : 'reject'} ${item.id}`, (doc) => {
      if (decision === 'accepted') decide(doc, item, 'accepted');
      else reject(doc, item);
    });
    if (ok) showCurrent();
  }

  function toggleReview(): void {
    review.hidden = !review.hidden;
    reviewBtn.setAttribute('aria-expanded', String(!review.hidden));
    if (!review.hidden) void refreshQueue().then(showCurrent);
  }

  // ---- undo, redo, buttons, keys ----
  async function undo(): Promise<void> {
    if (!session.busy && (await session.undo())) say(`Undone`);
    updateButtons();
  }
  async function redo(): Promise<void> {
    if (!session.busy && (await session.redo())) say(`Redone`);
    updateButtons();
  }

  function updateButtons(): void {
    undoBtn.disabled = !session.canUndo;
    redoBtn.disabled = !session.canRedo;
    const sel = store.state.selection;
    editBtn.disabled = delBtn.disabled = !sel;
    startBtn.disabled = sel?.kind !== 'node';
    relBtn.disabled = !relationStart || !sel || sel.kind !== 'node' || sel.id === relationStart;
    relBtn.textContent = relationStart ? `New relation from ${labelOf(graph, { kind: 'node', id: relationStart })}` : 'New relation';
  }

  function startRelation(): void {
    const sel = store.state.selection;
    if (sel?.kind !== 'node') {
      say('Select the node the relation starts from');
      return;
    }
    relationStart = sel.id;
    say(`Relation from ${labelOf(graph, sel)}: now select the other end, then L`);
    updateButtons();
  }

  undoBtn.addEventListener('click', () => void undo());
  redoBtn.addEventListener('click', () => void redo());
  reviewBtn.addEventListener('click', toggleReview);
  startBtn.addEventListener('click', startRelation);
  relBtn.addEventListener('click', openRelation);
  editBtn.addEventListener('click', () => void openEdit());
  delBtn.addEventListener('click', () => void openDelete());
  helpBtn.addEventListener('click', () => help.showModal());
  store.subscribe((s: State, p: State) => {
    if (s.selection !== p.selection) updateButtons();
    if (s.story !== p.story) {
      setPicked(null);
      void refreshQueue();
    }
  });

  document.addEventListener('keydown', (e) => {
    if (dialog.open || help.open) return;
    // Escape leaves the search box (its list already closed), so the edit keys work next.
    if (e.key === 'Escape' && e.target instanceof HTMLInputElement && e.target.id === 'search-input') {
      e.target.blur();
      return;
    }
    const k = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && !e.altKey && (k === 'z' || k === 'y')) {
      if (typing(e.target)) return;
      e.preventDefault();
      if (k === 'y' || e.shiftKey) void redo();
      else void undo();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const actions: Record<string, () => void> = {
      f: () => {
        findInput.focus();
        findInput.select();
      },
      m: openMention,
      v: () => void evidenceForSelected(),
      c: openClaim,
      t: openTime,
      s: startRelation,
      l: openRelation,
      e: () => void openEdit(!review.hidden && !!queue[queueIndex]),
      delete: () => void openDelete(),
      r: toggleReview,
      j: () => move(1),
      k: () => move(-1),
      a: () => {
        if (!review.hidden) void decideCurrent('accepted');
      },
      x: () => {
        if (!review.hidden) void decideCurrent('rejected');
      },
      '?': () => help.showModal(),
    };
    const act = actions[k];
    if (act) {
      e.preventDefault();
      act();
    }
  });

  // ---- changes kept from an earlier visit, not confirmed by the server ----
  for (const p of pendingChanges()) {
    clear(banner);
    banner.hidden = false;
    banner.dataset.kind = 'pending';
    const send = el('button', { type: 'button', id: 'edit-pending-send' }, 'Send it now');
    const drop = el('button', { type: 'button', id: 'edit-pending-drop' }, 'Discard it');
    send.addEventListener(
      'click',
      () =>
        void (async () => {
          await session.load(p.story, true);
          if (await session.resend(p.story, p.base, p.patch, p.label)) banner.hidden = true;
        })(),
    );
    drop.addEventListener('click', () => {
      dropPending(p);
      banner.hidden = true;
    });
    banner.append(el('span', {}, `A change was kept in this browser, not yet confirmed by the server: ${p.label}. `), send, drop);
    break;
  }

  void session.load(store.state.story).then(() => refreshQueue());
  updateButtons();
  say('Edit mode: pick words in the article to annotate them (? for keys)');
  // For the e2e tests and the bench: the session and the queue, read-only.
  Reflect.set(window, 'storygraphEdit', Object.freeze({ session, queueLength: () => queue.length, queueIndex: () => queueIndex, move }));
}
