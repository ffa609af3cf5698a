// DOM helpers. Every piece of data reaches the page as text (textContent, attributes set one by
// one), never as HTML: labels, quotes and the article itself can contain markup.

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, ...children);
  return node;
}

function setAttrs(node: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (/^on/i.test(k)) throw new Error(`el: event handler attributes are not allowed (${k})`);
    node.setAttribute(k, v === true ? '' : String(v));
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** The element with this id, or a clear error naming the id (index.html and the code disagree). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from index.html`);
  return node as T;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/**
 * Scrolls `container` (only it: scrollIntoView would also move the page) so `target` shows,
 * centred or just inside the nearest edge.
 */
export function scrollWithin(container: HTMLElement, target: Element, block: 'center' | 'nearest'): void {
  const c = container.getBoundingClientRect();
  const r = target.getBoundingClientRect();
  if (block === 'center') container.scrollTop += r.top - c.top - Math.max(8, (container.clientHeight - r.height) / 2, container.clientHeight / 3);
  else if (r.top < c.top) container.scrollTop += r.top - c.top;
  else if (r.bottom > c.bottom) container.scrollTop += r.bottom - c.bottom;
}
