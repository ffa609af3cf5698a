// The export view: the current view as a picture (PNG from cytoscape's cy.png(); SVG from the
// cytoscape-svg extension, loaded here only), the visible subgraph as graphology JSON (the
// project's own format, loadable like the full export) and the selection's evidence as W3C Web
// Annotations (the CLI's `export annotations`, kept to the selected element).
import { webAnnotationCollection } from '../../../src/export/web-annotations.js';
import { DEFAULT_BASE } from '../../../src/rdf/base-iri.js';
import { clear, el } from '../dom.js';
import type { State } from '../state.js';
import type { CreateView, ResearchViewContext } from './registry.js';
import { viewSubgraph } from './view-subgraph.js';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The selected element's evidence as a Web Annotation collection (null: nothing selected). */
export function selectionAnnotations(ctx: ResearchViewContext, state: State): string | null {
  const sel = state.selection;
  if (!sel || !(sel.kind === 'node' ? ctx.graph.hasNode(sel.id) : ctx.graph.hasEdge(sel.id))) return null;
  // The site's IRIs use the default base, as its N-Triples do (src/web/site-rdf.ts).
  return `${JSON.stringify(webAnnotationCollection(ctx.graph, { base: DEFAULT_BASE, elements: [sel.id] }), null, 2)}\n`;
}

export const createExportView: CreateView = (container, ctx) => {
  const status = el('p', { class: 'muted', id: 'export-status', 'aria-live': 'polite' });
  const base = () => `storygraph-${ctx.store.state.story || 'graph'}`;
  const done = (what: string, name: string) => {
    status.textContent = `Saved ${what} as ${name}`;
    container.dataset.last = name;
  };
  const fail = (what: string, e: unknown) => {
    status.textContent = `Could not export ${what}: ${e instanceof Error ? e.message : String(e)}`;
  };
  const action = (id: string, label: string, help: string, run: () => Promise<void> | void) => {
    const b = el('button', { type: 'button', id: `export-${id}` }, label);
    b.addEventListener('click', () => {
      Promise.resolve()
        .then(run)
        .catch((e: unknown) => fail(label, e));
    });
    return { li: el('li', {}, b, el('span', { class: 'muted' }, help)), button: b };
  };
  const png = action('png', 'Picture (PNG)', 'the whole drawing as shown, at twice the screen resolution', async () => {
    const blob = await ctx.cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    download(`${base()}.png`, blob);
    done('the picture', `${base()}.png`);
  });
  const svg = action('svg', 'Picture (SVG)', 'the whole drawing as vector graphics', async () => {
    const [{ default: cytoscape }, { default: svgExt }] = await Promise.all([import('cytoscape'), import('cytoscape-svg')]);
    if (!('svg' in ctx.cy)) cytoscape.use(svgExt);
    const text = Reflect.apply(Reflect.get(ctx.cy, 'svg'), ctx.cy, [{ full: true, scale: 1, bg: '#ffffff' }]);
    if (typeof text !== 'string') throw new Error('the SVG extension returned no text');
    download(`${base()}.svg`, new Blob([text], { type: 'image/svg+xml' }));
    done('the picture', `${base()}.svg`);
  });
  const json = action('graph', 'Visible subgraph', 'graphology JSON: the nodes and relations the filters and the focus show', () => {
    const sub = viewSubgraph(ctx.graph, ctx.store.state);
    download(`${base()}-view.json`, new Blob([`${JSON.stringify(sub, null, 2)}\n`], { type: 'application/json' }));
    done(`${sub.nodes.length} nodes and ${sub.edges.length} relations`, `${base()}-view.json`);
  });
  const anno = action('annotations', 'Selected evidence', "W3C Web Annotations (JSON-LD) of the selection's quotes", () => {
    const text = selectionAnnotations(ctx, ctx.store.state);
    if (!text) {
      status.textContent = 'Select a node or a relation first.';
      return;
    }
    download(`${base()}-evidence.jsonld`, new Blob([text], { type: 'application/ld+json' }));
    done('the evidence', `${base()}-evidence.jsonld`);
  });
  clear(container);
  container.append(
    el('p', { class: 'muted' }, "Export what is on screen: the drawing, the subgraph shown, or the selection's evidence."),
    el('ul', { class: 'export-list' }, png.li, svg.li, json.li, anno.li),
    status,
  );
  return {
    render(state) {
      anno.button.disabled = !state.selection;
    },
  };
};
