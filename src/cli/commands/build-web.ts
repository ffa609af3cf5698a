// storygraph build-web: writes the explorer as a static site (the built app plus the graph data
// with stored layout) that any static host can serve. An earlier site (it holds SITE_MARKER) is
// replaced; a folder holding anything else is refused unless --force.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fullGraph, loadQueryGraph } from '../../graph/load-graph.js';
import { isLargeCorpus, siteMaxElements } from '../../web/corpus-data.js';
import { buildSite, SITE_MARKER } from '../../web/site.js';
import { OutputError, UsageError } from '../../model/storygraph-error.js';
import { writeDirAtomic } from '../write-output.js';
import type { CommandRun } from '../command.js';

export interface BuildWebOptions {
  out: string | undefined;
  force: boolean;
}

const isSite = (names: readonly string[]) => names.includes(SITE_MARKER);

export const run: CommandRun<BuildWebOptions> = async ({ data, options }) => {
  const { out, force } = options;
  if (!out) throw new UsageError('out-required', 'build-web writes a folder: give --out DIR');
  // Checked before the site is built, so a wrong folder costs nothing.
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError('out-not-directory', `${out}: exists and is not a folder`);
    const names = readdirSync(out);
    if (names.length > 0 && !isSite(names) && !force) {
      throw new OutputError(
        'out-not-empty',
        `${out}: the folder is not empty and is not a storygraph site; choose an empty or new folder, or pass --force to replace it`,
      );
    }
  }
  const graph = await loadQueryGraph(data);
  if (isLargeCorpus(graph)) {
    throw new OutputError(
      'site-too-large',
      `this corpus (${graph.order} nodes, ${graph.size} edges) is too large for a static site of the whole graph (limit ${siteMaxElements()} nodes and edges, STORYGRAPH_SITE_MAX_ELEMENTS): use storygraph serve, which loads the overview and each story on demand`,
    );
  }
  const site = buildSite(await fullGraph(graph, data));
  const files: Record<string, Uint8Array | string> = Object.fromEntries(site);
  files[SITE_MARKER] = 'Written by `storygraph build-web`; the next build replaces this folder.\n';
  writeDirAtomic(out, files, { force, isEarlierOutput: isSite });
  return { text: () => `wrote ${site.size} files to ${out}\n` };
};
