// Plain-text tables for the default (human) output of commands; --json prints data instead.
export function table(rows: readonly Record<string, unknown>[], columns?: string[], maxWidth = 60): string {
  if (rows.length === 0) return '(none)\n';
  const cols = columns ?? Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v)).replace(/\s+/g, ' ');
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.min(maxWidth, Math.max(c.length, ...cells.map((r) => r[i]!.length))));
  const fitCell = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (r: string[]) =>
    r
      .map((s, i) => fitCell(s, widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
