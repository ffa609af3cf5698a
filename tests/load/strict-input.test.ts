// Issue 8, "Strict input, clear messages" (defects 10-14): each test is named after its defect,
// breaks one thing in the valid base story and checks the one problem line it gives (file,
// place, stable code), exit 1, no stack trace, nothing on stdout.
import { afterAll, describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../src/load/problem.js';
import { BASE_TEXT, baseStory, dataDirWith, removeTempDirs, set, sha256, storyFile, type StoryFileName, type StoryFixture } from '../support/base-story.js';
import { STACK_TRACE, lines, runCli } from '../support/cli.js';

afterAll(removeTempDirs);

/** Runs validate on the broken story and returns its one problem line, checked for shape. */
function oneProblem(fx: StoryFixture, file: StoryFileName, where: string, code: ProblemCode): string {
  const dir = dataDirWith(fx);
  const r = runCli(['validate', '--data', dir]);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const out = lines(r.stderr);
  expect(out, r.stderr).toHaveLength(2);
  const prefix = `${storyFile(dir, fx.id, file)}: ${where}: ${code}: `;
  expect(out[0]!.startsWith(prefix), `${out[0]!.slice(0, 300)}\nshould start with\n${prefix}`).toBe(true);
  expect(out[1]).toBe('1 problem found');
  expect(r.status).toBe(1);
  return out[0]!.slice(prefix.length);
}

const metaJson = (fx: StoryFixture) => `${JSON.stringify({ ...fx.meta, sha256: sha256(BASE_TEXT) }, null, 2)}\n`;

describe('10: unknown keys are errors at every level (unknown-key, with the place and the nearest known key)', () => {
  it('10: a misspelled top-level key (leftout) is not ignored', () => {
    const fx = baseStory();
    delete fx.annotations.leftOut;
    fx.annotations.leftout = [];
    expect(oneProblem(fx, 'annotations.json', 'leftout', 'unknown-key')).toBe('unknown key "leftout"; did you mean "leftOut"?');
  });

  it('10: a misspelled key of a node', () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 1, 'lable'], 'Jane');
    expect(oneProblem(fx, 'annotations.json', 'nodes[1].lable', 'unknown-key')).toBe('unknown key "lable"; did you mean "label"?');
  });

  it('10: a misspelled key deep inside a claim (attribution cue) names the keys of that place', () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 5, 'attribution', 0, 'cue', 'prefx'], 'Jane ');
    expect(oneProblem(fx, 'annotations.json', 'nodes[5].attribution[0].cue.prefx', 'unknown-key')).toBe('unknown key "prefx"; did you mean "prefix"?');
  });

  it('10: a misspelled key in a relation', () => {
    const fx = baseStory();
    set(fx.annotations, ['relations', 0, 'factualty'], 'asserted');
    delete (fx.annotations.relations as Record<string, unknown>[])[0]!.factuality;
    const dir = dataDirWith(fx);
    const r = runCli(['validate', '--data', dir]);
    // The misspelling and the field it leaves missing: two problems, the unknown key with its suggestion.
    expect(lines(r.stderr)).toContain(
      `${storyFile(dir, fx.id, 'annotations.json')}: relations[0].factualty: unknown-key: unknown key "factualty"; did you mean "factuality"?`,
    );
    expect(r.status).toBe(1);
  });

  it('10: a misspelled key in story.json (published.inferrd)', () => {
    const fx = baseStory();
    set(fx.meta, ['published', 'inferrd'], false);
    delete (fx.meta.published as Record<string, unknown>).inferred;
    const dir = dataDirWith(fx);
    const r = runCli(['validate', '--data', dir]);
    expect(lines(r.stderr)).toContain(
      `${storyFile(dir, fx.id, 'story.json')}: published.inferrd: unknown-key: unknown key "inferrd"; did you mean "inferred"?`,
    );
  });

  it('10: a key far from every known key gets no suggestion, only the list of known keys', () => {
    const fx = baseStory();
    set(fx.annotations, ['article', 'zzzzzzzzzz'], 1);
    expect(oneProblem(fx, 'annotations.json', 'article.zzzzzzzzzz', 'unknown-key')).toBe('unknown key "zzzzzzzzzz" (known keys: id, mentions)');
  });

  it('10: prototype keys (__proto__, constructor) are unknown keys, not prototypes', () => {
    const fx = baseStory();
    fx.raw = { 'annotations.json': JSON.stringify(fx.annotations).replace('"id":"person/jane-roe"', '"__proto__":{"polluted":true},"id":"person/jane-roe"') };
    expect(oneProblem(fx, 'annotations.json', 'nodes[1].__proto__', 'unknown-key')).toMatch(/^unknown key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('11: control characters, lone surrogates and non-http(s) URLs are refused', () => {
  it.each([
    ['a NUL', 'Jane\u0000Roe', 'U+0000', 5],
    ['an escape character', '\u001b[31mJane', 'U+001B', 1],
    ['a lone high surrogate', 'Jane \uD800', 'U+D800', 6],
    ['a lone low surrogate', '\uDC00Jane', 'U+DC00', 1],
    ['DEL', 'Jane\u007f', 'U+007F', 5],
    ['a C1 control', 'Jane\u0085', 'U+0085', 5],
    ['a noncharacter XML refuses', 'Jane\uFFFE', 'U+FFFE', 5],
  ])('11: %s in a string → invalid-character with the place and the code point', (_, label, cp, at) => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 1, 'label'], label);
    const message = oneProblem(fx, 'annotations.json', 'nodes[1].label', 'invalid-character');
    expect(message).toContain(cp);
    expect(message).toContain(`character ${at}`);
    expect(message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/); // the message itself stays printable
  });

  it('11: a control character in story.json (title)', () => {
    const fx = baseStory();
    fx.meta.title = 'Test\u0007talks';
    expect(oneProblem(fx, 'story.json', 'title', 'invalid-character')).toContain('U+0007');
  });

  it('11: a control character in a key', () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 1, 'la\u0000bel'], 'x');
    expect(oneProblem(fx, 'annotations.json', 'nodes[1]["la\\u0000bel"]', 'invalid-character')).toContain('U+0000');
  });

  it("11: tab, newline and CR (a CRLF article's quotes) are allowed", () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 1, 'note'], 'a\tb\nc\r\nd');
    const r = runCli(['validate', '--data', dataDirWith(fx)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/x',
    'https://example.org/?q="><script>alert(1)</script>',
    'https://example.org/a b',
    'https://example.org/%zz',
  ])('11: story.json url %s → invalid-url', (url) => {
    const fx = baseStory();
    fx.meta.url = url;
    expect(oneProblem(fx, 'story.json', 'url', 'invalid-url')).toMatch(/http or https/);
  });

  it('11: an http(s) url is accepted', () => {
    const fx = baseStory();
    fx.meta.url = 'https://example.org/news/1?x=1#y';
    const r = runCli(['validate', '--data', dataDirWith(fx)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('12: JSON files that are not UTF-8 → json-not-utf8 with the byte offset', () => {
  it('12: story.json in Latin-1 is not silently repaired', () => {
    const fx = baseStory();
    fx.meta.title = 'Test talks — café';
    const text = metaJson(fx);
    const bytes = Buffer.from(text.replace('—', '-'), 'latin1');
    fx.raw = { 'story.json': bytes };
    const at = Buffer.from(text.slice(0, text.indexOf('café') + 3), 'utf8').length - 2; // "—" was 3 bytes in UTF-8, 1 here
    expect(oneProblem(fx, 'story.json', `byte ${at}`, 'json-not-utf8')).toBe(`not valid UTF-8 (byte 0xe9 at offset ${at}); save the file as UTF-8`);
  });

  it('12: annotations.json in UTF-16 (with its BOM) → byte 0', () => {
    const fx = baseStory();
    fx.raw = { 'annotations.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(fx.annotations), 'utf16le')]) };
    expect(oneProblem(fx, 'annotations.json', 'byte 0', 'json-not-utf8')).toMatch(/UTF-16/);
  });

  it('12: a UTF-8 BOM is still accepted', () => {
    const fx = baseStory();
    fx.raw = { 'story.json': `\uFEFF${metaJson(fx)}` };
    const r = runCli(['validate', '--data', dataDirWith(fx)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('13: long values are quoted to 120 characters; every problem has a place', () => {
  const huge = 'x'.repeat(1_000_000);

  it('13: a 1 MB unknown node type is not echoed whole', () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 2, 'type'], huge);
    const message = oneProblem(fx, 'annotations.json', 'nodes[2].type', 'unknown-node-type');
    expect(message).toContain(`"${'x'.repeat(120)}"… (1000000 chars)`);
    expect(message.length).toBeLessThan(400);
  });

  it('13: a 1 MB unknown key is not echoed whole', () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 2, huge], 1);
    const dir = dataDirWith(fx);
    const r = runCli(['validate', '--data', dir]);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(lines(r.stderr)[0]).toContain('… (1000000 chars)');
    expect(r.status).toBe(1);
  });

  it('13: a 1 MB language tag and a 1 MB EDTF value are not echoed whole', () => {
    const fx = baseStory();
    fx.meta.language = `en-${'a'.repeat(999_997)}`;
    set(fx.annotations, ['nodes', 4, 'time', 'edtf'], huge);
    const r = runCli(['validate', '--data', dataDirWith(fx)]);
    expect(r.stderr.length).toBeLessThan(2000);
    expect(lines(r.stderr)).toHaveLength(3);
    for (const l of lines(r.stderr).slice(0, 2)) expect(l).toContain('… (1000000 chars)');
  });

  it('13: a file whose top level is not an object has a place ($), not an empty one', () => {
    const fx = baseStory();
    fx.raw = { 'annotations.json': '[]' };
    expect(oneProblem(fx, 'annotations.json', '$', 'schema-violation')).toMatch(/expected object/);
  });

  it('13: story.json that is a string has a place ($)', () => {
    const fx = baseStory();
    fx.raw = { 'story.json': '"story"' };
    expect(oneProblem(fx, 'story.json', '$', 'schema-violation')).toMatch(/expected object/);
  });
});

describe('14: EDTF years 0000-0099 and intervals open at both ends', () => {
  it('14: an event in the year 0050 is accepted and dated 0050, not 1950', () => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 4, 'time', 'edtf'], '0050-03');
    const r = runCli(['timeline', '--json', '--data', dataDirWith(fx)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('0050-03-01T00:00:00.000Z');
    expect(r.stdout).not.toContain('1950');
  });

  // "/.." (begun at an unknown time, still going on) and "../" say something; these two say nothing.
  it.each(['../..', '/'])('14: %s (an interval without a single date or an end that is known to be open) → invalid-edtf', (v) => {
    const fx = baseStory();
    set(fx.annotations, ['nodes', 4, 'time', 'edtf'], v);
    expect(oneProblem(fx, 'annotations.json', 'nodes[4].time.edtf', 'invalid-edtf')).toContain(JSON.stringify(v));
  });
});
