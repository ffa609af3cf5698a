// storygraph cache info|clear: where the data cache is, what it holds against its cap
// (STORYGRAPH_CACHE_MAX), and emptying it. Entries are only ever derived from the data, so
// clearing costs the next command its speed, nothing else.
import { cacheSettings, clearCache, entries } from '../../cache/data-cache.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let n = bytes / 1024;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i += 1;
  }
  return `${n < 10 ? n.toFixed(1) : Math.round(n)} ${units[i]}`;
}

export const run: CommandRun<object> = ({ args }) => {
  const settings = cacheSettings();
  if (args[0] === 'clear') {
    const removed = clearCache(settings.dir);
    return {
      data: { dir: settings.dir, removed: removed.entries, bytes: removed.bytes },
      text: () => `removed ${removed.entries} entries (${size(removed.bytes)}) from ${settings.dir}\n`,
    };
  }
  const all = entries(settings.dir);
  const bytes = all.reduce((n, e) => n + e.bytes, 0);
  const kinds = new Map<string, { kind: string; entries: number; bytes: number }>();
  for (const e of all) {
    const k = kinds.get(e.kind) ?? { kind: e.kind, entries: 0, bytes: 0 };
    k.entries += 1;
    k.bytes += e.bytes;
    kinds.set(e.kind, k);
  }
  const byKind = [...kinds.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
  return {
    data: { dir: settings.dir, enabled: settings.enabled, max: settings.max, entries: all.length, bytes, kinds: byKind },
    text: () =>
      `cache: ${settings.dir}${settings.enabled ? '' : ' (off: STORYGRAPH_CACHE=0)'}\n` +
      `${all.length} entries, ${size(bytes)} of ${size(settings.max)} (STORYGRAPH_CACHE_MAX)\n` +
      (byKind.length ? `\n${table(byKind.map((k) => ({ kind: k.kind, entries: k.entries, size: size(k.bytes) })))}` : ''),
  };
};
