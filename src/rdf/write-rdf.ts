// Turtle and N-Triples from the sorted triples, with the n3 Writer. Turtle gets the vocabulary
// prefixes plus one prefix per id type (person:, org:, rel:...) so that it reads like the data.
import { Writer, type Quad } from 'n3';
import { NODE_TYPES, NODE_TYPE_NAMES } from '../model/index.js';
import { DEFAULT_BASE } from './iris.js';
import { NS } from './namespaces.js';
import { numberDotSpacer } from './turtle-spacing.js';

/** The Turtle prefixes for a base: the vocabularies', then the id prefixes. */
export function turtlePrefixes(base: string = DEFAULT_BASE): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const type of NODE_TYPE_NAMES) ids[NODE_TYPES[type].prefix] = `${base}id/${NODE_TYPES[type].prefix}/`;
  return { ...NS, ...ids, rel: `${base}id/rel/`, story: `${base}story/` };
}

/** The n3 Writer's text sink: the chunks joined, numbers spaced from their dots in Turtle (turtle-spacing.ts). */
function spacedSink(spaced: boolean) {
  let text = '';
  // N-Triples writes every literal quoted: no bare number can meet a statement's dot.
  const space = spaced ? numberDotSpacer() : (chunk: string) => chunk;
  return {
    write(chunk: string, _encoding?: string, done?: () => void) {
      text += space(chunk);
      done?.();
    },
    end(done?: (error: Error | null, result: string) => void) {
      done?.(null, text);
    },
  };
}

function write(quads: readonly Quad[], options: ConstructorParameters<typeof Writer>[0]): string {
  const writer = new Writer(spacedSink(options?.format !== 'N-Triples') as unknown as NodeJS.WritableStream, options);
  writer.addQuads([...quads]);
  let text: string | undefined;
  let error: Error | undefined;
  writer.end((e, result) => {
    error = e ?? undefined;
    text = result;
  });
  if (error || text === undefined) throw error ?? new Error('n3 Writer did not finish synchronously');
  return text;
}

export function toTurtle(quads: readonly Quad[], prefixes: Record<string, string> = turtlePrefixes()): string {
  return write(quads, { format: 'Turtle', prefixes });
}

export function toNTriples(quads: readonly Quad[]): string {
  return write(quads, { format: 'N-Triples' });
}
