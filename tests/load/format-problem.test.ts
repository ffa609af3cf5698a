// A problem is printed as one line whatever its message holds: a message that quoted a value raw
// (a control, a C1 NEL, a line separator) must not break the line or hide characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/load/problem.js';

const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

describe('formatProblem', () => {
  it('escapes controls left raw in a message', () => {
    const line = formatProblem({ file: 'a/annotations.json', where: 'nodes[0]', code: 'schema-violation', message: 'bad\u0085value\nhere\u2028' });
    expect(line).toBe('a/annotations.json: nodes[0]: schema-violation: bad\\u0085value\\u000ahere\\u2028');
  });

  it('any message and place give exactly one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (where, message) => {
        expect(formatProblem({ file: 'x.json', where, code: 'schema-violation', message })).not.toMatch(LINE_BREAKING);
      }),
    );
  });
});
