// storygraph path FROM TO [--all] [--max N]: shortest paths, edges taken either way.
import { loadGraph } from '../../graph/load-graph.js';
import { paths } from '../../queries/path.js';
import { table } from '../../text/table.js';
import { edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

export interface PathOptions {
  all: boolean;
  max: number | undefined;
}

export const run: CommandRun<PathOptions> = async ({ args, data, options }) => {
  const graph = await loadGraph(data);
  const from = resolveArg(graph, args[0] ?? '');
  const to = resolveArg(graph, args[1] ?? '');
  const result = paths(graph, from, to, options);
  return { data: result, text: () => render(result, from, to, options.all) };
};

function render(result: ReturnType<typeof paths>, from: string, to: string, all: boolean): string {
  if (result.length === null) return `no path between ${from} and ${to}\n`;
  const n = result.paths.length;
  const more = result.truncated ? (all ? ' (more exist; raise --max)' : ' (others as short exist; see --all)') : '';
  let text = `${n} shortest ${n === 1 ? 'path' : 'paths'} of ${result.length} ${result.length === 1 ? 'step' : 'steps'}${more}\n`;
  result.paths.forEach((p, i) => {
    text += `\npath ${i + 1}\n${table(p.map((s, k) => ({
      step: k + 1, from: s.from.id, relation: s.direction === 'forward' ? `-${s.type}->` : `<-${s.type}-`, to: s.to.id,
      factuality: s.factuality, attribution: edgeAttributionCell(s), quote: quoteCell(s.quote),
    })))}`;
  });
  return text;
}
