// Shared by the export tests: the fixture graph (two small stories with astral characters,
// quotes, markup characters and a quote across a line break), golden files, and helpers that
// rebuild graph attributes from what an independent reader returns.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import Graph from 'graphology';
import { expect } from 'vitest';
import { loadGraphSync as loadGraph } from '../../support/load-graph-sync.js';
import type { StoryGraph } from '../../../src/graph/build-graph.js';
import { sortKeys } from '../../../src/graph/serialize.js';
import { FORMATS, type FormatName } from '../../../src/export/registry.js';
import { EDGE_COLUMNS, NODE_COLUMNS, scalarName, type Column } from '../../../src/export/flatten.js';

export const FIXTURE_DATA = 'tests/fixtures/export/data';
export const GOLDEN_DIR = 'tests/fixtures/export/golden';
export const PYTHON = '/usr/bin/python3';
export const PY_DIR = 'tests/support/python';

export const fixtureGraph = (): StoryGraph => loadGraph(FIXTURE_DATA);

/** The same graph with every node and edge inserted in reverse order. */
export function reversedGraph(g: StoryGraph): StoryGraph {
  const r: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  r.replaceAttributes(g.getAttributes());
  for (const n of [...g.nodes()].reverse()) r.addNode(n, g.getNodeAttributes(n));
  for (const e of [...g.edges()].reverse()) r.addDirectedEdgeWithKey(e, g.source(e), g.target(e), g.getEdgeAttributes(e));
  return r;
}

export async function exportAs(format: FormatName, graph: StoryGraph): Promise<string | Record<string, string>> {
  return (await FORMATS[format].load()).export(graph);
}

export async function exportText(format: FormatName, graph: StoryGraph): Promise<string> {
  const out = await exportAs(format, graph);
  if (typeof out !== 'string') throw new Error(`${format} returned files, not a text`);
  return out;
}

export async function exportFiles(format: FormatName, graph: StoryGraph): Promise<Record<string, string>> {
  const out = await exportAs(format, graph);
  if (typeof out === 'string') throw new Error(`${format} returned a text, not files`);
  return out;
}

/** Compares with tests/fixtures/export/golden/<name>; UPDATE_GOLDEN=1 rewrites it. */
export function expectGolden(name: string, text: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/export`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

/** Why the Python round trips cannot run here, or undefined when they can. */
export function pythonMissing(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  const r = spawnSync(PYTHON, ['-c', 'import networkx'], { encoding: 'utf8' });
  return r.status === 0 ? undefined : `networkx is not installed for ${PYTHON} (apt install python3-networkx)`;
}

/** Runs tests/support/python/<script> with args; returns its JSON output. */
export function runPython(script: string, args: string[]): unknown {
  const r = spawnSync(PYTHON, [join(PY_DIR, script), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${script} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/**
 * Graph attributes rebuilt from a reader's flat record: direct columns as they are, lists and
 * nested values parsed from their JSON text; derived columns are ignored.
 */
export function unflatten<A>(columns: readonly Column<A>[], record: Record<string, unknown>, listsAsJson: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    if (c.from !== c.name && !c.json) continue; // derived
    const key = listsAsJson ? scalarName(c as Column<never>) : c.name;
    const v = record[key];
    if (v === undefined || v === null) continue;
    out[c.from] = c.json || (listsAsJson && c.type === 'string[]') ? JSON.parse(String(v)) : v;
  }
  return sortKeys(out);
}

export const nodeAttrs = (record: Record<string, unknown>, listsAsJson: boolean) => unflatten(NODE_COLUMNS, record, listsAsJson);
export const edgeAttrs = (record: Record<string, unknown>, listsAsJson: boolean) => unflatten(EDGE_COLUMNS, record, listsAsJson);
export const original = (a: object): Record<string, unknown> => sortKeys({ ...a });
