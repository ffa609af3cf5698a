// storygraph path FROM TO [--all] [--max N] [--via KINDS]: shortest paths, edges taken either way,
// crossing entities and events only unless --via allows more; best supported first, with the reason.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { parseCrossings } from '../../queries/path-crossings.js';
import { paths } from '../../queries/path.js';
import { table } from '../../text/table.js';
import { edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';
import type { ReadGraph } from '../../graph/read-graph.js';

export interface PathOptions {
  curatedOnly: boolean;
  story: string | undefined;
  all: boolean;
  max: number | undefined;
  /** --via, already checked by its option parser (comma-separated kinds). */
  via: string | undefined;
}

export const run: CommandRun<PathOptions> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const from = resolveArg(graph, args[0] ?? '');
  const to = resolveArg(graph, args[1] ?? '');
  const result = paths(graph, from, to, { all: options.all, max: options.max, via: parseCrossings(options.via ?? '') });
  return { data: result, text: () => render(graph, result, from, to, options.all) };
};

function render(graph: ReadGraph, result: ReturnType<typeof paths>, from: string, to: string, all: boolean): string {
  if (result.length === null) return `no path between ${from} and ${to}\n${result.reason}\n`;
  const n = result.paths.length;
  const more = result.truncated ? (all ? ` (of ${result.count}; raise --max)` : ` (of ${result.count}; see --all)`) : '';
  let text = `${n} shortest ${n === 1 ? 'path' : 'paths'} of ${result.length} ${result.length === 1 ? 'step' : 'steps'}${more}\n${result.reason}\n`;
  result.paths.forEach((p, i) => {
    text += `\npath ${i + 1} (${result.evidence[i]} quote${result.evidence[i] === 1 ? '' : 's'})\n${table(
      p.map((s, k) => ({
        step: k + 1,
        from: s.from.id,
        relation: s.direction === 'forward' ? `-${s.type}->` : `<-${s.type}-`,
        to: s.to.id,
        factuality: s.factuality,
        attribution: edgeAttributionCell(s),
        quote: quoteCell(s.quote, graph),
      })),
    )}`;
  });
  return text;
}
