// Every kind of bad input, through the CLI: each case breaks one thing in the valid base story
// and expects exactly one problem line (file, place, stable code), exit code 1, no output on
// stdout and no stack trace.
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../src/load/problem.js';
import {
  BASE_TEXT,
  at,
  baseStory,
  dataDirWith,
  removeTempDirs,
  set,
  sha256,
  storyFile,
  tempDir,
  type StoryFileName,
  type StoryFixture,
} from '../support/base-story.js';
import { STACK_TRACE, lines, runCli } from '../support/cli.js';

afterAll(removeTempDirs);

/** `line L:C` of a UTF-16 index, counted here independently of the loader. */
function lineCol(text: string, index: number): string {
  const before = text.slice(0, index).split('\n');
  return `line ${before.length}:${before[before.length - 1]!.length + 1}`;
}

const pretty = (fx: StoryFixture) => `${JSON.stringify(fx.annotations, null, 2)}\n`;
const cp = (s: string) => [...BASE_TEXT.slice(0, BASE_TEXT.indexOf(s))].length;

interface Case {
  name: string;
  code: ProblemCode;
  file: StoryFileName;
  /** The place, or a function of the broken story that computes it. */
  where: string | ((fx: StoryFixture) => string);
  message?: RegExp;
  breakIt: (fx: StoryFixture) => void;
}

