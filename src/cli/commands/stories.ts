// storygraph stories: the corpus table (title, publisher, date, counts, drafts, coverage).
import { loadQueryGraph } from '../../graph/load-graph.js';
import { coverageText, stories } from '../../queries/stories.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<object> = async ({ data }) => {
  const rows = stories(await loadQueryGraph(data));
  return {
    data: rows,
    text: () =>
      table(
        rows.map((r) => ({
          story: r.id,
          published: `${r.published.edtf}${r.published.inferred ? ' (inferred)' : ''}`,
          publisher: r.publisher.label,
          title: r.title,
          nodes: r.counts.nodes,
          events: r.counts.events,
          claims: r.counts.claims,
          relations: r.counts.relations,
          quotes: r.counts.quotes,
          shared: r.shared,
          drafts: r.drafts,
          coverage: coverageText(r.coverage),
        })),
      ),
  };
};
