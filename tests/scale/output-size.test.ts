// No answer is too large to print (issue 14): at 10,000 stories `search` and `claims` answer with
// hundreds of thousands of rows, and their table (one argument per row to Math.max) and their
// --json (one JSON.stringify) outgrew the stack and V8's longest string, ending in "internal
// error" (exit 70). The program now writes every answer in pieces as they are made, and one that
// still meets an engine limit is the coded output-too-large (exit 1). The engine's string limit
// is forced small here (an injected stringify, or JSON.stringify patched) to test at small N.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeSyntheticCorpus } from '../../scripts/synthetic-corpus.js';
import { printResult, writeChunks } from '../../src/cli/print-result.js';
import { StorygraphError } from '../../src/model/storygraph-error.js';
import { jsonChunks, type Stringify } from '../../src/text/json-chunks.js';
import { json, table, tableChunks } from '../../src/text/table.js';
import { runCliInProcess, STACK_TRACE } from '../support/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-output-size-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** JSON.stringify with a string limit of `max` characters, as V8's (2^29) but small. */
const limited =
  (max: number): Stringify =>
  (value) => {
    const s = JSON.stringify(value, null, 2);
    if (s !== undefined && s.length > max) throw new RangeError('Invalid string length');
    return s;
  };

/** A stream that records each write, and can be slow (asks to drain after every write). */
function sink(slow = false) {
  const writes: string[] = [];
  const stream = new Writable({
    highWaterMark: slow ? 1 : 16_384,
    write(chunk: Buffer, _enc, done) {
      writes.push(chunk.toString('utf8'));
      if (slow) setImmediate(done);
      else done();
    },
  });
  return { stream, writes, text: () => writes.join('') };
}

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  it('gives the same text as json() for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect([...jsonChunks(v)].join('')).toBe(json(v));
      }),
      { numRuns: 300 },
    );
  });

  it('with a string limit of 40 characters: the same text, and no piece longer than a string may be', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        let text: string;
        try {
          text = [...jsonChunks(v, limited(40))].join('');
        } catch (e) {
          // Only a leaf (a long string or number) can still be too long: the limit, not a bug.
          expect(e).toBeInstanceOf(RangeError);
          return;
        }
        expect(text).toBe(json(v));
      }),
      { numRuns: 300 },
    );
    const big = { rows: Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, quotes: [`q${i}`, { at: i, of: [i, null, true] }] })), n: 1 };
    expect([...jsonChunks(big, limited(40))].join('')).toBe(json(big));
  });

  it('leaves out what JSON leaves out, and calls toJSON', () => {
    const v = { a: undefined, b: () => 1, c: [undefined, () => 1], d: new Date(0), e: { toJSON: () => ({ x: 1 }) } };
    expect([...jsonChunks(v, limited(30))].join('')).toBe(json(v));
    expect([...jsonChunks(undefined)]).toEqual([]);
  });

  it('a large answer comes in many pieces of about 64 KB, none the whole', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: `node/${i}`, label: `Label ${i}`, score: i / 7 }));
    const chunks = [...jsonChunks(rows)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
    expect(chunks.join('')).toBe(json(rows));
  });
});

describe('tableChunks', () => {
  const rows = [
    { id: 'a', label: 'one\ttwo', n: 1 },
    { id: 'bbbb', label: 'x'.repeat(80), n: { k: 2 } },
  ];

  it("is table()'s text: padded columns, whitespace folded, long cells cut at 60", () => {
    expect(table(rows)).toBe(
      [
        'id    label                                                         n',
        '----  ------------------------------------------------------------  -------',
        'a     one two                                                       1',
        `bbbb  ${'x'.repeat(59)}…  {"k":2}`,
        '',
      ].join('\n'),
    );
    expect(table([])).toBe('(none)\n');
  });

  it('a table of 300,000 rows: no stack overflow, whole lines in pieces of about 64 KB', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => ({ id: `n${i}`, v: i % 3 ? 'x' : 'yy' }));
    const chunks = [...tableChunks(many)];
    expect(chunks.length).toBeGreaterThan(30);
    for (const c of chunks) {
      expect(c.endsWith('\n')).toBe(true);
      expect(c.length).toBeLessThan(70_000);
    }
    const lines = chunks.join('').split('\n');
    expect(lines.length).toBe(300_000 + 3); // header, rule, rows, and the empty one after the last newline
    expect(lines[2]).toBe(`${'n0'.padEnd('n299999'.length)}  yy`);
  });
});

