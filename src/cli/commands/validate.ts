// storygraph validate: loads every story (every problem reported at once, exit 1) and says what
// it checked.
import { loadGraph } from '../../graph/load-graph.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<object> = async ({ data }) => {
  const g = await loadGraph(data);
  const stories = g.getAttribute('stories');
  let evidence = 0;
  g.forEachNode((_, a) => { evidence += a.evidence.length; });
  g.forEachEdge((_, a) => { evidence += a.evidence.length; });
  return { text: () => `ok: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${g.order} nodes, ${g.size} edges, ${evidence} evidence quotes resolved\n` };
};
