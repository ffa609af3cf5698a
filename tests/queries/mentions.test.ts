import { expect, test } from 'vitest';
import { mentions } from '../../src/queries/mentions.js';
import { CodePointText } from '../../src/text/code-points.js';
import { buildFixture, TEXT } from './fixture.js';

const g = buildFixture();
const doc = new CodePointText(TEXT);

test('every mention, in text order, with its sentence as context, code-point correct', () => {
  const m = mentions(g, 'person/wu-qian');
  expect(m.map((x) => [x.exact, x.role, x.kind])).toEqual([
    ['Wu Qian', 'mention', 'name'],
    ['吳謙', 'mention', 'alias'],
    ['Wu', 'mention', 'short'],
  ]);
  for (const x of m) {
    expect(doc.slice(x.start, x.end)).toBe(x.exact);
    expect(doc.slice(x.context!.start, x.context!.end)).toBe(x.context!.text);
    expect(x.context!.text).toContain(x.exact);
    expect(x.context!.start).toBeLessThanOrEqual(x.start);
    expect(x.context!.end).toBeGreaterThanOrEqual(x.end);
  }
  expect(m[1]!.context!.text).toBe('HANOI (Test News) — Mark Esper met Wu Qian (吳謙) in Hanoi on Oct. 28.');
});

test('a mention outside the sentences gets its line', () => {
  const m = mentions(g, 'city/hanoi');
  expect(m[0]!.context!.text).toBe('Talks held 𠮷 in Hanoi');
});

test('claims: the cue, the quote and the attribution cues too', () => {
  const roles = mentions(g, 'claim/wu-urges').map((x) => `${x.role}:${x.exact}`);
  expect(roles).toEqual(['attribution:Wu said', 'cue:said', 'mention:We urge the U.S. to keep its promise.', 'quote:We urge the U.S. to keep its promise.']);
});
