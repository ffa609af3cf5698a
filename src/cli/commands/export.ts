import { loadGraph } from '../load-graph.js';
import { FORMATS, type FormatName } from '../../export/registry.js';
import { UsageError } from '../errors.js';
import { emit, writeDirAtomic } from '../write-output.js';
import type { CommandRun } from '../command.js';
import type { FormatSpec } from '../../export/exporter.js';

export const run: CommandRun = async ({ options }) => {
  const name = options.format as FormatName;
  const spec: FormatSpec = FORMATS[name];
  const out = options.out as string | undefined;
  if (spec.output === 'dir' && !out) throw new UsageError('out-required', `--format ${name} writes several files: give --out DIR`);
  const graph = await loadGraph(options.data);
  const result = await (await spec.load()).export(graph);
  if (typeof result === 'string') emit(result, out);
  else writeDirAtomic(out!, result);
  return 0;
};
