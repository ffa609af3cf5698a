// storygraph search TEXT [--type T]: nodes by label, alias, quote or content, best first.
import { loadGraph } from '../../graph/load-graph.js';
import { search } from '../../queries/search.js';
import { NODE_TYPE_NAMES } from '../../model/node-types.js';
import { choice } from '../query-options.js';
import { json, table } from '../../text/table.js';
import { attributionCell, quoteCell } from '../query-support.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ args, options }) => {
  const graph = await loadGraph(options.data);
  const results = search(graph, args.join(' '), { type: choice(NODE_TYPE_NAMES, options.type) });
  if (options.json) {
    process.stdout.write(json(results));
    return 0;
  }
  process.stdout.write(table(results.map((r) => ({
    id: r.id, type: r.type, label: r.label, score: r.score.toFixed(3), matched: r.matched,
    factuality: r.factuality, attribution: attributionCell(r.attribution), quote: quoteCell(r.evidence?.[0]),
  }))));
  return 0;
};
