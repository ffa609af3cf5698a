// Architecture held by a test: no import cycles under src/ (static, dynamic and type-only
// imports alike), found by reading the import lines with a regex; no extra dependency.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';

const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : []);
}

/** file → the project files it imports (specifiers ending in .js name the .ts source). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    const deps = new Set<string>();
    for (const m of text.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      const found = [target, `${target}.ts`, join(target, 'index.ts')].find((t) => known.has(t));
      if (found) deps.add(found);
    }
    graph.set(file, [...deps].sort());
  }
  return graph;
}

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

it('reads imports of every kind', () => {
  const files = sourceFiles(SRC);
  const graph = importGraph(files);
  expect(files.length).toBeGreaterThan(20);
  const of = (f: string) => (graph.get(join(SRC, f)) ?? []).map((d) => relative(SRC, d));
  expect(of('load/load-data.ts')).toContain('load/load-story.ts'); // import { … } from
  expect(of('graph/build-graph.ts')).toContain('load/load-story.ts'); // import type
  expect(of('cli/commands/index.ts')).toContain('cli/commands/validate.ts'); // import()
});

it('finds a cycle when there is one (the detector itself)', () => {
  const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []]]);
  expect(findCycles(g)).toEqual([['a', 'b', 'c']]);
  expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
});

it('src/ has no import cycles', () => {
  const cycles = findCycles(importGraph(sourceFiles(SRC))).map((c) => [...c, c[0]!].map((f) => relative(SRC, f)).join(' → '));
  expect(cycles).toEqual([]);
});
