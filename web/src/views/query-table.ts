// SPARQL results as a table whose cells name graph elements: an IRI of a node or relation of this
// graph (docs/rdf.md's IRI scheme) becomes a button that selects it, showing its label; other
// IRIs are shortened with the query's prefixes (src/rdf/sparql-select.ts, as the CLI prints them).
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { DEFAULT_BASE } from '../../../src/rdf/base-iri.js';
import { NS } from '../../../src/rdf/namespaces.js';
import { shortIri, type JsonTerm, type SelectJson } from '../../../src/rdf/sparql-select.js';
import { el } from '../dom.js';
import type { Selection } from '../state.js';

/**
 * The IRI of every node and relation, as src/rdf/iris.ts mints them (that module brings the RDF
 * library, so the rule is restated here; the query e2e test checks that rows select their nodes).
 */
export function iriIndex(graph: StoryGraph, base = DEFAULT_BASE): Map<string, Selection> {
  const out = new Map<string, Selection>();
  graph.forEachNode((id) => out.set(`${base}id/${id}`, { kind: 'node', id }));
  // A derived attribution edge is keyed claim#attribution/N: the IRI of that level of the chain.
  // A level's further agents (joint speakers, claim#attribution/N/K) share its IRI: the first agent's edge stands for it.
  graph.forEachEdge((key, a) => {
    if (!a.agentIndex) out.set(`${base}id/${key.replace(/#/g, '/')}`, { kind: 'edge', id: key });
  });
  return out;
}

export interface TableOptions {
  graph: StoryGraph;
  index: ReadonlyMap<string, Selection>;
  prefixes: Record<string, string>;
  select: (s: Selection) => void;
}

function cell(t: JsonTerm | undefined, o: TableOptions, selects: Selection[]): HTMLElement {
  const td = el('td');
  if (!t) return td;
  const text = typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
  if (t.type === 'uri') {
    const sel = o.index.get(text);
    if (sel) {
      selects.push(sel);
      const label = sel.kind === 'node' ? o.graph.getNodeAttribute(sel.id, 'label') : o.graph.getEdgeAttribute(sel.id, 'type');
      const b = el(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-node': sel.kind === 'node' ? sel.id : undefined,
          'data-edge': sel.kind === 'edge' ? sel.id : undefined,
          title: shortIri(text, { ...NS, ...o.prefixes }, DEFAULT_BASE),
        },
        label,
      );
      b.addEventListener('click', (ev) => {
        ev.stopPropagation();
        o.select(sel);
      });
      td.append(b);
    } else td.append(el('span', { class: 'iri', title: text }, shortIri(text, { ...NS, ...o.prefixes }, DEFAULT_BASE)));
  } else td.append(t.type === 'bnode' ? `_:${text}` : text);
  return td;
}

/** What a cell shows as text: a graph element's label (it is drawn as its button), else the value. */
function shownText(t: JsonTerm | undefined, o: TableOptions): string | null {
  if (!t) return null;
  const text = typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
  const sel = t.type === 'uri' ? o.index.get(text) : undefined;
  if (!sel) return text;
  return sel.kind === 'node' ? o.graph.getNodeAttribute(sel.id, 'label') : o.graph.getEdgeAttribute(sel.id, 'type');
}

/**
 * Columns that repeat another: `?label` beside `?event` shows, on every row, the very label the
 * event's button already shows. They are left out (the table fits without scrolling sideways);
 * the column they repeat names them in its header's title.
 */
export function repeatedColumns(r: SelectJson, o: TableOptions): Map<string, string> {
  const out = new Map<string, string>();
  const rows = r.results.bindings;
  if (!rows.length) return out;
  for (const v of r.head.vars) {
    for (const w of r.head.vars) {
      if (v === w || out.has(w)) continue;
      const same = rows.every((b) => {
        const t = b[w];
        const x = b[v];
        return x?.type === 'literal' && t?.type === 'uri' && o.index.has(String(t.value)) && shownText(t, o) === shownText(x, o);
      });
      if (same) {
        out.set(v, w);
        break;
      }
    }
  }
  return out;
}

/** The results as a table; a row's click selects the first graph element it names. */
export function resultsTable(r: SelectJson, o: TableOptions): HTMLTableElement {
  const repeated = repeatedColumns(r, o);
  const vars = r.head.vars.filter((v) => !repeated.has(v));
  const head = el('tr');
  for (const v of vars) {
    const also = [...repeated].filter(([, w]) => w === v).map(([x]) => x);
    head.append(el('th', { scope: 'col', title: also.length ? `also ${also.map((x) => `?${x}`).join(', ')} (the label shown)` : undefined }, v));
  }
  const body = el('tbody');
  for (const b of r.results.bindings) {
    const selects: Selection[] = [];
    const tr = el('tr');
    for (const v of vars) tr.append(cell(b[v], o, selects));
    const first = selects[0];
    if (first) {
      tr.dataset.selects = selects.map((s) => s.id).join(' ');
      tr.classList.add('selectable');
      tr.addEventListener('click', () => o.select(first));
    }
    body.append(tr);
  }
  return el(
    'table',
    { class: 'query-results', id: 'query-results', 'data-rows': r.results.bindings.length, 'data-left-out': [...repeated.keys()].join(' ') || undefined },
    el('thead', {}, head),
    body,
  );
}
