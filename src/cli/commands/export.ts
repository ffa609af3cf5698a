// storygraph export --format F [--out FILE|DIR]: the graph in a standard format. On unchanged
// data and code the output is read back from the data cache (keyed by format and RDF base).
import { loadGraph } from '../../graph/load-graph.js';
import { FORMATS, type FormatName } from '../../export/registry.js';
import { UsageError } from '../../model/storygraph-error.js';
import { emit, writeDirAtomic } from '../write-output.js';
import { BUILD_ID } from '../../cache/build-id.js';
import { cachedText } from '../../cache/data-cache.js';
import type { CommandRun } from '../command.js';
import type { FormatSpec } from '../../export/exporter.js';

export const run: CommandRun = async ({ options }) => {
  const name = options.format as FormatName;
  const spec: FormatSpec = FORMATS[name];
  const out = options.out as string | undefined;
  if (spec.output === 'dir' && !out) throw new UsageError('out-required', `--format ${name} writes several files: give --out DIR`);
  const make = async () => (await spec.load()).export(await loadGraph(options.data));
  const result = BUILD_ID
    ? JSON.parse(await cachedText(
      { dataDir: options.data, kind: `export-${name}`, salt: `${BUILD_ID}\u0000${process.env.STORYGRAPH_RDF_BASE ?? ''}` },
      async () => JSON.stringify(await make()),
    )) as string | Record<string, string>
    : await make();
  if (typeof result === 'string') emit(result, out);
  else writeDirAtomic(out!, result);
  return 0;
};
