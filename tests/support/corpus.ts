// The test corpus: the seed story (data/) and the three short stories of tests/fixtures/corpus,
// copied into one temp data folder with the checked Wikidata table, so kb ids are checked too.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const SEED = 'taiwannews-2020-10-us-china-crisis-talks';
export const WIRE = 'testwire-2020-10-29-crisis-talks';
export const DAILY = 'testdaily-2020-10-30-crisis-rules';
export const TIMES = 'testtimes-2020-11-09-humanitarian-talks';
export const CORPUS_FIXTURE = join(ROOT, 'tests', 'fixtures', 'corpus');

const made: string[] = [];

/** A fresh data folder holding the seed and the fixture stories. */
export function corpusDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storygraph-corpus-'));
  made.push(dir);
  for (const from of [join(ROOT, 'data'), CORPUS_FIXTURE]) {
    for (const name of readdirSync(join(from, 'stories'))) cpSync(join(from, 'stories', name), join(dir, 'stories', name), { recursive: true });
  }
  cpSync(join(ROOT, 'data', 'kb-links.tsv'), join(dir, 'kb-links.tsv'));
  return dir;
}

export function removeCorpusDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
