// The shape of a CLI command: options are declared up front (cheap); the code that runs is
// loaded only when the command is called, so each command loads just what it uses.
import type { Command } from 'commander';

export interface CommandContext {
  /** Positional arguments, in order. */
  args: string[];
  /** Parsed options, with `data` always set. */
  options: Record<string, unknown> & { data: string };
}

export type CommandRun = (ctx: CommandContext) => number | Promise<number>;

export interface CommandSpec {
  description: string;
  configure?: (cmd: Command) => void;
  /** Whether the command reads the data folder (adds --data DIR). */
  data?: boolean;
  load: () => Promise<CommandRun>;
}
