// The search box (ARIA combobox + listbox) over src/queries/search.ts: labels, aliases, quotes
// and claim content ("吳謙" finds Wu Qian). Arrow keys walk the results, Enter opens one,
// Escape closes the list.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { search, type SearchResult } from '../../src/queries/search.js';
import { searchKey } from '../../src/queries/normalize.js';
import { clear, el, scrollWithin } from './dom.js';
import { typeGlyph } from './legend-view.js';
import type { OtherMatch, SearchScope } from './search-scope.js';
import type { Selection } from './state.js';

const MAX_RESULTS = 30;

/** `scope`: a large corpus's page (one story): said, and the other stories' matches offered. */
export function createSearchBox(
  input: HTMLInputElement,
  listbox: HTMLElement,
  status: HTMLElement,
  graph: StoryGraph,
  onOpen: (s: Selection) => void,
  scope?: SearchScope,
): void {
  let results: (SearchResult | OtherMatch)[] = [];
  let asking = 0; // the latest question to the server: an older answer is dropped
  let active = -1;

  function close(): void {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i: number): void {
    const options = listbox.querySelectorAll<HTMLElement>('[role="option"]');
    options[active]?.setAttribute('aria-selected', 'false');
    active = i;
    const opt = options[i];
    if (!opt) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    opt.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', opt.id);
    scrollWithin(listbox, opt, 'nearest');
  }

  function open(i: number): void {
    const r = results[i];
    if (!r) return;
    close();
    if ('story' in r) scope?.open(r.id, r.story);
    else onOpen({ kind: 'node', id: r.id });
  }

  function option(r: SearchResult | OtherMatch, i: number): HTMLElement {
    // A name from outside the text says so, with its source: the article never uses it.
    const outside = 'outsideSource' in r ? r.outsideSource : undefined;
    const why =
      r.matched === 'label'
        ? null
        : outside
          ? el('span', { class: 'why outside' }, `not in the text: ${r.text} (${outside})`)
          : el('span', { class: 'why' }, `${r.matched}: ${r.text}`);
    const other = 'story' in r ? r : null;
    const opt = el(
      'li',
      { role: 'option', id: `search-opt-${i}`, 'aria-selected': 'false', 'data-id': r.id, 'data-story': other?.story },
      typeGlyph(r.type),
      el('span', { class: 'opt-label' }, r.label),
      el('span', { class: 'opt-type' }, other ? `in ${other.storyName}` : r.type),
      why,
    );
    opt.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
    opt.addEventListener('click', () => open(i));
    return opt;
  }

  function update(): void {
    const q = input.value;
    clear(listbox);
    results = searchKey(q) === '' ? [] : search(graph, q).slice(0, MAX_RESULTS);
    status.textContent =
      q.trim() === '' ? '' : `${results.length === MAX_RESULTS ? `${MAX_RESULTS}+` : results.length} result${results.length === 1 ? '' : 's'}`;
    if (!results.length && !(scope && q.trim())) {
      close();
      return;
    }
    if (scope && q.trim()) {
      listbox.append(el('li', { role: 'presentation', class: 'search-scope', id: 'search-scope' }, scope.note));
      const asked = ++asking;
      void scope.others(q).then((others) => {
        if (asked !== asking || listbox.hidden || !others.length) return;
        const first = results.length;
        results = [...results, ...others];
        others.forEach((r, i) => listbox.append(option(r, first + i)));
        status.textContent = `${status.textContent ?? ''}; ${others.length} in other stories`;
        if (active < 0) setActive(first);
      });
    }
    results.forEach((r, i) => listbox.append(option(r, i)));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    setActive(0);
  }

  input.addEventListener('input', update);
  if (input.value.trim() && document.activeElement === input) update(); // typed while this module loaded
  input.addEventListener('focus', () => {
    if (input.value.trim() && listbox.hidden) update();
  });
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (listbox.hidden) {
        update();
        return;
      }
      const n = results.length;
      setActive(((active < 0 ? -1 : active) + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (listbox.hidden) update();
      open(Math.max(active, 0));
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) {
        e.preventDefault();
        e.stopPropagation();
        close();
      }
    }
  });
}
