// storygraph export --format F [--out FILE|DIR]: the graph in a standard format. On unchanged
// data and code the output is read back from the data cache (keyed by format and RDF base);
// the formats that stream (graphology, turtle, ntriples) are written piece by piece instead.
import { loadGraph } from '../../graph/load-graph.js';
import { FORMATS, type FormatName } from '../../export/registry.js';
import { UsageError } from '../../model/storygraph-error.js';
import { writeDirAtomic, writeFileAtomic } from '../write-output.js';
import { BUILD_ID } from '../../cache/build-id.js';
import { cachedText } from '../../cache/data-cache.js';
import type { CommandRun } from '../command.js';
import { openOutput } from '../../export/text-sink.js';

export interface ExportOptions {
  format: FormatName;
  out: string | undefined;
}

/** The cached text of a format's output: a string, or file name → content for folders. */
function parseCached(text: string): string | Record<string, string> {
  const value: unknown = JSON.parse(text);
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Object.values(value).every((v) => typeof v === 'string')) return Object.fromEntries(Object.entries(value));
  throw new Error('export cache: an entry of an unexpected shape');
}

export const run: CommandRun<ExportOptions> = async ({ data, options }) => {
  const { format, out } = options;
  const spec = FORMATS[format];
  if (spec.output === 'dir' && !out) throw new UsageError('out-required', `--format ${format} writes several files: give --out DIR`);
  const exporter = await spec.load();
  if (exporter.stream) {
    // Streamed formats write as they go (memory flat at any corpus size) and are not cached:
    // a copy of a multi-gigabyte output would cost more than making it again.
    const graph = await loadGraph(data);
    const sink = openOutput(out);
    try {
      exporter.stream(graph, sink);
    } catch (e) {
      sink.abort();
      throw e;
    }
    sink.commit();
    return {};
  }
  const make = async () => exporter.export(await loadGraph(data));
  const result = BUILD_ID
    ? parseCached(await cachedText(
      { dataDir: data, kind: `export-${format}`, salt: `${BUILD_ID}\u0000${process.env.STORYGRAPH_RDF_BASE ?? ''}` },
      async () => JSON.stringify(await make()),
    ))
    : await make();
  if (typeof result !== 'string') {
    writeDirAtomic(out!, result);
    return {};
  }
  if (out) {
    writeFileAtomic(out, result);
    return {};
  }
  return { text: () => result };
};
