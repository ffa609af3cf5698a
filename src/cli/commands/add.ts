// storygraph add: new stories with drafted annotations (src/draft/add-story.ts does the work).
import { addStories } from '../../draft/add-story.js';
import type { CommandRun } from '../command.js';

interface Options {
  id?: string | undefined;
  idFromFilename: boolean;
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  replace: boolean;
}

export const run: CommandRun<Options> = async ({ args, options, data }) => {
  const added = await addStories(args, { ...options, dataDir: data });
  return {
    data: added,
    text: () => added.map((a) => `added ${a.id}: ${a.nodes} nodes, ${a.relations} relations drafted, awaiting review (${a.dir})\n`).join(''),
  };
};
