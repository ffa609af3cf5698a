// storygraph search TEXT [--type T] [--limit N]: nodes by label, alias, quote or content, best first.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { queryGraph } from '../../queries/curated.js';
import { search } from '../../queries/search.js';
import type { NodeType } from '../../model/node-types.js';
import { tableChunks } from '../../text/table.js';
import { attributionCell, quoteCell } from '../query-support.js';
import { limited } from '../query-options.js';
import type { CommandRun } from '../command.js';

export interface SearchOptions {
  curatedOnly: boolean;
  story: string | undefined;
  type: NodeType | undefined;
  limit: number | undefined;
}

export const run: CommandRun<SearchOptions> = async ({ args, data, options }) => {
  const graph = queryGraph(await loadQueryGraph(data), options.curatedOnly, options.story);
  const { shown: results, warnings } = limited(search(graph, args.join(' '), { type: options.type }), options.limit, 'matches');
  return {
    data: results,
    warnings,
    text: () =>
      tableChunks(
        results.map((r) => ({
          id: r.id,
          type: r.type,
          label: r.label,
          score: r.score.toFixed(3),
          matched: r.outsideSource ? `outside the text: "${r.text}" (${r.outsideSource})` : r.matched,
          factuality: r.factuality,
          attribution: attributionCell(r.attribution),
          quote: quoteCell(r.evidence?.[0], graph),
        })),
      ),
  };
};
