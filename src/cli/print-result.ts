// Prints what a command returned: JSON with --json, else its text, then what it streams itself.
// Both go out in pieces as they are made (src/text/json-chunks.ts, tableChunks), waiting for a
// slow reader (a pipe) to drain, so no answer is ever one string: at 10,000 stories `claims`
// and `search` answer with hundreds of thousands of rows. An answer that still meets an engine
// limit (one member longer than a string can be) is the coded output-too-large, never a crash.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { OutputError } from '../model/storygraph-error.js';
import { isSizeLimit, jsonChunks, type Stringify } from '../text/json-chunks.js';
import type { CommandIO, CommandResult } from './command.js';

/** Whether anything went to stdout yet (a command is run again only if not). */
export interface PrintState {
  written: boolean;
}

/** Writes the pieces in order, waiting for 'drain' when the stream asks to. */
export async function writeChunks(out: Writable, chunks: Iterable<string>, state: PrintState = { written: false }): Promise<void> {
  for (const chunk of chunks) {
    if (!chunk) continue;
    state.written = true;
    if (!out.write(chunk)) await once(out, 'drain');
  }
}

const tooLarge = (e: unknown): OutputError =>
  new OutputError(
    'output-too-large',
    `the answer is too large to print (${(e as Error).message}); narrow it (--story, --type, --limit) or export the graph (storygraph export --format graphology|turtle|ntriples)`,
  );

export async function printResult(
  result: CommandResult,
  asJson: boolean,
  io: CommandIO,
  options: { state?: PrintState; stringify?: Stringify } = {},
): Promise<void> {
  const state = options.state ?? { written: false };
  for (const w of result.warnings ?? []) io.stderr.write(`storygraph: warning: ${w}\n`);
  try {
    if (asJson && result.data !== undefined) await writeChunks(io.stdout, jsonChunks(result.data, options.stringify), state);
    else if (result.text) {
      const text = result.text();
      await writeChunks(io.stdout, typeof text === 'string' ? [text] : text, state);
    }
  } catch (e) {
    if (isSizeLimit(e)) throw tooLarge(e);
    throw e;
  }
  if (result.write) {
    state.written = true;
    await result.write(io.stdout);
  }
  if (result.until) await result.until;
}
