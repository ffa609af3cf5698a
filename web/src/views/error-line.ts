// An engine's error as the status line shows it: one line ("error at 2:16: expected ..."), shortened if very long.
export function oneLine(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