const CASES: Case[] = [
  {
    name: 'malformed JSON (a missing comma) gives line:column',
    code: 'malformed-json',
    file: 'annotations.json',
    breakIt: (fx) => {
      fx.raw = { 'annotations.json': pretty(fx).replace('"label": "Jane Roe",', '"label": "Jane Roe"') };
    },
    where: (fx) => {
      const raw = String(fx.raw!['annotations.json']);
      return lineCol(raw, raw.indexOf('"mentions"', raw.indexOf('"Jane Roe"')));
    },
    message: /not valid JSON: expected ',' or '}' after the property value, found "\\""/,
  },
  {
    name: 'malformed JSON (a missing value, which V8 gives no position for)',
    code: 'malformed-json',
    file: 'annotations.json',
    breakIt: (fx) => {
      fx.raw = { 'annotations.json': pretty(fx).replace('"label": "John Doe"', '"label": }') };
    },
    where: (fx) => {
      const raw = String(fx.raw!['annotations.json']);
      return lineCol(raw, raw.indexOf('"label": }') + 9);
    },
    message: /unexpected "}"$/,
  },
  {
    name: 'malformed JSON (a trailing comma) in story.json',
    code: 'malformed-json',
    file: 'story.json',
    breakIt: (fx) => {
      fx.raw = { 'story.json': `${JSON.stringify({ ...fx.meta, sha256: sha256(BASE_TEXT) }, null, 2).replace(/\n}$/, ',\n}')}\n` };
    },
    where: (fx) => {
      const raw = String(fx.raw!['story.json']);
      return lineCol(raw, raw.lastIndexOf('}'));
    },
  },
  {
    name: 'an empty JSON file',
    code: 'malformed-json',
    file: 'annotations.json',
    where: 'line 1:1',
    message: /the file is empty/,
    breakIt: (fx) => {
      fx.raw = { 'annotations.json': '' };
    },
  },
  {
    name: 'a schema violation (an empty label)',
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'nodes[1].label',
    breakIt: (fx) => set(fx.annotations, ['nodes', 1, 'label'], ''),
  },
  {
    name: 'a schema violation (a factuality value that does not exist)',
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'relations[0].factuality',
    breakIt: (fx) => set(fx.annotations, ['relations', 0, 'factuality'], 'maybe'),
  },
  {
    name: 'a schema violation in story.json (a missing title)',
    code: 'schema-violation',
    file: 'story.json',
    where: 'title',
    breakIt: (fx) => {
      delete fx.meta.title;
    },
  },
  {
    name: 'a language tag ICU rejects',
    code: 'schema-violation',
    file: 'story.json',
    where: 'language',
    breakIt: (fx) => {
      fx.meta.language = 'en-a';
    },
  },
  {
    name: 'an unknown node type',
    code: 'unknown-node-type',
    file: 'annotations.json',
    where: 'nodes[2].type',
    message: /"wizard" is not a node type/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 2, 'type'], 'wizard'),
  },
  {
    name: 'an unknown relation type',
    code: 'unknown-relation-type',
    file: 'annotations.json',
    where: 'relations[1].type',
    message: /"befriends" is not a relation type/,
    breakIt: (fx) => set(fx.annotations, ['relations', 1, 'type'], 'befriends'),
  },
  {
    name: 'a dangling reference',
    code: 'dangling-reference',
    file: 'annotations.json',
    where: 'relations[1].target',
    message: /"city\/nowhere" is not a node of this story/,
    breakIt: (fx) => set(fx.annotations, ['relations', 1, 'target'], 'city/nowhere'),
  },
  {
    name: 'a dangling attribution agent',
    code: 'dangling-reference',
    file: 'annotations.json',
    where: 'nodes[5].attribution[0].agents[0]',
    breakIt: (fx) => set(fx.annotations, ['nodes', 5, 'attribution', 0, 'agents'], ['person/nobody']),
  },
  {
    name: 'a dangling joint speaker',
    code: 'dangling-reference',
    file: 'annotations.json',
    where: 'nodes[5].attribution[0].agents[1]',
    breakIt: (fx) => set(fx.annotations, ['nodes', 5, 'attribution', 0, 'agents'], ['person/jane-roe', 'person/nobody']),
  },
  {
    name: 'an agent named twice at one level',
    code: 'duplicate-id',
    file: 'annotations.json',
    where: 'nodes[5].attribution[0].agents[1]',
    message: /person\/jane-roe is named twice at one level/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 5, 'attribution', 0, 'agents'], ['person/jane-roe', 'person/jane-roe']),
  },
  {
    name: 'a chain level without agents',
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'nodes[5].attribution[0].agents',
    breakIt: (fx) => set(fx.annotations, ['nodes', 5, 'attribution', 0, 'agents'], []),
  },
  {
    name: 'a claim without a speech act',
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'nodes[5].act',
    breakIt: (fx) => {
      const claim = at(fx.annotations, ['nodes', 5]);
      if (claim && typeof claim === 'object' && !Array.isArray(claim)) delete claim.act;
    },
  },
  {
    name: 'a speech act not in the list',
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'nodes[5].act',
    breakIt: (fx) => set(fx.annotations, ['nodes', 5, 'act'], 'gossip'),
  },
  {
    name: "a narrator's voice not in the list",
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'nodes[4].voice',
    breakIt: (fx) => set(fx.annotations, ['nodes', 4, 'voice'], 'ironic'),
  },
  {
    name: 'an alias the text does not contain',
    code: 'name-not-in-text',
    file: 'annotations.json',
    where: 'nodes[1].aliases[0]',
    message: /alias "J\. Roe" does not occur in the article; move it to outsideNames/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 1, 'aliases'], ['J. Roe']),
  },
  {
    name: 'an entity label the text does not contain, not listed as an outside name',
    code: 'name-not-in-text',
    file: 'annotations.json',
    where: 'nodes[1].label',
    breakIt: (fx) => set(fx.annotations, ['nodes', 1, 'label'], 'Jane Q. Roe'),
  },
  {
    name: 'an outside name without its source',
    code: 'schema-violation',
    file: 'annotations.json',
    where: 'nodes[1].outsideNames[0].source',
    breakIt: (fx) => set(fx.annotations, ['nodes', 1, 'outsideNames'], [{ name: 'J. Roe' }]),
  },
  {
    name: 'a publisher that is not a node of the story',
    code: 'dangling-reference',
    file: 'story.json',
    where: 'publisher',
    breakIt: (fx) => {
      fx.meta.publisher = 'org/nobody';
    },
  },
  {
    name: 'a duplicate node id',
    code: 'duplicate-id',
    file: 'annotations.json',
    where: 'nodes[6].id',
    message: /"person\/john-doe" is defined more than once/,
    breakIt: (fx) => {
      const nodes = at(fx.annotations, ['nodes']);
      if (Array.isArray(nodes)) nodes.push(structuredClone(nodes[2]!));
    },
  },
  {
    name: 'a duplicate relation id',
    code: 'duplicate-id',
    file: 'annotations.json',
    where: 'relations[1].id',
    breakIt: (fx) => set(fx.annotations, ['relations', 1, 'id'], 'rel/talks-participant-roe'),
  },
  {
    name: 'a relation whose source type is not allowed',
    code: 'relation-type-not-allowed',
    file: 'annotations.json',
    where: 'relations[0].source',
    message: /a participant relation cannot have a person \(person\/john-doe\) as its source; allowed: event/,
    breakIt: (fx) => set(fx.annotations, ['relations', 0, 'source'], 'person/john-doe'),
  },
  {
    name: 'a relation whose target type is not allowed',
    code: 'relation-type-not-allowed',
    file: 'annotations.json',
    where: 'relations[1].target',
    breakIt: (fx) => set(fx.annotations, ['relations', 1, 'target'], 'person/john-doe'),
  },
  {
    name: 'an attribution agent of a type that cannot be one',
    code: 'relation-type-not-allowed',
    file: 'annotations.json',
    where: 'nodes[5].attribution[0].agents[0]',
    breakIt: (fx) => set(fx.annotations, ['nodes', 5, 'attribution', 0, 'agents'], ['city/basetown']),
  },
  {
    name: 'a relation from a node to itself',
    code: 'self-relation',
    file: 'annotations.json',
    where: 'relations[2].target',
    breakIt: (fx) => set(fx.annotations, ['relations', 2, 'target'], 'claim/roe-talks-went-well'),
  },
  {
    name: 'a derived relation type written by hand',
    code: 'derived-relation-type',
    file: 'annotations.json',
    where: 'relations[2].type',
    breakIt: (fx) => set(fx.annotations, ['relations', 2, 'type'], 'attributed_to'),
  },
  {
    name: 'a quote not found',
    code: 'quote-not-found',
    file: 'annotations.json',
    where: 'nodes[1].mentions[0]',
    message: /"Jane Rot" does not occur in article\.txt$/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 1, 'mentions', 0, 'exact'], 'Jane Rot'),
  },
  {
    name: 'a quote whose prefix does not match',
    code: 'quote-not-found',
    file: 'annotations.json',
    where: 'nodes[1].mentions[0]',
    message: /but not with the given prefix\/suffix/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 1, 'mentions', 0, 'prefix'], 'Mrs. '),
  },
  {
    name: 'an ambiguous quote without prefix/suffix',
    code: 'quote-ambiguous',
    file: 'annotations.json',
    where: 'nodes[1].mentions[1]',
    message: new RegExp(
      `"Roe" occurs 2 times in article\\.txt \\(at ${cp('Roe met')}, ${cp('Roe said')}\\); add a prefix: ".*Jane " / ".*Basetown on Monday\\. "$`,
    ),
    breakIt: (fx) => {
      const m = at(fx.annotations, ['nodes', 1, 'mentions']);
      if (Array.isArray(m)) m.push({ exact: 'Roe' });
    },
  },
  {
    name: 'offsets out of range',
    code: 'offset-out-of-range',
    file: 'annotations.json',
    where: 'nodes[1].mentions[0]',
    message: /offsets 5000\.\.5008 lie outside article\.txt/,
    breakIt: (fx) => {
      set(fx.annotations, ['nodes', 1, 'mentions', 0, 'start'], 5000);
      set(fx.annotations, ['nodes', 1, 'mentions', 0, 'end'], 5008);
    },
  },
  {
    name: 'offsets that do not match the quote',
    code: 'offset-mismatch',
    file: 'annotations.json',
    where: 'nodes[1].mentions[0]',
    message: new RegExp(`offsets ${cp('Jane Roe') + 1}\\.\\.${cp('Jane Roe') + 9} hold "ane Roe ", not "Jane Roe" \\(which is at ${cp('Jane Roe')}\\)`),
    breakIt: (fx) => {
      set(fx.annotations, ['nodes', 1, 'mentions', 0, 'start'], cp('Jane Roe') + 1);
      set(fx.annotations, ['nodes', 1, 'mentions', 0, 'end'], cp('Jane Roe') + 9);
    },
  },
  {
    name: 'a changed article (sha256)',
    code: 'article-changed',
    file: 'article.txt',
    where: '',
    message: /sha256 is [0-9a-f]{64}, but story\.json records [0-9a-f]{64}/,
    breakIt: (fx) => {
      fx.meta.sha256 = sha256(BASE_TEXT);
      fx.article = `${BASE_TEXT}One more line.\n`;
    },
  },
  {
    name: 'an empty article',
    code: 'article-empty',
    file: 'article.txt',
    where: '',
    breakIt: (fx) => {
      fx.article = '';
    },
  },
  {
    name: 'an article of white space only',
    code: 'article-empty',
    file: 'article.txt',
    where: '',
    breakIt: (fx) => {
      fx.article = ' \n\r\n\t';
    },
  },
  {
    name: 'a non-UTF-8 article (byte offset)',
    code: 'article-not-utf8',
    file: 'article.txt',
    where: 'byte 10',
    message: /byte 0xff at offset 10/,
    breakIt: (fx) => {
      fx.article = Buffer.concat([Buffer.from(BASE_TEXT.slice(0, 10)), Buffer.from([0xff]), Buffer.from(BASE_TEXT.slice(10))]);
    },
  },
  {
    name: 'a truncated UTF-8 sequence after a multi-byte character',
    code: 'article-not-utf8',
    file: 'article.txt',
    where: `byte ${Buffer.byteLength(BASE_TEXT)}`,
    breakIt: (fx) => {
      fx.article = Buffer.concat([Buffer.from(BASE_TEXT), Buffer.from([0xe2, 0x80])]);
    },
  },
  {
    name: 'a story folder missing annotations.json',
    code: 'story-file-missing',
    file: 'annotations.json',
    where: '',
    message: /the story folder has no annotations\.json/,
    breakIt: (fx) => {
      fx.omit = ['annotations.json'];
    },
  },
  {
    name: 'a story folder missing article.txt',
    code: 'story-file-missing',
    file: 'article.txt',
    where: '',
    breakIt: (fx) => {
      fx.omit = ['article.txt'];
    },
  },
  {
    name: 'an EDTF value that does not parse (annotations.json)',
    code: 'invalid-edtf',
    file: 'annotations.json',
    where: 'nodes[4].time.edtf',
    message: /"2020-13-45" is not a valid EDTF/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 4, 'time', 'edtf'], '2020-13-45'),
  },
  {
    name: 'an EDTF value that does not parse (story.json)',
    code: 'invalid-edtf',
    file: 'story.json',
    where: 'published.edtf',
    breakIt: (fx) => set(fx.meta, ['published', 'edtf'], 'yesterday'),
  },
  {
    name: 'an id whose prefix does not match its type',
    code: 'id-type-mismatch',
    file: 'annotations.json',
    where: 'nodes[2].id',
    message: /its id should start with "person\/"/,
    breakIt: (fx) => set(fx.annotations, ['nodes', 2, 'id'], 'org/john-doe'),
  },
  {
    name: 'an article id without the article/ prefix',
    code: 'id-type-mismatch',
    file: 'annotations.json',
    where: 'article.id',
    breakIt: (fx) => set(fx.annotations, ['article', 'id'], 'event/base-story'),
  },
  {
    name: 'a story id that differs from its folder',
    code: 'story-id-mismatch',
    file: 'story.json',
    where: 'id',
    breakIt: (fx) => {
      fx.meta.id = 'another-story';
    },
  },
];

