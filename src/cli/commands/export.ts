// storygraph export --format F [--out FILE|DIR|-] [--force]: the graph in a standard format. On
// unchanged data and code the output is read back from the data cache (keyed by format and RDF
// base). A folder that holds other files is refused unless --force (src/cli/write-output.ts).
// The formats that stream (graphology, turtle, ntriples) are written piece by piece; the others
// are refused before they are made when too large (export-too-large).
import { fullGraph, loadGraph, loadQueryGraph } from '../../graph/load-graph.js';
import { FORMATS, type FormatName } from '../../export/registry.js';
import { UsageError } from '../../model/storygraph-error.js';
import { writeDirAtomic, writeFileAtomic } from '../write-output.js';
import { BUILD_ID } from '../../cache/build-id.js';
import { openCache } from '../../cache/data-cache.js';
import type { CommandRun } from '../command.js';
import { lstatSync, type Stats } from 'node:fs';
import type { Writable } from 'node:stream';
import { dirname } from 'node:path';
import { collect, openOutput, type TextSink } from '../../export/text-sink.js';
import { removeLeftovers } from '../../cache/temp-files.js';
import { CACHE_MAX_BYTES, checkExportSize } from '../../export/export-size.js';

export interface ExportOptions {
  format: FormatName;
  /** A file, a folder (multi-file formats), or `-` for stdout. */
  out: string | undefined;
  force: boolean;
}

type Output = string | Record<string, string>;

/** A folder's files as cached (JSON of file name → content); undefined if not that shape. */
function parseFiles(bytes: Buffer): Record<string, string> | undefined {
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  return entries.every(([, v]) => typeof v === 'string') ? (Object.fromEntries(entries) as Record<string, string>) : undefined;
}

/** The format's output, from the cache when the data and code are unchanged. */
async function exportOutput(format: FormatName, data: string): Promise<Output> {
  const spec = FORMATS[format];
  // Refused before it is made when too large; not cached when large (the cache would copy it).
  const graph = await loadQueryGraph(data);
  const bytes = checkExportSize(format, spec, graph);
  const make = async () => (await spec.load()).export(await fullGraph(graph, data));
  if (!BUILD_ID || bytes > CACHE_MAX_BYTES) return make();
  const slot = openCache({ dataDir: data, kind: `export-${format}`, salt: `${BUILD_ID}\u0000${process.env.STORYGRAPH_RDF_BASE ?? ''}` });
  if (slot?.hit) {
    if (spec.output === 'file') return slot.hit.toString('utf8');
    const files = parseFiles(slot.hit);
    if (files) return files;
  }
  const result = await make();
  slot?.store([typeof result === 'string' ? result : JSON.stringify(result)]);
  return result;
}

/** lstat that answers undefined for a path that cannot exist (a missing folder, a file as folder). */
function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** A streamed export to the program's stdout, in chunks of about 1 MB. */
async function streamTo(stdout: Writable, write: (sink: TextSink) => void): Promise<void> {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length) stdout.write(parts.join(''));
    parts = [];
    size = 0;
  };
  write({
    write: (text) => {
      parts.push(text);
      size += text.length;
      if (size >= 1 << 20) flush();
    },
  });
  flush();
}

export const run: CommandRun<ExportOptions> = async ({ data, options }) => {
  const { format, force } = options;
  const out = options.out === '-' ? undefined : options.out;
  const spec = FORMATS[format];
  if (spec.output === 'dir' && !out) throw new UsageError('out-required', `--format ${format} writes several files: give --out DIR`);
  const exporter = await spec.load();
  if (exporter.stream) {
    // Streamed formats write as they go (memory flat at any corpus size) and are not cached.
    const graph = await loadGraph(data);
    const special = out !== undefined && !(lstatOrUndefined(out)?.isFile() ?? true);
    if (special) {
      // A FIFO, a device or a symlink: written in place by the output writer, never renamed over.
      writeFileAtomic(
        out,
        collect((sink) => exporter.stream!(graph, sink)),
      );
      return {};
    }
    if (!out) return { write: async (stdout) => streamTo(stdout, (sink) => exporter.stream!(graph, sink)) };
    try {
      removeLeftovers(dirname(out));
    } catch {
      /* an unusable folder: the sink says so below */
    }
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
  const result = await exportOutput(format, data);
  if (typeof result !== 'string') {
    writeDirAtomic(out!, result, { force });
    return {};
  }
  if (out) {
    writeFileAtomic(out, result);
    return {};
  }
  return { text: () => result };
};
