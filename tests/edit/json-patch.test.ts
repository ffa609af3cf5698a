// JSON Patch (RFC 6902) as the edit API applies it and the page makes it: the RFC's operations,
// all-or-nothing failures, own keys only, and diffJson's patch turning a into b (a property).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffJson, PatchError, type JsonValue } from '../../src/text/json-patch.js';

describe('applyPatch', () => {
  const doc: JsonValue = { a: [1, 2], 'b/c': { '~d': 1 }, e: 'x' };

  it('adds, removes, replaces, moves, copies and tests (RFC 6902, pointers with ~0 ~1)', () => {
    expect(applyPatch(doc, [{ op: 'add', path: '/a/1', value: 9 }])).toEqual({ ...(doc as object), a: [1, 9, 2] });
    expect(applyPatch(doc, [{ op: 'add', path: '/a/-', value: 3 }])).toMatchObject({ a: [1, 2, 3] });
    expect(applyPatch(doc, [{ op: 'remove', path: '/b~1c/~0d' }])).toMatchObject({ 'b/c': {} });
    expect(applyPatch(doc, [{ op: 'replace', path: '/e', value: 'y' }])).toMatchObject({ e: 'y' });
    expect(applyPatch(doc, [{ op: 'move', from: '/e', path: '/f' }])).toEqual({ a: [1, 2], 'b/c': { '~d': 1 }, f: 'x' });
    expect(applyPatch(doc, [{ op: 'copy', from: '/a/0', path: '/a/-' }])).toMatchObject({ a: [1, 2, 1] });
    expect(applyPatch(doc, [{ op: 'test', path: '/a', value: [1, 2] }])).toEqual(doc);
  });

  it('keeps the key order: a replaced key stays where it is, an added key goes last', () => {
    expect(
      Object.keys(
        applyPatch({ x: 1, y: 2 }, [
          { op: 'replace', path: '/x', value: 3 },
          { op: 'add', path: '/w', value: 0 },
        ]) as object,
      ),
    ).toEqual(['x', 'y', 'w']);
  });

  it.each([
    [[{ op: 'remove', path: '/nope' }], 'nothing at /nope'],
    [[{ op: 'add', path: '/a/5', value: 1 }], 'out of range'],
    [[{ op: 'replace', path: '/a/x', value: 1 }], 'not an array index'],
    [[{ op: 'test', path: '/e', value: 'z' }], 'differs'],
    [[{ op: 'add', path: 'a', value: 1 }], 'not a JSON Pointer'],
    [[{ op: 'move', from: '/a', path: '/a/0' }], 'into itself'],
  ] as const)('refuses %j, naming the operation, and changes nothing', (ops, msg) => {
    const copy = structuredClone(doc);
    expect(() => applyPatch(doc, ops as never)).toThrow(PatchError);
    expect(() => applyPatch(doc, ops as never)).toThrow(msg);
    expect(doc).toEqual(copy);
  });

  it('treats "__proto__" as a key, never as the prototype', () => {
    const out = applyPatch({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }]) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('diffJson', () => {
  it('makes one add for one inserted element and one remove for one removed element', () => {
    expect(diffJson({ m: [{ e: 'a' }, { e: 'c' }] }, { m: [{ e: 'a' }, { e: 'b' }, { e: 'c' }] })).toEqual([{ op: 'add', path: '/m/1', value: { e: 'b' } }]);
    expect(diffJson({ m: [1, 2, 3] }, { m: [1, 3] })).toEqual([{ op: 'remove', path: '/m/1' }]);
    expect(diffJson({ a: 1, b: 2 }, { a: 1, b: 3 })).toEqual([{ op: 'replace', path: '/b', value: 3 }]);
  });

  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom(null, true, 0, 1, 'a', 'b'),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'c', '~', '/', '__proto__'), tie('value'), { maxKeys: 3 }),
    ),
  })).value as fc.Arbitrary<JsonValue>;

  it('applying diffJson(a, b) to a gives b, and the reverse patch undoes it (property)', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(applyPatch(a, diffJson(a, b))).toEqual(b);
        expect(applyPatch(b, diffJson(b, a))).toEqual(a);
      }),
      { numRuns: 500 },
    );
  });
});