function expectOneProblem(r: ReturnType<typeof runCli>, prefix: string, code: string, message?: RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const out = lines(r.stderr);
  expect(out, r.stderr).toHaveLength(2);
  expect(out[0]!.startsWith(prefix), `${out[0]} should start with ${prefix}`).toBe(true);
  expect(out[0]!.slice(prefix.length)).toMatch(new RegExp(`^${code}: \\S`));
  if (message) expect(out[0]).toMatch(message);
  expect(out[1]).toBe('1 problem found');
  expect(r.status).toBe(1);
}

describe('validate reports one bad thing as one problem line and exits 1', () => {
  it('accepts the unbroken base story', () => {
    const r = runCli(['validate', '--data', dataDirWith(baseStory())]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok: 1 story, 7 nodes, 5 edges, \d+ evidence quotes resolved\n$/);
    expect(r.status).toBe(0);
  });

  it.each(CASES)('$name → $code', (c) => {
    const fx = baseStory();
    c.breakIt(fx);
    const dir = dataDirWith(fx);
    const where = typeof c.where === 'function' ? c.where(fx) : c.where;
    const r = runCli(['validate', '--data', dir]);
    expectOneProblem(r, `${storyFile(dir, fx.id, c.file)}: ${where ? `${where}: ` : ''}`, c.code, c.message);
  });

  it('a missing data folder → data-dir-missing', () => {
    const dir = join(tempDir(), 'nope');
    expectOneProblem(runCli(['validate', '--data', dir]), `${dir}: `, 'data-dir-missing', /does not exist/);
  });

  it('an empty data folder → data-dir-empty', () => {
    const dir = tempDir();
    expectOneProblem(runCli(['validate', '--data', dir]), `${join(dir, 'stories')}: `, 'data-dir-empty');
  });

  it('a data folder with an empty stories/ → data-dir-empty', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'stories'));
    expectOneProblem(runCli(['validate', '--data', dir]), `${join(dir, 'stories')}: `, 'data-dir-empty');
  });

  it('a file in place of the data folder → data-dir-missing', () => {
    const file = storyFile(dataDirWith(baseStory()), 'base-story', 'story.json');
    expectOneProblem(runCli(['validate', '--data', file]), `${file}: `, 'data-dir-missing', /is a file/);
  });

  it('a folder in place of article.txt → story-file-missing', () => {
    const fx = baseStory();
    fx.omit = ['article.txt'];
    const dir = dataDirWith(fx);
    mkdirSync(storyFile(dir, fx.id, 'article.txt'));
    expectOneProblem(runCli(['validate', '--data', dir]), `${storyFile(dir, fx.id, 'article.txt')}: `, 'story-file-missing', /is not a file/);
  });

  it('every data command reports the same way (stats, coverage, export)', () => {
    const fx = baseStory();
    set(fx.annotations, ['relations', 1, 'target'], 'city/nowhere');
    const dir = dataDirWith(fx);
    for (const cmd of [['stats', '--json'], ['coverage'], ['export', '--format', 'graphology']]) {
      expectOneProblem(runCli([...cmd, '--data', dir]), `${storyFile(dir, fx.id, 'annotations.json')}: relations[1].target: `, 'dangling-reference');
    }
  });
});

