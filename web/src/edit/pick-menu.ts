// The menu over the picked words: what they can become (a mention, evidence for the selection, the
// cue of a new claim, the time of the selection). Picking words shows it; picking none hides it.
import { clear, el } from '../dom.js';
import { labelOf } from '../labels.js';
import type { Editing, Picked } from './edit-context.js';
import { articleText } from './article-pick.js';

/** What the menu's items do (each also has its key in edit-keys.ts). */
export interface PickActions {
  mention(): void;
  evidence(): void;
  claim(): void;
  time(): void;
}

/** Keeps p as the picked words and shows the menu for them near the box (hides it for none). */
export function setPicked(ed: Editing, menu: HTMLElement, actions: PickActions, p: Picked | null, near?: DOMRect): void {
  ed.state.picked = p;
  menu.hidden = !p;
  if (!p) return;
  const words = ed.storyText(p.story).slice(p.start, p.end);
  clear(menu);
  const item = (id: string, text: string, key: string, fn: () => void, enabled = true) => {
    const b = el('button', { type: 'button', role: 'menuitem', id, disabled: !enabled, 'aria-keyshortcuts': key }, text);
    b.addEventListener('click', fn);
    return b;
  };
  const sel = ed.store.state.selection;
  const target = sel ? labelOf(ed.graph, sel) : '';
  menu.append(
    el('p', { class: 'edit-menu-words' }, `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`),
    item('menu-mention', 'Mention of…', 'M', () => actions.mention()),
    item('menu-evidence', sel ? `Evidence for ${target}` : 'Evidence for… (select a node or relation)', 'V', () => actions.evidence(), !!sel),
    item('menu-claim', 'New claim', 'C', () => actions.claim()),
    item('menu-time', sel ? `Time of ${target}` : 'Time… (select an event, claim or relation)', 'T', () => actions.time(), !!sel),
  );
  const box = near ?? articleText()?.getBoundingClientRect();
  if (box) {
    menu.style.left = `${Math.max(8, Math.min(window.innerWidth - 260, box.left))}px`;
    menu.style.top = `${Math.min(window.innerHeight - 160, box.bottom + 6)}px`;
  }
}
