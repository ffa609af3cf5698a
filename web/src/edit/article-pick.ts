// Words picked in the article: a selection made with the mouse, or words found with the find box.
// The article is rendered as many text nodes (spans for mentions); the story's offsets are UTF-16
// indexes into its whole text, so a DOM point is turned into the count of characters before it.
import type { Editing, Picked } from './edit-context.js';
import { findWords } from './quote-for.js';

export const articleText = () => document.getElementById('article-text');

/** The UTF-16 offset in root's text of a DOM point (node, offset). */
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

/** The browser's selection in the article, trimmed of white space, becomes the picked words. */
export function pickFromSelection(ed: Editing): void {
  const root = articleText();
  const sel = window.getSelection();
  if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0) return;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return;
  let start = offsetIn(root, r.startContainer, r.startOffset);
  let end = offsetIn(root, r.endContainer, r.endOffset);
  const text = ed.storyText();
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  ed.setPicked({ story: ed.store.state.story, start, end }, r.getBoundingClientRect());
}

/** Selects [start, end) of the story's text in the article and scrolls it into view. */
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

/** The find box: the typed words, picked (and selected in the article) at their next occurrence. */
export function findNext(ed: Editing, words: string): void {
  const text = ed.storyText();
  const { picked } = ed.state;
  const from = picked && text.slice(picked.start, picked.end) === words ? picked.end : 0;
  const hit = findWords(text, words, from);
  if (!hit) {
    ed.say(`Not in the article: “${words}”`);
    return;
  }
  selectInArticle(hit.start, hit.end);
  ed.setPicked({ story: ed.store.state.story, ...hit });
  ed.say(`Picked “${words}” at ${hit.start}`);
}

/** The picked words of the story shown, or a word to the curator that there are none. */
export function needPicked(ed: Editing): Picked | undefined {
  const { picked } = ed.state;
  if (!picked || picked.story !== ed.store.state.story) {
    ed.say('Pick words in the article first (select them, or F to find them)');
    return undefined;
  }
  return picked;
}

/** Mouse selections in the article pick words (the menu itself is left alone). */
export function watchArticlePicks(ed: Editing, menu: HTMLElement): void {
  document.addEventListener('mouseup', (e) => {
    if (menu.contains(e.target as Node)) return;
    // After the browser has settled the selection.
    setTimeout(() => {
      const sel = window.getSelection();
      if (sel && !sel.isCollapsed && articleText()?.contains(sel.anchorNode)) pickFromSelection(ed);
    }, 0);
  });
}
