import { loadGraph } from '../../graph/load-graph.js';
import { stats } from '../../queries/stats.js';
import { json, table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ options }) => {
  const s = stats(await loadGraph(options.data));
  if (options.json) {
    process.stdout.write(json(s));
    return 0;
  }
  const rows = (m: Record<string, number>, what: string) => Object.entries(m).map(([k, n]) => ({ [what]: k, count: n }));
  process.stdout.write(
    `${s.stories} stories, ${s.nodes} nodes, ${s.edges} edges, ${s.evidence} evidence quotes\n\n` +
      table(rows(s.nodeTypes, 'node type')) + '\n' + table(rows(s.relationTypes, 'relation type')) + '\n' +
      table(rows(s.factuality.nodes, 'factuality (nodes)')) + '\n' + table(rows(s.factuality.edges, 'factuality (edges)')),
  );
  return 0;
};
