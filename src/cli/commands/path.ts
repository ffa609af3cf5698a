// storygraph path FROM TO [--all] [--max N]: shortest paths, edges taken either way.
import { loadGraph } from '../../graph/load-graph.js';
import { paths } from '../../queries/path.js';
import { json, table } from '../../text/table.js';
import { edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ args, options }) => {
  const graph = await loadGraph(options.data);
  const from = resolveArg(graph, args[0] ?? '');
  const to = resolveArg(graph, args[1] ?? '');
  const result = paths(graph, from, to, {
    all: options.all === true, max: typeof options.max === 'number' ? options.max : undefined,
  });
  if (options.json) {
    process.stdout.write(json(result));
    return 0;
  }
  if (result.length === null) {
    process.stdout.write(`no path between ${from} and ${to}\n`);
    return 0;
  }
  const n = result.paths.length;
  const more = result.truncated ? (options.all ? ' (more exist; raise --max)' : ' (others as short exist; see --all)') : '';
  process.stdout.write(`${n} shortest ${n === 1 ? 'path' : 'paths'} of ${result.length} ${result.length === 1 ? 'step' : 'steps'}${more}\n`);
  result.paths.forEach((p, i) => {
    process.stdout.write(`\npath ${i + 1}\n${table(p.map((s, k) => ({
      step: k + 1, from: s.from.id, relation: s.direction === 'forward' ? `-${s.type}->` : `<-${s.type}-`, to: s.to.id,
      factuality: s.factuality, attribution: edgeAttributionCell(s), quote: quoteCell(s.quote),
    })))}`);
  });
  return 0;
};
