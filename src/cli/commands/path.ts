// storygraph path FROM TO [--all] [--max N] [--via KINDS]: shortest paths, edges taken either way,
// crossing entities and events only unless --via allows more; best supported first, with the reason.
import { loadGraph } from '../../graph/load-graph.js';
import { paths, PATH_CROSSINGS, type PathCrossing } from '../../queries/path.js';
import { json, table } from '../../text/table.js';
import { edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ args, options }) => {
  const graph = await loadGraph(options.data);
  const from = resolveArg(graph, args[0] ?? '');
  const to = resolveArg(graph, args[1] ?? '');
  const result = paths(graph, from, to, {
    all: options.all === true, max: typeof options.max === 'number' ? options.max : undefined,
    via: Array.isArray(options.via) ? options.via.filter((v): v is PathCrossing => (PATH_CROSSINGS as readonly unknown[]).includes(v)) : undefined,
  });
  if (options.json) {
    process.stdout.write(json(result));
    return 0;
  }
  if (result.length === null) {
    process.stdout.write(`no path between ${from} and ${to}\n${result.reason}\n`);
    return 0;
  }
  const n = result.paths.length;
  const more = result.truncated ? (options.all ? ` (of ${result.count}; raise --max)` : ` (of ${result.count}; see --all)`) : '';
  process.stdout.write(`${n} shortest ${n === 1 ? 'path' : 'paths'} of ${result.length} ${result.length === 1 ? 'step' : 'steps'}${more}\n${result.reason}\n`);
  result.paths.forEach((p, i) => {
    process.stdout.write(`\npath ${i + 1} (${result.evidence[i]} quote${result.evidence[i] === 1 ? '' : 's'})\n${table(p.map((s, k) => ({
      step: k + 1, from: s.from.id, relation: s.direction === 'forward' ? `-${s.type}->` : `<-${s.type}-`, to: s.to.id,
      factuality: s.factuality, attribution: edgeAttributionCell(s), quote: quoteCell(s.quote),
    })))}`);
  });
  return 0;
};
