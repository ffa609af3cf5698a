// storygraph coverage [--all]: every sentence covered by an annotation, left out on purpose (with
// why), or not covered.
import { loadQueryGraph } from '../../graph/load-graph.js';
import { coverage } from '../../queries/coverage.js';
import { restrictToStory } from '../../queries/story-subgraph.js';
import { table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export interface CoverageOptions {
  all: boolean;
  story: string | undefined;
}

export const run: CommandRun<CoverageOptions> = async ({ data, options }) => {
  const report = coverage(restrictToStory(await loadQueryGraph(data), options.story));
  const list = options.all ? report.sentences : report.sentences.filter((s) => s.status === 'uncovered');
  return {
    data: { ...report, sentences: list },
    text: () => {
      const head = report.stories
        .map((s) => `${s.id}: ${s.sentences} sentences, ${s.covered} covered, ${s.leftOut} left out on purpose, ${s.uncovered} uncovered\n`)
        .join('');
      const rows = list.map((s) => ({ story: s.story, sentence: s.index, status: s.status, annotations: s.annotations, text: s.text, reason: s.reason }));
      return list.length ? `${head}\n${table(rows)}` : head;
    },
  };
};
