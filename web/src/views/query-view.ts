// The query panel: the research questions of the queries/ catalog and a SPARQL editor, run in the
// browser by oxigraph (WebAssembly) over the graph's RDF, the same triples `storygraph sparql`
// queries, or, under `serve --endpoint`, by the SPARQL server behind it (sparql-remote.ts). The
// engine starts loading when the panel is created (its tab first opens); results are a table
// whose rows select the nodes they name.
import { queryPrologue } from '../../../src/rdf/query-form.js';
import { clear, el } from '../dom.js';
import type { State } from '../state.js';
import { CATALOG, type CatalogQuery } from './query-catalog.js';
import { iriIndex, resultsTable } from './query-table.js';
import type { CreateView, ResearchViewContext } from './registry.js';
import { oneLine } from './error-line.js';
import type { Engine } from './sparql-engine.js';
import { remoteEngine } from './sparql-remote.js';
import { bringIntoSight } from './scroll-parent.js';
import './research.css';

export const createQueryView: CreateView = (container: HTMLElement, ctx: ResearchViewContext) => {
  const { graph } = ctx;
  const index = iriIndex(graph);
  const editor = el('textarea', { id: 'sparql-editor', class: 'sparql-editor', rows: 7, spellcheck: false, 'aria-label': 'SPARQL query (Ctrl+Enter runs it)' });
  const runButton = el('button', { type: 'button', id: 'sparql-run', disabled: true }, 'Run');
  const status = el('p', { class: 'query-status', id: 'query-status', role: 'status', 'aria-live': 'polite' }, 'Loading the SPARQL engine…');
  const output = el('div', { class: 'query-output', id: 'query-output' });
  const catalog = el('ol', { class: 'query-catalog', 'aria-label': 'Research questions' });
  clear(container);
  container.dataset.engine = 'loading';
  container.append(
    el('details', { class: 'query-catalog-box', open: true }, el('summary', {}, `Research questions (${CATALOG.length})`), catalog),
    editor,
    el('div', { class: 'rv-controls' }, runButton, el('span', { class: 'muted' }, 'Ctrl+Enter runs the query')),
    status,
    output,
  );

  let engine: Engine | undefined;
  let asked = 0;
  const run = async (): Promise<void> => {
    if (!engine) return;
    const ask = ++asked; // a slower earlier answer must not overwrite a later one
    const text = editor.value;
    clear(output);
    if (!text.trim()) {
      status.textContent = 'The query is empty.';
      container.dataset.result = 'error';
      return;
    }
    const t0 = performance.now();
    status.textContent = 'Running…';
    container.dataset.result = 'running';
    try {
      const r = await engine.run(text);
      if (ask !== asked) return;
      const ms = (performance.now() - t0).toFixed(0);
      if (r.form === 'ASK') {
        output.append(el('p', { class: 'query-ask', id: 'query-results', 'data-rows': 1 }, r.result ? 'yes' : 'no'));
        status.textContent = `ASK: ${r.result ? 'yes' : 'no'} (${ms} ms)`;
      } else {
        const n = r.result.results.bindings.length;
        output.append(resultsTable(r.result, { graph, index, prefixes: queryPrologue(text).prefixes, select: ctx.select }));
        status.textContent = `${n} ${n === 1 ? 'row' : 'rows'} (${ms} ms)${r.cut ? `: ${r.cut}` : ''}`;
        mark(ctx.store.state);
      }
      container.dataset.result = 'ok';
    } catch (e) {
      if (ask !== asked) return;
      status.textContent = `Query error: ${oneLine(e)}`;
      container.dataset.result = 'error';
    }
  };
  const pick = (q: CatalogQuery, button: HTMLElement): void => {
    for (const b of catalog.querySelectorAll('button[aria-pressed]')) b.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', 'true');
    editor.value = q.text;
    container.dataset.query = q.name;
    // Scrolled once the rows are there: before, the panel may be too short to scroll that far.
    void run().then(() => bringIntoSight(status, 'start'));
  };
  for (const q of CATALOG) {
    const b = el('button', { type: 'button', class: 'query-question', 'data-query': q.name, 'aria-pressed': 'false', title: q.about || undefined }, q.question);
    b.addEventListener('click', () => pick(q, b));
    catalog.append(el('li', {}, b));
  }
  runButton.addEventListener('click', () => void run());
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run();
    }
  });
  editor.addEventListener('input', () => {
    delete container.dataset.query;
  });

  const mark = (state: State): void => {
    const id = state.selection?.id;
    for (const tr of output.querySelectorAll<HTMLElement>('tr[data-selects]')) {
      if (id && tr.dataset.selects!.split(' ').includes(id)) tr.setAttribute('aria-current', 'true');
      else tr.removeAttribute('aria-current');
    }
  };

  const t0 = performance.now();
  // A server's SPARQL endpoint if `serve --endpoint` offers one; else the engine in the page.
  const load = async () => remoteEngine() ?? (await import('./sparql-engine.js')).loadEngine();
  load().then(
    (e) => {
      engine = e;
      runButton.disabled = false;
      status.textContent = `SPARQL engine ready: ${e.about} (${(performance.now() - t0).toFixed(0)} ms). Pick a question or write a query.`;
      container.dataset.engine = 'ready';
      if (editor.value.trim()) void run();
    },
    (err: unknown) => {
      status.textContent = `Could not load the SPARQL engine: ${oneLine(err)}`;
      container.dataset.engine = 'error';
    },
  );

  return {
    render(state: State, previous: State | null) {
      if (previous && previous.selection === state.selection) return;
      mark(state);
    },
  };
};
