// Malformed JSON is located by line and column with a one-line reason, whatever V8's message
// says; the scanner agrees with JSON.parse on what is valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../src/load/json-syntax.js';
import { parseJson } from '../../src/load/read-json.js';

const problem = (text: string) => {
  const r = parseJson('x.json', text);
  return r.ok ? undefined : `${r.problem.where}: ${r.problem.code}: ${r.problem.message}`;
};

describe('parseJson', () => {
  it('parses valid JSON, with or without a BOM', () => {
    expect(parseJson('x.json', '{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJson('x.json', '\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['{"a": }', 'line 1:7: malformed-json: not valid JSON: unexpected "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', `line 3:3: malformed-json: not valid JSON: expected ',' or '}' after the property value, found "\\""`],
    ['{\n  "a": 1,\n}', 'line 3:1: malformed-json: not valid JSON: expected a property name in double quotes, found "}"'],
    ['[1, 2', `line 1:6: malformed-json: not valid JSON: expected ',' or ']' after the array element, found the end of the file`],
    ['{"a": "b\nc"}', 'line 1:9: malformed-json: not valid JSON: control character (a raw newline or tab?) in string'],
    ['{"a": "b', 'line 1:9: malformed-json: not valid JSON: unterminated string'],
    ['{"a": \'b\'}', `line 1:7: malformed-json: not valid JSON: unexpected "'"`],
    ['{"a": 01}', `line 1:8: malformed-json: not valid JSON: expected ',' or '}' after the property value, found "1"`],
    ['{"a": 1} x', 'line 1:10: malformed-json: not valid JSON: unexpected "x" after the end of the JSON value'],
    ['{"a": "\\x"}', 'line 1:9: malformed-json: not valid JSON: bad escape in string: \\x'],
    ['{"a": "😀" b}', `line 1:12: malformed-json: not valid JSON: expected ',' or '}' after the property value, found "b"`],
    ['', 'line 1:1: malformed-json: not valid JSON: the file is empty'],
    ['  \n ', 'line 1:1: malformed-json: not valid JSON: the file is empty'],
    ['{"a": tru}', 'line 1:7: malformed-json: not valid JSON: unexpected "t"'],
    ['{"a": -}', 'line 1:7: malformed-json: not valid JSON: invalid number'],
  ])('%j → %s', (text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it('keeps the message on one line for a big file', () => {
    const text = `{\n${Array.from({ length: 200 }, (_, i) => `  "k${i}": "${'x'.repeat(50)}",`).join('\n')}\n  "last": }\n`;
    const p = problem(text)!;
    expect(p).toBe('line 202:11: malformed-json: not valid JSON: unexpected "}"');
  });
});

describe('findJsonError agrees with JSON.parse (property)', () => {
  const accepts = (t: string) => {
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  };

  it('finds no error in valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (t) => {
        expect(findJsonError(t)).toBeUndefined();
      }),
    );
  });

  it('finds an error exactly when JSON.parse fails, in JSON with one character changed', () => {
    const edited = fc
      .json()
      .chain((t) => fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', ' ', 'x', '0', '\n', '{', '[')));
    fc.assert(
      fc.property(edited, ([t, i, c]) => {
        const text = t.slice(0, i) + c + t.slice(i + 1);
        const found = findJsonError(text);
        expect(found === undefined).toBe(accepts(text));
        if (found) expect(found.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
