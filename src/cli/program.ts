// The storygraph CLI: wires the command registry into commander, runs one command, and sets
// the exit code in this one place (0 ok, 1 bad data or output, 2 usage).
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import type { CommandSpec } from './command.js';
import { defaultDataDir } from '../load/data-dir.js';
import { EXIT, StorygraphError } from '../model/storygraph-error.js';

function report(e: unknown): number {
  if (e instanceof CommanderError) {
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof StorygraphError) {
    for (const line of e.lines()) process.stderr.write(`${line}
`);
    return e.exit;
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

