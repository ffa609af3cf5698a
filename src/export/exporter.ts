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
  load: () => Promise<Exporter>;
}
