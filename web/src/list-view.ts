// The list view beside the canvas: every node (grouped by type) and every relation as a button,
// the accessible way through the graph. Each list is one tab stop; arrow keys, Home and End
// move within it (roving tabindex); Enter selects. Filters hide entries as they hide the canvas's.
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { NODE_TYPE_NAMES } from '../../src/model/node-types.js';
import { el } from './dom.js';
import { edgeLabel } from './labels.js';
import { typeGlyph } from './legend-view.js';
import type { Selection, State } from './state.js';
import { edgeVisible, nodeVisible } from './visibility.js';

export interface ListView {
  render(state: State, previous: State | null): void;
}

interface Entry {
  sel: Selection;
  button: HTMLButtonElement;
  li: HTMLElement;
}

function roving(list: HTMLElement, entries: Entry[]): void {
  list.addEventListener('keydown', (e) => {
    const visible = entries.filter((x) => !x.li.hidden);
    const at = visible.findIndex((x) => x.button === document.activeElement);
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(visible.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = visible.length - 1;
    else return;
    e.preventDefault();
    const target = visible[next];
    if (!target) return;
    for (const x of entries) if (x.button.tabIndex === 0) x.button.tabIndex = -1;
    target.button.tabIndex = 0;
    target.button.focus();
  });
}

export function createListView(root: HTMLElement, graph: StoryGraph, onSelect: (s: Selection) => void): ListView {
  const nodes: Entry[] = [];
  const edges: Entry[] = [];
  const make = (sel: Selection, into: Entry[], ...content: (Node | string)[]): HTMLElement => {
    const button = el('button', { type: 'button', class: 'list-item', 'data-id': sel.id, tabindex: -1 }, ...content);
    button.addEventListener('click', () => onSelect(sel));
    const li = el('li', {}, button);
    into.push({ sel, button, li });
    return li;
  };

  const nodeList = el('ul', { class: 'list', id: 'node-list', 'aria-label': 'Nodes' });
  for (const t of NODE_TYPE_NAMES) {
    const ids = graph.filterNodes((_, a) => a.type === t).sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
    for (const id of ids)
      nodeList.append(
        make({ kind: 'node', id }, nodes, typeGlyph(t), el('span', {}, graph.getNodeAttribute(id, 'label')), el('span', { class: 'sr-only' }, ` (${t})`)),
      );
  }
  const edgeList = el('ul', { class: 'list', id: 'edge-list', 'aria-label': 'Relations' });
  const keys = graph.edges().sort((a, b) => edgeLabel(graph, a).localeCompare(edgeLabel(graph, b)));
  for (const key of keys) {
    const f = graph.getEdgeAttribute(key, 'factuality');
    edgeList.append(make({ kind: 'edge', id: key }, edges, el('span', {}, edgeLabel(graph, key)), el('span', { class: `badge fact-${f}` }, f)));
  }
  if (nodes[0]) nodes[0].button.tabIndex = 0;
  if (edges[0]) edges[0].button.tabIndex = 0;
  roving(nodeList, nodes);
  roving(edgeList, edges);
  const nodeCount = el('span', { class: 'count' });
  const edgeCount = el('span', { class: 'count' });
  root.append(
    el('details', { open: true, class: 'list-group' }, el('summary', {}, 'Nodes ', nodeCount), nodeList),
    el('details', { class: 'list-group' }, el('summary', {}, 'Relations ', edgeCount), edgeList),
  );

  let current: Entry | undefined;
  const byId = new Map([...nodes, ...edges].map((x) => [`${x.sel.kind}:${x.sel.id}`, x]));
  const tabStop = new Map<Selection['kind'], Entry>(
    [
      ['node', nodes[0]!],
      ['edge', edges[0]!],
    ].filter((x): x is [Selection['kind'], Entry] => !!x[1]),
  );
  return {
    render(state, previous) {
      if (!previous || previous.filters !== state.filters) {
        const f = state.filters;
        let n = 0;
        let m = 0;
        for (const x of nodes) {
          x.li.hidden = !nodeVisible(graph.getNodeAttributes(x.sel.id), f);
          if (!x.li.hidden) n++;
        }
        for (const x of edges) {
          const k = x.sel.id;
          x.li.hidden = !edgeVisible(graph.getEdgeAttributes(k), graph.getNodeAttributes(graph.source(k)), graph.getNodeAttributes(graph.target(k)), f);
          if (!x.li.hidden) m++;
        }
        nodeCount.textContent = `${n}/${nodes.length}`;
        edgeCount.textContent = `${m}/${edges.length}`;
      }
      if (!previous || previous.selection !== state.selection) {
        current?.button.removeAttribute('aria-current');
        const sel = state.selection;
        current = sel ? byId.get(`${sel.kind}:${sel.id}`) : undefined;
        if (current) {
          current.button.setAttribute('aria-current', 'true');
          // the roving tab stop moves to the selected entry
          for (const x of [tabStop.get(current.sel.kind)]) if (x) x.button.tabIndex = -1;
          current.button.tabIndex = 0;
          tabStop.set(current.sel.kind, current);
        }
      }
    },
  };
}
