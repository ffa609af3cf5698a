// Whatever is in the files, the loader answers with problems, never with an exception: random
// JSON values put anywhere in the base story must give a graph or a DataError, nothing else.
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadStories } from '../../src/load/load-data.js';
import { DataError, PROBLEM_CODES } from '../../src/load/problem.js';
import { baseStory, dataDirWith, removeTempDirs, set, type JsonObject } from '../support/base-story.js';

afterAll(removeTempDirs);

type Path = (string | number)[];

/** Every path in a JSON tree, the root excluded. */
function paths(value: unknown, at: Path = []): Path[] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

const base = baseStory();
const targets = [
  ...paths(base.annotations).map((p) => ({ file: 'annotations' as const, path: p })),
  ...paths(base.meta)
    .filter((p) => p[0] !== 'sha256')
    .map((p) => ({ file: 'meta' as const, path: p })),
];

it('random values anywhere in story.json or annotations.json give problems, never an exception', () => {
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      '',
      'person/jane-roe',
      'claim/roe-talks-went-well',
      'event/base-talks',
      'rel/talks-location',
      'Roe',
      'talks',
      '😀',
      -1,
      1e9,
      0.5,
      null,
      [],
      {},
    ),
  );
  fc.assert(
    fc.property(fc.constantFrom(...targets), value, (target, v) => {
      const fx = baseStory();
      const root: JsonObject = target.file === 'meta' ? fx.meta : fx.annotations;
      set(root, target.path, JSON.parse(JSON.stringify(v ?? null)));
      const { stories, problems } = loadStories(dataDirWith(fx));
      for (const p of problems) {
        expect(PROBLEM_CODES).toContain(p.code);
        expect(p.message).not.toMatch(/\n/);
      }
      if (problems.length === 0) {
        try {
          buildGraph(stories);
        } catch (e) {
          expect(e).toBeInstanceOf(DataError);
        }
      }
    }),
    { numRuns: 300 },
  );
});

it('random article bytes and random JSON text give problems, never an exception', () => {
  const file = fc.oneof(
    fc.record({ article: fc.uint8Array({ maxLength: 80 }) }),
    fc.record({ json: fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', 'a', '1', ' ', '\n', '\\', 'n', 'u'), maxLength: 40 }) }),
  );
  fc.assert(
    fc.property(file, (f) => {
      const fx = baseStory();
      if ('article' in f) fx.article = f.article;
      else fx.raw = { 'annotations.json': f.json };
      const { problems } = loadStories(dataDirWith(fx));
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p.message).not.toMatch(/\n/);
    }),
    { numRuns: 200 },
  );
});
