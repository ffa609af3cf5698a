import { loadGraph } from '../../graph/load-graph.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ options }) => {
  const g = await loadGraph(options.data);
  const stories = g.getAttribute('stories');
  let evidence = 0;
  g.forEachNode((_, a) => { evidence += a.evidence.length; });
  g.forEachEdge((_, a) => { evidence += a.evidence.length; });
  process.stdout.write(`ok: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${g.order} nodes, ${g.size} edges, ${evidence} evidence quotes resolved\n`);
  return 0;
};