describe('story folders found and skipped', () => {
  it('follows a symbolic link to a story folder and skips hidden folders', () => {
    const src = dataDirWith(baseStory());
    const dir = tempDir();
    mkdirSync(join(dir, 'stories', '.trash', 'x'), { recursive: true });
    symlinkSync(join(src, 'stories', 'base-story'), join(dir, 'stories', 'base-story'));
    const r = runCli(['validate', '--data', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok: 1 story, 7 nodes/);
  });

  it('an empty story folder → story-file-missing for each of its three files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'stories', 'empty-story'), { recursive: true });
    const r = runCli(['validate', '--data', dir]);
    expect(lines(r.stderr)).toEqual([
      ...(['article.txt', 'story.json', 'annotations.json'] as const).map(
        (f) => `${storyFile(dir, 'empty-story', f)}: story-file-missing: the story folder has no ${f}`,
      ),
      '3 problems found',
    ]);
    expect(r.status).toBe(1);
  });

  // root reads any file whatever its mode, so this runs only as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('an unreadable story.json → file-unreadable', () => {
    const fx = baseStory();
    const dir = dataDirWith(fx);
    chmodSync(storyFile(dir, fx.id, 'story.json'), 0o000);
    expectOneProblem(runCli(['validate', '--data', dir]), `${storyFile(dir, fx.id, 'story.json')}: `, 'file-unreadable', /EACCES/);
  });
});
