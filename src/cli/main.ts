#!/usr/bin/env node
// The binary's entry: runs the program and sets the exit code. It also owns what can end the
// process from outside the program: a closed or failing standard output, and signals.
import { main } from './program.js';
import { removeTrackedTemps } from '../cache/temp-files.js';

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

// Temp files of an unfinished write go with the process, however it ends.
process.on('exit', removeTrackedTemps);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  const onSignal = () => {
    removeTrackedTemps();
    if (process.listenerCount(signal) > 1) return; // a command (serve) ends itself cleanly
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal); // die of the signal, as the shell expects (130, 143)
  };
  process.on(signal, onSignal);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`storygraph: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
