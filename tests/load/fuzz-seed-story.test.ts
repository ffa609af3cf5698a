// Issue 8, "Fuzzing in CI": the seed story's JSON files mutated the ways a careless editor or an
// attacker would (drop, retype, duplicate, rename, huge strings, deep nesting, prototype keys,
// unicode edge cases, offsets). Whatever the input, the loader answers "ok" or a list of
// problems, each with its file, its place and a stable code; never an exception, and "ok" only
// for files the published JSON Schemas (schema/*.schema.json) accept. The loader runs
// in-process for speed (1,000+ cases); a smaller number goes through the built binary.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadStories } from '../../src/load/load-data.js';
import { DataError, PROBLEM_CODES, WHOLE_FILE_CODES, formatProblem, type Problem } from '../../src/load/problem.js';
import { removeTempDirs, tempDir } from '../support/base-story.js';
import { ROOT, STACK_TRACE, lines, runCli } from '../support/cli.js';

afterAll(removeTempDirs);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type FileName = 'story.json' | 'annotations.json';

const SEED = 'taiwannews-2020-10-us-china-crisis-talks';
const seedDir = join(ROOT, 'data', 'stories', SEED);
const seed = {
  'story.json': JSON.parse(readFileSync(join(seedDir, 'story.json'), 'utf8')) as Json,
  'annotations.json': JSON.parse(readFileSync(join(seedDir, 'annotations.json'), 'utf8')) as Json,
};

// The published schemas, checked by an independent validator (Ajv), not by zod.
const ajv = new Ajv2020({ allErrors: false, strict: false });
addFormats.default(ajv);
const validators = {
  'story.json': ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'story.schema.json'), 'utf8'))),
  'annotations.json': ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'annotations.schema.json'), 'utf8'))),
};

/** Every path in a JSON tree, the root included. */
function paths(value: Json, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}
const PATHS = { 'story.json': paths(seed['story.json']), 'annotations.json': paths(seed['annotations.json']) };
// Selector offsets and quotes are where a curator's slip lands most often: give them more weight.
const SELECTORS = PATHS['annotations.json'].filter((p) => p[p.length - 1] === 'exact').map((p) => p.slice(0, -1));

const get = (root: Json, path: Path): Json | undefined =>
  path.reduce<Json | undefined>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, Json>)[k] : undefined), root);

/** An own property, even for "__proto__" (plain assignment would set the prototype instead). */
function put(obj: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

// Deep nesting is spliced into the JSON text when it is written (JSON.stringify itself would
// overflow the stack): the tree holds a marker string meanwhile.
const NEST = /"@@nest:(array|object):(\d+)"/g;
const nest = (depth: number, kind: 'array' | 'object'): Json => `@@nest:${kind}:${depth}`;
const spliceNesting = (text: string) =>
  text.replace(NEST, (_, kind: string, d: string) =>
    kind === 'array' ? `${'['.repeat(Number(d))}"deep"${']'.repeat(Number(d))}` : `${'{"a":'.repeat(Number(d))}"deep"${'}'.repeat(Number(d))}`,
  );

const UNICODE = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\u202E',
  '\u2028',
  '\u00A0',
  'e\u0301',
  '\u0301',
  '😀',
  '👩‍👩‍👧',
  '𝓐',
  '吳謙',
  'İ',
  'ß',
  '\r',
  '\t',
  '\n',
  '"',
  '\\',
  '</script>',
];

const huge = fc.constantFrom(200_000, 1_000_000).chain((n) => fc.constantFrom('x', '吳', '😀', 'a b ').map((u) => u.repeat(Math.ceil(n / u.length))));
const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf');
const smallValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -0,
    '',
    ' ',
    [],
    {},
    'person/mark-esper',
    'event/x',
    'rel/x',
    'asserted',
    '2020-10-28',
    '../..',
    '0050-03',
  ),
);

type Mutation = (files: Record<FileName, Json>) => void;

