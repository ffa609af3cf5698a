// The storygraph CLI: wires the command registry into commander, runs one command, and sets
// the exit code in this one place (0 ok, 1 bad data or output, 2 usage).
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import type { CommandSpec } from './command.js';
import { defaultDataDir } from './data-dir.js';
import { EXIT, OutputError, UsageError } from './errors.js';
import { DataError, formatProblem } from '../load/problem.js';

function report(e: unknown): number {
  if (e instanceof CommanderError) {
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof UsageError) {
    process.stderr.write(`storygraph: ${e.code}: ${e.message}\n`);
    return EXIT.usage;
  }
  if (e instanceof DataError) {
    for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`${e.problems.length} ${e.problems.length === 1 ? 'problem' : 'problems'} found\n`);
    return EXIT.data;
  }
  if (e instanceof OutputError) {
    process.stderr.write(`storygraph: ${e.code}: ${e.message}\n`);
    return EXIT.data;
  }
  throw e; // a bug: keep the stack trace
}

export async function main(argv: string[]): Promise<number> {
  let ran: Promise<number> | undefined;
  const program = new Command('storygraph')
    .description('Turn a news story into an annotated knowledge graph, and query it.')
    .version('0.1.0')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `storygraph: ${s}` : s) });
  for (const [name, spec] of Object.entries(COMMANDS) as [string, CommandSpec][]) {
    const cmd = program.command(name).description(spec.description).exitOverride();
    if (spec.data) cmd.option('--data <dir>', 'the data folder', defaultDataDir());
    spec.configure?.(cmd);
    cmd.action((...params: unknown[]) => {
      const command = params[params.length - 1] as Command;
      const args = command.args;
      const options = command.opts() as Record<string, unknown> & { data: string };
      ran = spec.load().then((run) => run({ args, options }));
    });
  }
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!ran) {
      program.outputHelp();
      return EXIT.usage;
    }
    return await ran;
  } catch (e) {
    return report(e);
  }
}

