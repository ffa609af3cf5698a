// storygraph build-web: writes the explorer as a static site (the built app plus the graph data
// with stored layout) that any static host can serve.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadGraph } from '../../graph/load-graph.js';
import { buildSite, SITE_MARKER } from '../../web/site.js';
import { UsageError } from '../../model/storygraph-error.js';
import { writeDirAtomic } from '../write-output.js';
import type { CommandRun } from '../command.js';

export interface BuildWebOptions {
  out: string | undefined;
}

export const run: CommandRun<BuildWebOptions> = async ({ data, options }) => {
  const { out } = options;
  if (!out) throw new UsageError('out-required', 'build-web writes a folder: give --out DIR');
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError('out-not-directory', `${out}: exists and is not a folder`);
    if (readdirSync(out).length > 0 && !existsSync(join(out, SITE_MARKER))) {
      throw new UsageError('out-not-empty', `${out}: the folder is not empty and is not a storygraph site; choose an empty or new folder`);
    }
  }
  const site = buildSite(await loadGraph(data));
  const files: Record<string, Uint8Array | string> = Object.fromEntries(site);
  files[SITE_MARKER] = 'Written by `storygraph build-web`; the next build replaces this folder.\n';
  writeDirAtomic(out, files);
  return { text: () => `wrote ${site.size} files to ${out}\n` };
};
