// The storygraph CLI: wires the command registry into commander, runs one command, prints what
// it returns (JSON with --json, else its text) and sets the exit status in this one place:
// 0 ok, 1 bad data or output, 2 usage; a StorygraphError says which.
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { optionReader, type CommandIO } from './command.js';
import { printResult } from './print-result.js';
import { defaultDataDir } from '../load/data-dir.js';
import { EXIT, StorygraphError } from '../model/storygraph-error.js';

function report(e: unknown, io: CommandIO): number {
  if (e instanceof CommanderError) {
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof StorygraphError) {
    for (const line of e.lines()) io.stderr.write(`${line}\n`);
    return e.exit;
  }
  throw e; // a bug: keep the stack trace
}

export async function main(argv: string[], io: CommandIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let ran: Promise<void> | undefined;
  const program = new Command('storygraph')
    .description('Turn a news story into an annotated knowledge graph, and query it.')
    .version('0.1.0')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s.startsWith('error:') ? `storygraph: ${s}` : s),
    });
  for (const [name, spec] of Object.entries(COMMANDS)) {
    const cmd = program.command(name).description(spec.description).exitOverride();
    if (spec.data) cmd.option('--data <dir>', 'the data folder', defaultDataDir());
    if (spec.json) cmd.option('--json', 'print JSON');
    spec.configure?.(cmd);
    if (spec.curated) cmd.option('--curated-only', 'leave out drafted elements no reviewer has accepted (storygraph add)');
    if (spec.story) cmd.option('--story <id>', 'only what this story says (its id, or a part of the id that one story alone has)');
    cmd.action((...params: unknown[]) => {
      const command = params[params.length - 1];
      if (!(command instanceof Command)) throw new Error('commander: no command object');
      const values = command.opts();
      const read = optionReader(values);
      const data = read.string('data') ?? defaultDataDir();
      // A cache entry found damaged part-way (a lazily read snapshot section) has been removed:
      // the command runs once more and answers as if uncached, nothing printed twice.
      // (Rendering is inside the retry: a table may read what the query left undecoded; a table
      // reads everything before its first line, and nothing is run again once output began.)
      const state = { written: false };
      const once = async () => printResult(await spec.run(command.args, read, data), read.flag('json'), io, { state });
      ran = once().catch((e: unknown) => {
        if (e instanceof StorygraphError && e.code === 'cache-damaged' && !state.written) return once();
        throw e;
      });
    });
  }
  if (argv.length === 0) {
    io.stderr.write(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (!ran) {
      io.stdout.write(program.helpInformation());
      return EXIT.usage;
    }
    await ran;
    return EXIT.ok;
  } catch (e) {
    return report(e, io);
  }
}
