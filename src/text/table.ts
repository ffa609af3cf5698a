// Plain-text tables for the default (human) output of commands; --json prints data instead.
// A table of a whole 10,000-story corpus has hundreds of thousands of rows: tableChunks gives it
// in pieces of about 64 KB (the program writes them as they come), never as one string, and the
// column widths are found in a loop (a spread of one argument per row overflows the stack).

const CHUNK = 1 << 16;

const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v)).replace(/\s+/g, ' ');

/** The table's text in pieces (each whole lines): the header, the rule, then the rows. */
export function* tableChunks(rows: readonly Record<string, unknown>[], columns?: string[], maxWidth = 60): Generator<string> {
  if (rows.length === 0) {
    yield '(none)\n';
    return;
  }
  const cols = columns ?? Object.keys(rows[0]!);
  // Two passes over the rows (widths, then lines), so no row's cells are kept.
  const widths = cols.map((c) => Math.min(maxWidth, c.length));
  for (const r of rows)
    cols.forEach((c, i) => {
      if (widths[i]! < maxWidth) widths[i] = Math.min(maxWidth, Math.max(widths[i]!, cell(r[c]).length));
    });
  const fitCell = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (r: string[]) =>
    `${r
      .map((s, i) => fitCell(s, widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  let chunk = line(cols) + line(widths.map((w) => '-'.repeat(w)));
  for (const r of rows) {
    chunk += line(cols.map((c) => cell(r[c])));
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The table as one string (for small tables; large ones go through tableChunks). */
export function table(rows: readonly Record<string, unknown>[], columns?: string[], maxWidth = 60): string {
  return [...tableChunks(rows, columns, maxWidth)].join('');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
