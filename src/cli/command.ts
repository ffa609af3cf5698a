// The shape of a CLI command. Options are declared up front (cheap) and read into a typed object
// per command; the code that runs is loaded only when the command is called, so each command
// loads just what it uses. A command returns its result; the program prints it (--json, tables)
// and owns stdout, stderr and the exit status.
import type { Command } from 'commander';
import type { Writable } from 'node:stream';

/** Where a command's output goes: the process's streams, or a test's buffers. */
export interface CommandIO {
  stdout: Writable;
  stderr: Writable;
}

export interface CommandResult {
  /** What `--json` prints (for commands declared with `json: true`). */
  data?: unknown;
  /** The rendering for people: a table or lines, printed without `--json` (large ones in pieces: tableChunks). */
  text?: () => string | Iterable<string>;
  /** Output the command streams itself (large exports, SPARQL rows), after `text`. */
  write?: (out: Writable) => Promise<void>;
  /** Warnings for stderr. */
  warnings?: string[];
  /** A long-running command (serve) ends when this settles, after its text is printed. */
  until?: Promise<void>;
}

/** Reads commander's parsed options, checking each value's type at run time (no casts). */
export interface OptionReader {
  string(name: string): string | undefined;
  flag(name: string): boolean;
  number(name: string): number | undefined;
  choice<T extends string>(name: string, choices: readonly T[]): T | undefined;
}

export interface CommandContext<O> {
  /** Positional arguments, in order. */
  args: string[];
  /** This command's options, typed. */
  options: O;
  /** The data folder (`--data`, or the project's data/). */
  data: string;
}

export type CommandRun<O> = (ctx: CommandContext<O>) => CommandResult | Promise<CommandResult>;

export interface CommandSpec<O> {
  description: string;
  configure?: (cmd: Command) => void;
  /** Whether the command reads the data folder (adds --data DIR). */
  data?: boolean;
  /** Whether the command answers with data (adds --json: print the data instead of the text). */
  json?: boolean;
  /** Whether the command queries the graph (adds --curated-only: leave drafts out). */
  curated?: boolean;
  /** Whether the command can answer about one story of the corpus (adds --story ID). */
  story?: boolean;
  /** This command's typed options, read from what commander parsed. */
  options: (read: OptionReader) => O;
  load: () => Promise<CommandRun<O>>;
}

/** A command in the registry, its option type closed over. */
export interface RegisteredCommand {
  description: string;
  configure?: (cmd: Command) => void;
  data?: boolean;
  json?: boolean;
  curated?: boolean;
  story?: boolean;
  run: (args: string[], read: OptionReader, data: string) => Promise<CommandResult>;
}

/** The options reader of a command that has none of its own. */
export const noOptions = (): object => ({});

export function defineCommand<O>(spec: CommandSpec<O>): RegisteredCommand {
  return {
    description: spec.description,
    configure: spec.configure,
    data: spec.data,
    json: spec.json,
    curated: spec.curated,
    story: spec.story,
    run: async (args, read, data) => {
      const options = spec.options(read); // read before loading: a wrong value costs nothing
      return (await spec.load())({ args, options, data });
    },
  };
}

/** An OptionReader over commander's option values. */
export function optionReader(values: Readonly<Record<string, unknown>>): OptionReader {
  return {
    string: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
    flag: (name) => values[name] === true,
    number: (name) => (typeof values[name] === 'number' ? values[name] : undefined),
    choice: (name, choices) => choices.find((c) => c === values[name]),
  };
}
