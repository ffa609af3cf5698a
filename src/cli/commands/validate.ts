// storygraph validate: loads every story (every problem reported at once, exit 1) and says what
// it checked. On unchanged data the snapshot of the last valid build answers (its counts).
import { loadQueryGraph } from '../../graph/load-graph.js';
import { countGraph } from '../../graph/graph-counts.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<object> = async ({ data }) => {
  const c = countGraph(await loadQueryGraph(data));
  return {
    text: () => `ok: ${c.stories} ${c.stories === 1 ? 'story' : 'stories'}, ${c.nodes} nodes, ${c.edges} edges, ${c.evidence} evidence quotes resolved\n`,
  };
};
