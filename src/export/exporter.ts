// What every export format provides. A format produces one text (stdout or --out FILE) or a set
// of files (--out DIR); the registry loads a format's module only when it is asked for.
import type { StoryGraph } from '../graph/build-graph.js';
import type { TextSink } from './text-sink.js';

export interface Exporter {
  /** One text for `--out FILE`/stdout, or named files for `--out DIR`. */
  export(graph: StoryGraph): string | Record<string, string> | Promise<string | Record<string, string>>;
  /** The same text written piece by piece (formats that scale to large corpora). */
  stream?(graph: StoryGraph, sink: TextSink): void;
}

export interface FormatSpec {
  description: string;
  /** 'file': one text; 'dir': several files, needs --out DIR. */
  output: 'file' | 'dir';
  extension: string;
  /**
   * For a format made as one text in memory: about how many bytes it writes per node, edge and
   * evidence quote (measured on generated corpora), so that a corpus too large for it is refused
   * before it is made (export-size.ts) instead of running out of memory or string length.
   */
  bytesPerElement?: number;
  load: () => Promise<Exporter>;
}
