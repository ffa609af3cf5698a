// storygraph neighbors NAME [--depth N] [--type T] [--relation R] [--factuality F]
import { loadGraph } from '../../graph/load-graph.js';
import { neighbors } from '../../queries/neighbors.js';
import { FACTUALITY_VALUES } from '../../model/factuality.js';
import { NODE_TYPE_NAMES } from '../../model/node-types.js';
import { RELATION_TYPE_NAMES } from '../../model/relation-types.js';
import { choice } from '../query-options.js';
import { json, table } from '../../text/table.js';
import { edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ args, options }) => {
  const graph = await loadGraph(options.data);
  const id = resolveArg(graph, args[0] ?? '');
  const result = neighbors(graph, id, {
    depth: typeof options.depth === 'number' ? options.depth : 1,
    type: choice(NODE_TYPE_NAMES, options.type),
    relation: choice(RELATION_TYPE_NAMES, options.relation),
    factuality: choice(FACTUALITY_VALUES, options.factuality),
  });
  if (options.json) {
    process.stdout.write(json(result));
    return 0;
  }
  process.stdout.write(`${result.center.id}  ${result.center.label}: ${result.nodes.length} ${result.nodes.length === 1 ? 'node' : 'nodes'} within ${result.depth}\n\n`);
  process.stdout.write(table(result.nodes.map((n) => ({ depth: n.depth, id: n.id, type: n.type, label: n.label }))));
  process.stdout.write(`\n${table(result.edges.map((e) => ({
    depth: e.depth, source: e.source, relation: e.type, target: e.target, factuality: e.factuality,
    attribution: edgeAttributionCell(e), quote: quoteCell(e.evidence[0]),
  })))}`);
  return 0;
};
