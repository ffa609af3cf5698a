import { loadGraph } from '../../graph/load-graph.js';
import { coverage } from '../../queries/coverage.js';
import { json, table } from '../../text/table.js';
import type { CommandRun } from '../command.js';

export const run: CommandRun = async ({ options }) => {
  const report = coverage(await loadGraph(options.data));
  const uncovered = report.sentences.filter((s) => s.status === 'uncovered');
  if (options.json) {
    process.stdout.write(json({ ...report, sentences: options.all ? report.sentences : uncovered }));
    return 0;
  }
  for (const s of report.stories) {
    process.stdout.write(`${s.id}: ${s.sentences} sentences, ${s.covered} covered, ${s.leftOut} left out on purpose, ${s.uncovered} uncovered\n`);
  }
  const list = options.all ? report.sentences : uncovered;
  if (list.length) process.stdout.write('\n' + table(list.map((s) => ({ story: s.story, sentence: s.index, status: s.status, annotations: s.annotations, text: s.text, reason: s.reason }))));
  return 0;
};
