// The one string order of the project: UTF-16 code-unit order, as `<` gives it. Locale-free on
// purpose, so that sorted output (exports, tables, golden files) is the same on every machine.
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A comparator on one string key of the items. */
export const byString =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    compareStrings(key(a), key(b));
