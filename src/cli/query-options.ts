// The options the research queries share, with their choices taken from the model's lists so
// that a bad value is refused by commander (exit 2) before any data is read.
import { InvalidArgumentError, Option } from 'commander';
import { FACTUALITY_VALUES } from '../model/factuality.js';
import { NODE_TYPE_NAMES } from '../model/node-types.js';
import { RELATION_TYPE_NAMES } from '../model/relation-types.js';

/** A commander parser for a whole number in [min, max]. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}.`);
    }
    return n;
  };
}

export const typeOption = (what: string) => new Option('--type <type>', what).choices(NODE_TYPE_NAMES);
export const relationOption = (what: string) => new Option('--relation <relation>', what).choices(RELATION_TYPE_NAMES);
export const factualityOption = (what: string) => new Option('--factuality <value>', what).choices(FACTUALITY_VALUES);

/** --limit N: print the first N answers (best first where ranked) and say how many more there were. */
export const limitOption = () => new Option('--limit <n>', 'print at most this many (a note on stderr says how many more)').argParser(wholeNumber(1));

/** The first `limit` answers, and the note on what was left out (none without a limit). */
export function limited<T>(all: T[], limit: number | undefined, what: string): { shown: T[]; warnings: string[] } {
  if (limit === undefined || all.length <= limit) return { shown: all, warnings: [] };
  return { shown: all.slice(0, limit), warnings: [`${all.length - limit} more ${what} not shown (${all.length} in all; raise --limit)`] };
}
