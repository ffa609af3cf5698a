// Offsets count Unicode code points from the first character of content: a BOM is not counted,
// CRLF line ends are kept as two characters, an emoji or a rare CJK character counts as one.
import { storySentences } from '../../src/graph/story-sentences.js';
import { afterAll, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { evidenceSpans } from '../../src/graph/evidence-spans.js';
import { loadStoriesOrThrow } from '../../src/load/load-data.js';
import { BASE_TEXT, baseStory, dataDirWith, removeTempDirs, sha256 } from '../support/base-story.js';
import { runCli } from '../support/cli.js';

afterAll(removeTempDirs);

const TEXT = BASE_TEXT.replace('Test talks end well', 'Test talks end well 🎉')
  .replace('(Base Wire) — ', '(Base Wire 📷) — 𠀀𠀁 ')
  .replace('Roe said', '👩🏽‍💼 Roe said')
  .replace(/\n/g, '\r\n');
const BYTES = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);

/** Code-point offset of the first occurrence of `s`, counted here independently. */
const cpIndex = (text: string, s: string) => Array.from(text.slice(0, text.indexOf(s))).length;

function load() {
  const fx = baseStory();
  fx.article = BYTES;
  return { dir: dataDirWith(fx), fx };
}

it('the test text really has astral characters, CRLF and a BOM', () => {
  expect(TEXT.length - Array.from(TEXT).length).toBeGreaterThanOrEqual(6); // surrogate pairs
  expect(TEXT).toContain('\r\n');
  expect(BYTES.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
});

it('a story with a BOM, CRLF and astral characters loads, with the sha256 of its bytes', () => {
  const { dir } = load();
  const [story] = loadStoriesOrThrow(dir);
  expect(story!.story.text).toBe(TEXT); // the BOM dropped, CRLF kept
  expect(story!.story.sha256).toBe(sha256(BYTES));
  const r = runCli(['validate', '--data', dir]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

it('every evidence span slices its exact words out of the text by code points', () => {
  const graph = buildGraph(loadStoriesOrThrow(load().dir));
  const cps = Array.from(TEXT);
  const spans = [...graph.nodes().map((n) => graph.getNodeAttributes(n)), ...graph.edges().map((e) => graph.getEdgeAttributes(e))].flatMap((a) =>
    evidenceSpans(a),
  );
  expect(spans.length).toBeGreaterThan(15);
  for (const e of spans) expect(cps.slice(e.start, e.end).join(''), JSON.stringify(e)).toBe(e.exact);
});

it('offsets after astral characters differ from UTF-16 indexes by the number of surrogate pairs before them', () => {
  const graph = buildGraph(loadStoriesOrThrow(load().dir));
  const jane = graph.getNodeAttribute('person/jane-roe', 'evidence')[0]!;
  expect(jane.start).toBe(cpIndex(TEXT, 'Jane Roe'));
  expect(jane.start).toBe(TEXT.indexOf('Jane Roe') - 4); // 🎉 📷 𠀀 𠀁
  const roeSaid = graph.getNodeAttribute('claim/roe-talks-went-well', 'attribution')![0]!.cue;
  expect(roeSaid.start).toBe(cpIndex(TEXT, 'Roe said'));
  expect(roeSaid.start).toBe(TEXT.indexOf('Roe said') - 7); // and 👩 🏽 💼 (the ZWJ is in the BMP)
  expect(roeSaid.end - roeSaid.start).toBe(8);
});

it('sentences are code-point spans without the CR of CRLF', () => {
  const [story] = loadStoriesOrThrow(load().dir);
  const cps = Array.from(TEXT);
  const texts = storySentences(story!.story).map((s) => cps.slice(s.start, s.end).join(''));
  expect(texts).toEqual([
    'Test talks end well 🎉',
    'BASETOWN (Base Wire 📷) — 𠀀𠀁 Jane Roe met John Doe in Basetown on Monday.',
    '👩🏽‍💼 Roe said the talks went well.',
  ]);
});
