// storygraph mentions NAME: every quote of a node with its offsets and its sentence.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { mentions } from '../../queries/mentions.js';
import { tableChunks } from '../../text/table.js';
import { resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

const WINDOW = 25; // code points of context on each side in the table

function snippet(m: ReturnType<typeof mentions>[number]): string {
  if (!m.context) return `[${m.exact}]`;
  const cps = [...m.context.text];
  const at = m.start - m.context.start;
  const len = m.end - m.start;
  const before = cps.slice(Math.max(0, at - WINDOW), at).join('');
  const after = cps.slice(at + len, at + len + WINDOW).join('');
  return `${at > WINDOW ? '…' : ''}${before}[${cps.slice(at, at + len).join('')}]${after}${cps.length - at - len > WINDOW ? '…' : ''}`;
}

export const run: CommandRun<{ curatedOnly: boolean; story: string | undefined }> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const found = mentions(graph, resolveArg(graph, args[0] ?? ''));
  return {
    data: found,
    text: () =>
      tableChunks(
        found.map((m) => ({
          story: m.story,
          start: m.start,
          end: m.end,
          role: m.role,
          kind: m.kind,
          exact: m.exact,
          context: snippet(m),
        })),
      ),
  };
};
