// storygraph neighbors NAME [--depth N] [--type T] [--relation R] [--factuality F]
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { neighbors } from '../../queries/neighbors.js';
import type { Factuality } from '../../model/factuality.js';
import type { NodeType } from '../../model/node-types.js';
import type { RelationType } from '../../model/relation-types.js';
import { table } from '../../text/table.js';
import { edgeAttributionCell, quoteCell, resolveArg } from '../query-support.js';
import type { CommandRun } from '../command.js';

export interface NeighborsOptions {
  curatedOnly: boolean;
  story: string | undefined;
  depth: number;
  type: NodeType | undefined;
  relation: RelationType | undefined;
  factuality: Factuality | undefined;
}

export const run: CommandRun<NeighborsOptions> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const id = resolveArg(graph, args[0] ?? '');
  const result = neighbors(graph, id, options);
  return {
    data: result,
    text: () =>
      `${result.center.id}  ${result.center.label}: ${result.nodes.length} ${result.nodes.length === 1 ? 'node' : 'nodes'} within ${result.depth}\n\n${table(
        result.nodes.map((n) => ({ depth: n.depth, id: n.id, type: n.type, label: n.label })),
      )}\n${table(
        result.edges.map((e) => ({
          depth: e.depth,
          source: e.source,
          relation: e.type,
          target: e.target,
          factuality: e.factuality,
          attribution: edgeAttributionCell(e),
          quote: quoteCell(e.evidence[0], graph),
        })),
      )}`,
  };
};