describe('printResult: the program writes an answer in pieces', () => {
  it('a text of many pieces goes out piece by piece, waiting for a slow reader, in order', async () => {
    const out = sink(true);
    const err = sink();
    const pieces = Array.from({ length: 50 }, (_, i) => `line ${i}\n`);
    await printResult({ text: () => pieces.values() }, false, { stdout: out.stream, stderr: err.stream });
    expect(out.writes).toEqual(pieces);
    const again = sink(true);
    await writeChunks(again.stream, ['a', '', 'b']);
    expect(again.writes).toEqual(['a', 'b']);
  });

  it('--json of a large answer is written in many writes, the bytes of json()', async () => {
    const out = sink();
    const data = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, evidence: [{ exact: `quote ${i}` }] }));
    await printResult({ data }, true, { stdout: out.stream, stderr: sink().stream });
    expect(out.writes.length).toBeGreaterThan(5);
    expect(out.text()).toBe(json(data));
  });

  it('an answer that meets an engine limit is output-too-large (exit 1), not an internal error', async () => {
    const io = { stdout: sink().stream, stderr: sink().stream };
    const rejects = async (p: Promise<void>) => {
      const e = await p.then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(StorygraphError);
      expect((e as StorygraphError).code).toBe('output-too-large');
      expect((e as StorygraphError).exit).toBe(1);
    };
    await rejects(
      printResult(
        {
          text: () => {
            throw new RangeError('Invalid string length');
          },
        },
        false,
        io,
      ),
    );
    await rejects(printResult({ data: { quote: 'x'.repeat(100) } }, true, io, { stringify: limited(50) }));
    // Anything else is a bug and stays one.
    const bug = printResult(
      {
        text: () => {
          throw new TypeError('boom');
        },
      },
      false,
      io,
    );
    await expect(bug).rejects.toThrow(TypeError);
  });
});

describe('the CLI on a corpus whose answers pass the (forced) string limit', () => {
  const data = writeSyntheticCorpus(join(tmp, 'corpus'), { stories: 6, seed: 3 });

  it('search and claims answer in full, --json included, never exit 70', async () => {
    const plain = {
      search: await runCliInProcess(['search', 'Synthetic', '--json', '--data', data]),
      claims: await runCliInProcess(['claims', '--json', '--data', data]),
    };
    expect(plain.search.status).toBe(0);
    expect(plain.claims.status).toBe(0);
    expect(plain.search.stdout.length).toBeGreaterThan(20_000);
    // From here JSON.stringify fails, as V8's does past 2^29 characters, for any indented text
    // over 2,000 characters: the whole answer can no longer be one string.
    const native = JSON.stringify.bind(JSON);
    vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, replacer?: never, space?: number) => {
      const s = native(value, replacer, space);
      if (space === 2 && s !== undefined && s.length > 2_000) throw new RangeError('Invalid string length');
      return s;
    }) as typeof JSON.stringify);
    for (const [name, args] of [
      ['search', ['search', 'Synthetic']],
      ['claims', ['claims']],
    ] as const) {
      const r = await runCliInProcess([...args, '--json', '--data', data]);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(plain[name].stdout);
      const text = await runCliInProcess([...args, '--data', data]);
      expect(text.status).toBe(0);
      expect(text.stdout.split('\n').length).toBeGreaterThan(10);
    }
  });
});
