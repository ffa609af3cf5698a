// The entry of `npm run eval:draft` (bundled as dist/eval-draft.mjs): the one table of the
// drafter's scores, for each NLP library, against the goals.
import { join } from 'node:path';
import { projectRoot } from '../load/data-dir.js';
import { loadStory, type LoadedStory } from '../load/load-story.js';
import { table } from '../text/table.js';
import { compare, draftOf, GOALS, type EvalRow } from './evaluate.js';
import { NLP_NAMES } from './nlp.js';

const root = projectRoot();
const load = (dir: string): LoadedStory => {
  const r = loadStory(join(root, dir));
  if (!r.story) throw new Error(`${dir} does not load`);
  return r.story;
};
const seed = load('data/stories/taiwannews-2020-10-us-china-crisis-talks');
const second = load('tests/fixtures/stories-merge/stories/testwire-2020-11-esper-hanoi');
const RUNS: { name: string; gold: LoadedStory; corpus: LoadedStory[] }[] = [
  { name: 'seed, empty corpus', gold: seed, corpus: [] },
  { name: 'second fixture, seed as corpus', gold: second, corpus: [seed] },
  { name: 'seed, corpus gazetteer (second fixture)', gold: seed, corpus: [second] },
];

const f = (x: number) => x.toFixed(2);
const goal = (x: number, g: number) => `${f(x)} ${x >= g ? 'met' : 'MISSED'}`;
const rows: Record<string, string>[] = [];
const results: { lib: string; run: string; row: EvalRow }[] = [];
for (const lib of NLP_NAMES) {
  for (const run of RUNS) {
    const row = compare(run.gold, await draftOf(run.gold, run.corpus, lib));
    results.push({ lib, run: run.name, row });
    rows.push({
      library: lib,
      run: run.name,
      '(a) mentions F1': goal(row.mentions.f1, GOALS.mentions),
      '(b) entities F1': goal(row.entities.f1, GOALS.entities),
      '(c) times F1': goal(row.times.f1, GOALS.times),
      '(d) claims F1': goal(row.claims.f1, GOALS.claims),
      speaker: goal(row.speaker, GOALS.speaker),
      chain: f(row.chain),
      'P/R (a b c d)': [row.mentions, row.entities, row.times, row.claims].map((s) => `${f(s.p)}/${f(s.r)}`).join(' '),
    });
  }
}
process.stdout.write(
  `Goals: (a) F1 >= ${GOALS.mentions}, (b) F1 >= ${GOALS.entities}, (c) F1 >= ${GOALS.times}, (d) F1 >= ${GOALS.claims} with speaker accuracy >= ${GOALS.speaker}\n\n`,
);
process.stdout.write(table(rows));
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
