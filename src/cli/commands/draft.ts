// storygraph draft ID [--replace]: draft a story again (src/draft/add-story.ts).
import { redraftStory } from '../../draft/add-story.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun<{ replace: boolean }> = async ({ args, options, data }) => {
  const r = await redraftStory(args[0]!, { dataDir: data, replace: options.replace });
  return { data: r, text: () => `drafted ${r.id}: ${r.nodes} nodes, ${r.relations} relations, ${r.drafted} drafted awaiting review\n` };
};