/** A mutation that says what it does when fast-check prints a counterexample. */
const named = (what: string, m: Mutation): Mutation => Object.assign(m, { [fc.toStringMethod]: () => what });
const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}… (${s.length} chars)` : s;
};

/** One mutation of one file at one place. */
const mutation: fc.Arbitrary<Mutation> = fc.constantFrom<FileName>('story.json', 'annotations.json', 'annotations.json').chain((file) => {
  const place = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PATHS[file]) },
    { weight: file === 'annotations.json' ? 1 : 0, arbitrary: fc.constantFrom(...SELECTORS) },
  );
  const at =
    <T>(f: (parent: Json, key: string | number, value: Json, files: Record<FileName, Json>) => T) =>
    (path: Path) =>
    (files: Record<FileName, Json>) => {
      if (path.length === 0) return;
      const parent = get(files[file], path.slice(0, -1));
      const key = path[path.length - 1]!;
      if (parent === null || typeof parent !== 'object') return;
      f(parent, key, (parent as Record<string | number, Json>)[key]!, files);
    };
  const replace = (parent: Json, key: string | number, v: Json) => {
    if (Array.isArray(parent)) parent[key as number] = v;
    else put(parent as Record<string, Json>, String(key), v);
  };
  const setAt = (v: Json) => at((parent, key) => replace(parent, key, v));
  return fc.oneof(
    // drop
    place.map((p) =>
      named(
        `drop ${file} ${show(p)}`,
        at((parent, key) => {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete (parent as Record<string, Json>)[key];
        })(p),
      ),
    ),
    // retype
    fc.tuple(place, smallValue).map(([p, v]) => named(`set ${file} ${show(p)} to ${show(v)}`, setAt(v)(p))),
    // duplicate (an array element, or an object's value under a second, misspelled key)
    place.map((p) =>
      named(
        `duplicate ${file} ${show(p)}`,
        at((parent, key, value) => {
          if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(value));
          else put(parent as Record<string, Json>, `${String(key)}_`, structuredClone(value));
        })(p),
      ),
    ),
    // rename a key (a typo, a case change)
    fc
      .tuple(
        place,
        fc.constantFrom(
          (k: string) => k.toLowerCase(),
          (k: string) => k.toUpperCase(),
          (k: string) => `${k}s`,
          (k: string) => k.slice(1),
        ),
      )
      .map(([p, f]) =>
        named(
          `rename ${file} ${show(p)} (${String(f)})`,
          at((parent, key, value) => {
            if (!Array.isArray(parent) && typeof key === 'string') {
              delete (parent as Record<string, Json>)[key];
              put(parent as Record<string, Json>, f(key), value);
            }
          })(p),
        ),
      ),
    // a huge string
    fc.tuple(place, huge).map(([p, s]) => named(`set ${file} ${show(p)} to ${show(s)}`, setAt(s)(p))),
    // deep nesting
    fc
      .tuple(place, fc.constantFrom(10, 1_000, 100_000), fc.constantFrom<'array' | 'object'>('array', 'object'))
      .map(([p, d, k]) => named(`nest ${file} ${show(p)} ${d} ${k}s deep`, setAt(nest(d, k))(p))),
    // a prototype key added to an object
    fc.tuple(place, prototypeKey, smallValue).map(([p, k, v]) =>
      named(`add ${k}: ${show(v)} to ${file} ${show(p)}`, (files: Record<FileName, Json>) => {
        const target = get(files[file], p);
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) put(target, k, v);
      }),
    ),
    // unicode edge cases inserted into a string (or a key)
    fc.tuple(place, fc.constantFrom(...UNICODE), fc.nat(), fc.boolean()).map(([p, u, i, inKey]) =>
      named(
        `insert ${show(u)} at ${i} into the ${inKey ? 'key' : 'value'} ${file} ${show(p)}`,
        at((parent, key, value) => {
          if (inKey && !Array.isArray(parent) && typeof key === 'string') {
            const k = key.slice(0, i % (key.length + 1)) + u + key.slice(i % (key.length + 1));
            delete (parent as Record<string, Json>)[key];
            put(parent as Record<string, Json>, k, value);
          } else if (typeof value === 'string') {
            const n = i % (value.length + 1);
            replace(parent, key, value.slice(0, n) + u + value.slice(n));
          }
        })(p),
      ),
    ),
    // offsets on a selector: wrong, out of range, negative, fractional, off by one
    fc
      .tuple(
        fc.constantFrom(...SELECTORS),
        fc.constantFrom('start', 'end'),
        fc.oneof(fc.integer({ min: -2, max: 6000 }), fc.constantFrom(0.5, 1e12, -0, Number.MAX_SAFE_INTEGER + 2)),
      )
      .map(([p, k, n]) =>
        named(`set annotations.json ${show([...p, k])} to ${n}`, (files: Record<FileName, Json>) => {
          const sel = get(files['annotations.json'], p);
          if (sel && typeof sel === 'object' && !Array.isArray(sel)) put(sel, k, n);
        }),
      ),
  );
});

const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

/** Applies mutations to fresh copies of the seed files and writes them (as JSON text) into `dir`. */
function writeMutated(dir: string, ms: Mutation[]): Record<FileName, Json> {
  const files = { 'story.json': structuredClone(seed['story.json']), 'annotations.json': structuredClone(seed['annotations.json']) };
  for (const m of ms) m(files);
  for (const name of ['story.json', 'annotations.json'] as const)
    writeFileSync(join(dir, 'stories', SEED, name), spliceNesting(JSON.stringify(files[name], null, 2)));
  // What the loader reads: the written text parsed back (JSON.stringify drops -0's sign, for one).
  return {
    'story.json': JSON.parse(readFileSync(join(dir, 'stories', SEED, 'story.json'), 'utf8')) as Json,
    'annotations.json': JSON.parse(readFileSync(join(dir, 'stories', SEED, 'annotations.json'), 'utf8')) as Json,
  };
}

function dataDir(): string {
  const dir = tempDir('storygraph-fuzz-');
  mkdirSync(join(dir, 'stories', SEED), { recursive: true });
  writeFileSync(join(dir, 'stories', SEED, 'article.txt'), readFileSync(join(seedDir, 'article.txt')));
  return dir;
}

const schemaValid = (files: Record<FileName, Json>) => (['story.json', 'annotations.json'] as const).every((f) => validators[f](files[f]));

/** A problem as the CLI prints it: file, place (a JSON path, line:col or byte offset) and code, on one short line. */
function expectWellFormed(p: Problem): void {
  expect(PROBLEM_CODES).toContain(p.code);
  if (!WHOLE_FILE_CODES.includes(p.code)) expect(p.where, formatProblem(p).slice(0, 300)).not.toBe('');
  expect(p.where).toMatch(/^(|\$|line \d+:\d+|byte \d+|[A-Za-z_$[].*)$/s);
  const line = formatProblem(p);
  expect(line).not.toMatch(/[\n\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  expect(line.length).toBeLessThan(1200);
}

describe('fuzzing the seed story (in-process loader)', () => {
  it('the seed story is valid under the published schemas (the property would be empty otherwise)', () => {
    expect(schemaValid(seed)).toBe(true);
  });

  it('mutated story.json / annotations.json: problems with file, place and code, or ok only when the JSON Schemas accept the files', () => {
    const dir = dataDir();
    let ok = 0;
    fc.assert(
      fc.property(mutations, (ms) => {
        const files = writeMutated(dir, ms);
        let problems: Problem[];
        const loaded = loadStories(dir);
        problems = loaded.problems;
        if (problems.length === 0) {
          try {
            buildGraph(loaded.stories, dir);
          } catch (e) {
            if (!(e instanceof DataError)) throw e;
            problems = e.problems;
          }
        }
        for (const p of problems) expectWellFormed(p);
        if (problems.length === 0) {
          ok++;
          expect(schemaValid(files), JSON.stringify(validators['story.json'].errors ?? validators['annotations.json'].errors)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    // Some mutations keep the story valid (a dropped optional note, an extra alias): the "ok" side is exercised too.
    expect(ok).toBeGreaterThan(0);
  }, 300_000);
});

describe('fuzzing the seed story (the built binary)', () => {
  const CODE = new RegExp(`^(?:(.+?): )?(${PROBLEM_CODES.join('|')}): (.+)$`);

  it('validate exits 0 or 1, prints no stack trace, and each stderr line is file: place: code: message', () => {
    const dir = dataDir();
    const cache = tempDir('storygraph-fuzz-cache-');
    fc.assert(
      fc.property(mutations, (ms) => {
        const files = writeMutated(dir, ms);
        const r = runCli(['validate', '--data', dir], { env: { XDG_CACHE_HOME: cache } });
        expect([0, 1]).toContain(r.status);
        expect(r.stderr).not.toMatch(STACK_TRACE);
        if (r.status === 0) {
          expect(r.stderr).toBe('');
          expect(schemaValid(files)).toBe(true);
          return;
        }
        expect(r.stdout).toBe('');
        const out = lines(r.stderr);
        expect(out[out.length - 1]).toMatch(/^\d+ problems? found$/);
        for (const l of out.slice(0, -1)) {
          const file = [
            join(dir, 'stories', SEED, 'story.json'),
            join(dir, 'stories', SEED, 'annotations.json'),
            join(dir, 'stories', SEED, 'article.txt'),
          ].find((f) => l.startsWith(`${f}: `));
          expect(file, l.slice(0, 300)).toBeDefined();
          const m = CODE.exec(l.slice(file!.length + 2));
          expect(m, l.slice(0, 300)).not.toBeNull();
          if (!WHOLE_FILE_CODES.includes(m![2] as Problem['code'])) expect(m![1], l.slice(0, 300)).toBeTruthy();
        }
      }),
      { numRuns: 40 },
    );
    rmSync(cache, { recursive: true, force: true });
  }, 300_000);
});
