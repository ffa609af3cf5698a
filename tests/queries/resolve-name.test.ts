import { describe, expect, test } from 'vitest';
import { resolveName } from '../../src/queries/resolve-name.js';
import { QueryError } from '../../src/queries/errors.js';
import { editDistance } from '../../src/text/edit-distance.js';
import { buildFixture } from './fixture.js';

const g = buildFixture();

function failure(name: string): QueryError {
  try {
    resolveName(g, name);
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error(`${name} resolved`);
}

describe('resolveName', () => {
  test.each([
    ['person/wu-qian', 'person/wu-qian'],
    ['PERSON/WU-QIAN', 'person/wu-qian'],
    ['Wu Qian', 'person/wu-qian'],
    ['wu qian', 'person/wu-qian'],
    ['吳謙', 'person/wu-qian'],
    ['Ｗｕ　Ｑｉａｎ', 'person/wu-qian'],
    ['U.S.', 'country/us'],
    ['amérîca', 'country/us'],
    ['Esper', 'person/mark-esper'], // a short-form mention
    ['wu-qian', 'person/wu-qian'], // the id without its prefix
  ])('%s → %s', (name, id) => {
    expect(resolveName(g, name)).toBe(id);
  });

  test('an ambiguous name lists every candidate', () => {
    const e = failure('li wei');
    expect(e.code).toBe('name-ambiguous');
    expect(e.candidates.map((c) => c.id)).toEqual(['person/li-wei', 'person/li-wei-2']);
    expect(e.message).toContain('person/li-wei-2');
    expect(e.message).not.toContain('\n');
  });

  test('an unknown name suggests the nearest names', () => {
    const e = failure('Mark Espr');
    expect(e.code).toBe('name-unknown');
    expect(e.candidates[0]!.id).toBe('person/mark-esper');
    expect(e.message).toMatch(/did you mean person\/mark-esper/);
  });

  test('a part of a name suggests the whole', () => {
    expect(failure('Mark').candidates.map((c) => c.id)).toContain('person/mark-esper');
  });

  test('nothing near: no suggestions', () => {
    const e = failure('zzzzzzzzzzzz');
    expect(e.code).toBe('name-unknown');
    expect(e.candidates).toEqual([]);
  });

  test('an empty name is unknown', () => {
    expect(failure('  ').code).toBe('name-unknown');
  });
});

test('editDistance counts code points', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('𠮷a', 'a')).toBe(1);
  expect(editDistance('', 'abc')).toBe(3);
});
