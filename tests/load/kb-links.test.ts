// The corpus's checked Wikidata links (data/kb-links.tsv): a node's kb id must be one the table
// gives, with its status; a malformed table is reported by line; no table, no check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseKbLinks } from '../../src/load/kb-links.js';
import { loadStories } from '../../src/load/load-data.js';
import { baseStory, dataDirWith, removeTempDirs, set } from '../support/base-story.js';
import { ROOT } from '../support/cli.js';

afterAll(removeTempDirs);

const HEAD = 'id\twikidata\tstatus\n';

function withTable(table: string | undefined, kb: unknown): ReturnType<typeof loadStories> {
  const fx = baseStory();
  set(fx.annotations, ['nodes', 1, 'kb'], kb as never);
  const dir = dataDirWith(fx);
  if (table !== undefined) writeFileSync(join(dir, 'kb-links.tsv'), table);
  return loadStories(dir);
}

describe('kb ids are checked against the table', () => {
  it('a listed id with its status loads', () => {
    expect(withTable(`${HEAD}person/jane-roe\tQ1\tconfirmed\n`, { status: 'confirmed', wikidata: 'Q1' }).problems).toEqual([]);
  });

  it('an id the table does not list: kb-not-checked at the node', () => {
    const { problems } = withTable(HEAD, { status: 'confirmed', wikidata: 'Q42' });
    expect(problems.map((p) => [p.where, p.code])).toEqual([['nodes[1].kb', 'kb-not-checked']]);
    expect(problems[0]!.message).toContain('not yet checked');
  });

  it('another id or another status than the table gives: kb-not-checked', () => {
    expect(withTable(`${HEAD}person/jane-roe\tQ1\tweak\n`, { status: 'confirmed', wikidata: 'Q1' }).problems.map((p) => p.code)).toEqual(['kb-not-checked']);
    expect(withTable(`${HEAD}person/jane-roe\tQ1\tconfirmed\n`, { status: 'confirmed', wikidata: 'Q2' }).problems[0]!.message).toContain(
      'the table gives Q1 (confirmed)',
    );
  });

  it('without a table, kb ids are not checked', () => {
    expect(withTable(undefined, { status: 'confirmed', wikidata: 'Q42' }).problems).toEqual([]);
  });

  it("the project's own table checks the seed story", () => {
    expect(loadStories(join(ROOT, 'data')).problems).toEqual([]);
  });
});

describe('a malformed table is reported by line (kb-table-invalid)', () => {
  it.each([
    ['a wrong header', 'node\tqid\n', 1],
    ['a missing cell', `${HEAD}person/x\tQ1\n`, 2],
    ['a bad Wikidata id', `${HEAD}person/x\t42\tconfirmed\n`, 2],
    ['a bad status', `${HEAD}# note\nperson/x\tQ1\tsure\n`, 3],
    ['a duplicate id', `${HEAD}person/x\tQ1\tweak\nperson/x\tQ1\tweak\n`, 3],
  ])('%s', (_, text, line) => {
    const { problems } = parseKbLinks('kb-links.tsv', text);
    expect(problems.map((p) => [p.where, p.code])).toEqual([[`line ${line}:1`, 'kb-table-invalid']]);
  });
});
