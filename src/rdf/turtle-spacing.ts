// n3's Turtle writer puts a statement's dot right after a bare number (`oa:start 0.`): valid
// Turtle, but Virtuoso's loader rejects it (SP029) and stops, while isql still exits 0. This puts
// a space between them (`oa:start 0 .`), which every store reads. The Writer emits each triple's
// object at the end of one chunk and the dot at the start of the next, so the chunk boundary is
// where to look; strings and IRIs never end a chunk with a bare digit.
const ENDS_WITH_NUMBER = /[\s,(][+-]?(?:\d+|\d*\.\d+)(?:[eE][+-]?\d+)?$/;

/** A chunk filter for one Writer's output, in order. */
export function numberDotSpacer(): (chunk: string) => string {
  let afterNumber = false;
  return (chunk) => {
    const out = afterNumber && chunk.startsWith('.') ? ` ${chunk}` : chunk;
    afterNumber = ENDS_WITH_NUMBER.test(chunk);
    return out;
  };
}
