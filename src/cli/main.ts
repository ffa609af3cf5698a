#!/usr/bin/env node
// The binary's entry: runs the program and sets the exit code. It also owns what can end the
// process from outside the program: a closed or failing standard output. (Signals remove the
// temp files of unfinished writes: src/cache/temp-files.ts.)
import { main } from './program.js';

// A reader that stops early (`storygraph claims --json | head -1`) is not an error: end quietly.
// Any other write error (a full disk: `> /dev/full`) is one coded line, exit 1.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  try {
    process.stderr.write(`storygraph: write-failed: cannot write to standard output (${e.code ?? e.message})\n`);
  } finally {
    process.exit(1);
  }
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`storygraph: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
