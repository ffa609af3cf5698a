// The loader collects every problem before failing: three different errors in one file give
// three lines, and problems in several files and stories are all reported in one run.
import { afterAll, expect, it } from 'vitest';
import { loadStories } from '../../src/load/load-data.js';
import { at, baseStory, dataDirWith, removeTempDirs, set, storyFile } from '../support/base-story.js';
import { STACK_TRACE, lines, runCli } from '../support/cli.js';

afterAll(removeTempDirs);

it('three different errors in annotations.json give three problem lines', () => {
  const fx = baseStory();
  set(fx.annotations, ['nodes', 2, 'type'], 'wizard'); // unknown-node-type
  set(fx.annotations, ['relations', 1, 'target'], 'city/nowhere'); // dangling-reference
  set(fx.annotations, ['nodes', 1, 'mentions', 0, 'exact'], 'Jane Rot'); // quote-not-found
  const dir = dataDirWith(fx);
  const r = runCli(['validate', '--data', dir]);
  const file = storyFile(dir, fx.id, 'annotations.json');
  expect(lines(r.stderr)).toEqual([
    `${file}: nodes[2].type: unknown-node-type: "wizard" is not a node type (one of: person, organization, country, city, region, place, equipment, event, claim, document, article)`,
    `${file}: relations[1].target: dangling-reference: target "city/nowhere" is not a node of this story`,
    `${file}: nodes[1].mentions[0]: quote-not-found: "Jane Rot" does not occur in article.txt`,
    '3 problems found',
  ]);
  expect(r.stdout).toBe('');
  expect(r.status).toBe(1);
});

it('problems in story.json, annotations.json and a second story are reported together', () => {
  const a = baseStory();
  a.meta.title = ''; // story.json: schema-violation
  const b = baseStory();
  b.id = 'second-story';
  b.meta.id = 'second-story';
  set(b.annotations, ['article', 'id'], 'article/second-story');
  set(b.annotations, ['nodes', 4, 'time', 'edtf'], 'soon'); // invalid-edtf
  const claim = at(b.annotations, ['nodes', 5]);
  set(claim, ['id'], 'claim/second-claim');
  set(b.annotations, ['relations', 2, 'source'], 'claim/second-claim');
  b.article = Buffer.from([0x54, 0xc3, 0x28]); // article-not-utf8
  b.meta.sha256 = 'f'.repeat(64);
  const dir = dataDirWith(a, b);
  const r = runCli(['validate', '--data', dir]);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const out = lines(r.stderr);
  expect(out.map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
    `${storyFile(dir, 'base-story', 'story.json')}: title: schema-violation`,
    `${storyFile(dir, 'second-story', 'article.txt')}: byte 1: article-not-utf8`,
    `${storyFile(dir, 'second-story', 'annotations.json')}: nodes[4].time.edtf: invalid-edtf`,
    '3 problems found',
  ]);
  expect(r.status).toBe(1);
});

it('the library API returns the same problems as values', () => {
  const fx = baseStory();
  set(fx.annotations, ['relations', 0, 'type'], 'befriends');
  set(fx.annotations, ['nodes', 4, 'time', 'edtf'], '2020-02-30');
  const dir = dataDirWith(fx);
  const { stories, problems } = loadStories(dir);
  expect(problems.map((p) => [p.code, p.where])).toEqual([
    ['unknown-relation-type', 'relations[0].type'],
    ['invalid-edtf', 'nodes[4].time.edtf'],
  ]);
  expect(problems.every((p) => p.file === storyFile(dir, fx.id, 'annotations.json'))).toBe(true);
  expect(stories).toHaveLength(1); // still loaded, for tools that want to show what they can
});
