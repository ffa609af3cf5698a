// Turtle and N-Triples streamed to a sink: the n3 Writer writes each triple as it comes (its
// output "stream" is the sink), so neither the triples nor the text are ever held whole.
import { Writer, type Quad } from 'n3';
import type { StoryGraph } from '../graph/build-graph.js';
import { streamQuads, type RdfOptions } from './graph-to-quads.js';
import { numberDotSpacer } from './turtle-spacing.js';

export interface RdfSink {
  write(text: string): void;
}

export function writeRdf(graph: StoryGraph, options: RdfOptions, sink: RdfSink, format: 'Turtle' | 'N-Triples', prefixes?: Record<string, string>): void {
  const space = numberDotSpacer(); // `oa:start 0 .`: a Turtle every store loads (turtle-spacing.ts)
  const stream = {
    write(chunk: string, _encoding?: unknown, done?: () => void) {
      sink.write(space(chunk));
      done?.();
    },
    end(done?: (e: Error | null) => void) {
      done?.(null);
    },
  };
  const writer = new Writer(stream as unknown as NodeJS.WritableStream, { format, ...(prefixes ? { prefixes } : {}) });
  streamQuads(graph, options, (q: Quad) => writer.addQuad(q));
  let error: Error | undefined;
  writer.end((e) => {
    error = e ?? undefined;
  });
  if (error) throw error;
}
