// storygraph stats: counts per node type, relation type and factuality value.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { stats } from '../../queries/stats.js';
import { restrictToStory } from '../../queries/story-subgraph.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<{ story: string | undefined }> = async ({ data, options }) => {
  const s = stats(restrictToStory(await loadQueryGraph(data), options.story));
  const rows = (m: Record<string, number>, what: string) => Object.entries(m).map(([k, n]) => ({ [what]: k, count: n }));
  return {
    data: s,
    text: () =>
      `${s.stories} stories, ${s.nodes} nodes, ${s.edges} edges, ${s.evidence} evidence quotes\n` +
      `${s.drafted.nodes + s.drafted.edges} drafted, awaiting review (${s.drafted.nodes} nodes, ${s.drafted.edges} edges)\n\n` +
      table(rows(s.nodeTypes, 'node type')) +
      '\n' +
      table(rows(s.relationTypes, 'relation type')) +
      '\n' +
      table(rows(s.factuality.nodes, 'factuality (nodes)')) +
      '\n' +
      table(rows(s.factuality.edges, 'factuality (edges)')) +
      '\n' +
      table(rows(s.acts, 'speech act (claims)')) +
      '\n' +
      table(rows(s.voices, "narrator's voice")),
  };
};
