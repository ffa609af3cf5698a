// storygraph summary: a few lines about the graph (what `npm start` prints first).
import { loadQueryGraph } from '../../graph/load-graph.js';
import { stats } from '../../queries/stats.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<object> = async ({ data }) => {
  const g = await loadQueryGraph(data);
  const s = stats(g);
  const stories = g
    .getAttribute('stories')
    .map((story) => `${story.id}: "${story.title}" (${story.published.edtf}${story.published.inferred ? ', inferred' : ''})\n`);
  const fmt = (m: Record<string, number>) =>
    Object.entries(m)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return {
    text: () =>
      `${stories.join('')}${s.nodes} nodes (${fmt(s.nodeTypes)})\n${s.edges} edges (${fmt(s.relationTypes)})\nfactuality of edges: ${fmt(s.factuality.edges)}\n`,
  };
};
