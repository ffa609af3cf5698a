// The architecture held by a test: every import in src/ and web/src/ (static, dynamic, type-only,
// re-exports) goes down the layers, never up or sideways, and nothing imports in a cycle.
//
// The order, lowest first:
//   model → text → load → cache → graph → {queries, rdf} → export → draft → edit → src/web → cli
// and the browser app (web/src) above them all but allowed only model, text, graph, queries,
// rdf and export (never the server, the CLI, the loader or the cache).
// rdf sits below export (the Turtle, N-Triples and JSON-LD exporters write its quads) and above
// cache (the SPARQL command caches N-Triples); queries and rdf are siblings that never meet.
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { importsOf, importsOfFiles, sourceFiles, type ImportLine } from '../support/imports.js';

const LAYERS = ['model', 'text', 'load', 'cache', 'graph', 'queries', 'rdf', 'export', 'draft', 'edit', 'src/web', 'cli', 'browser'] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import besides itself. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  model: [],
  text: ['model'],
  load: ['model', 'text'],
  cache: ['model', 'text'],
  graph: ['model', 'text', 'load', 'cache'],
  queries: ['model', 'text', 'graph'],
  rdf: ['model', 'text', 'cache', 'graph'],
  export: ['model', 'text', 'graph', 'rdf'],
  // drafting annotations for a new story (storygraph add): reads the corpus, never the CLI
  draft: ['model', 'text', 'load', 'graph', 'queries'],
  // applying a curator's change to a story file (serve --edit): checks it with the loader, builds the graph
  edit: ['model', 'text', 'load', 'cache', 'graph'],
  'src/web': ['model', 'text', 'load', 'cache', 'graph', 'queries', 'rdf', 'export', 'draft', 'edit'],
  cli: ['model', 'text', 'load', 'cache', 'graph', 'queries', 'rdf', 'export', 'draft', 'edit', 'src/web'],
  browser: ['model', 'text', 'graph', 'queries', 'rdf', 'export'],
};

function layerOf(file: string): Layer | undefined {
  const rel = relative(ROOT, file).split('\\').join('/');
  if (rel.startsWith('web/src/')) return 'browser';
  if (rel.startsWith('src/web/')) return 'src/web';
  const top = /^src\/([^/]+)\//.exec(rel)?.[1];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : undefined;
}

/** One line per import against the order: file:line imports target (layer → layer). */
function violations(imports: readonly ImportLine[]): string[] {
  const out: string[] = [];
  for (const { file, line, target } of imports) {
    const from = layerOf(file);
    const to = layerOf(target);
    if (!from || !to || from === to || ALLOWED[from].includes(to)) continue;
    out.push(`${relative(ROOT, file)}:${line} imports ${relative(ROOT, target)} (${from} → ${to})`);
  }
  return out;
}

const FILES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'web', 'src'))];

it('every source file is in a layer', () => {
  const outside = FILES.filter((f) => !layerOf(f)).map((f) => relative(ROOT, f));
  expect(outside).toEqual([]);
});

it('no import goes against the order of the layers', () => {
  expect(violations(importsOfFiles(FILES))).toEqual([]);
});

it('names file, line and both layers for an import against the order (the checker itself)', () => {
  const file = join(ROOT, 'src', 'rdf', 'example.ts');
  const text =
    "// a comment\nimport type { X } from '../cli/errors.js';\nconst m = await import('../graph/build-graph.js');\nexport { y } from '../web/server.js';\n";
  expect(violations(importsOf(file, text))).toEqual([
    'src/rdf/example.ts:2 imports src/cli/errors.ts (rdf → cli)',
    'src/rdf/example.ts:4 imports src/web/server.ts (rdf → src/web)',
  ]);
  const browser = join(ROOT, 'web', 'src', 'main.ts');
  expect(violations(importsOf(browser, "import { a } from '../../src/load/load-data.js';"))).toEqual([
    'web/src/main.ts:1 imports src/load/load-data.ts (browser → load)',
  ]);
});

/** Every cycle found by a depth-first search, each as a list of files starting at its smallest. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'open') {
        const cycle = stack.slice(stack.indexOf(d));
        const k = cycle.indexOf([...cycle].sort()[0]!);
        const norm = [...cycle.slice(k), ...cycle.slice(0, k)];
        cycles.set(norm.join(' → '), norm);
      } else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return [...cycles.values()];
}

it('finds a cycle when there is one (the detector itself)', () => {
  const g = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a', 'd']],
    ['d', []],
  ]);
  expect(findCycles(g)).toEqual([['a', 'b', 'c']]);
});

// The browser app's lazily loaded views and its state import each other on purpose (a view
// registry of dynamic imports), so cycles are checked in src/.
it('src/ has no import cycles', () => {
  const files = FILES.filter((f) => layerOf(f) !== 'browser');
  const graph = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const i of importsOfFiles(files)) {
    const t = [i.target, `${i.target}.ts`, join(i.target, 'index.ts')].find((c) => graph.has(c));
    if (t) graph.get(i.file)!.push(t);
  }
  const cycles = findCycles(graph).map((c) => [...c, c[0]!].map((f) => relative(ROOT, f)).join(' → '));
  expect(cycles).toEqual([]);
});
