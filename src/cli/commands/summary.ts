import { loadGraph } from '../../graph/load-graph.js';
import { stats } from '../../queries/stats.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ options }) => {
  const g = await loadGraph(options.data);
  const s = stats(g);
  for (const story of g.getAttribute('stories')) process.stdout.write(`${story.id}: "${story.title}" (${story.published.edtf}${story.published.inferred ? ', inferred' : ''})\n`);
  const fmt = (m: Record<string, number>) => Object.entries(m).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`${s.nodes} nodes (${fmt(s.nodeTypes)})\n${s.edges} edges (${fmt(s.relationTypes)})\nfactuality of edges: ${fmt(s.factuality.edges)}\n`);
  return 0;
};
