// Code-point offsets (W3C Web Annotation) against JavaScript's UTF-16 indexes: conversions must
// round-trip on any text, astral characters and lone surrogates included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointText, cpLength } from '../../src/text/code-points.js';

describe('CodePointText', () => {
  it('counts an astral character as one code point', () => {
    const doc = new CodePointText('a😀b𠀀c');
    expect(doc.length).toBe(5);
    expect(cpLength('a😀b𠀀c')).toBe(5);
    expect(doc.toUtf16(2)).toBe(3);
    expect(doc.toCodePoint(3)).toBe(2);
    expect(doc.slice(1, 4)).toBe('😀b𠀀');
    expect(doc.slice(4, 5)).toBe('c');
  });

  it('maps a low surrogate to the code point it belongs to', () => {
    const doc = new CodePointText('😀x');
    expect(doc.toCodePoint(0)).toBe(0);
    expect(doc.toCodePoint(1)).toBe(0);
    expect(doc.toCodePoint(2)).toBe(1);
    expect(doc.toCodePoint(3)).toBe(2); // the end
  });

  it('counts a lone surrogate as one code point, as Array.from does', () => {
    for (const s of ['\ud800', 'a\udc00b', '\ud83d\ud83d\ude00', '\ude00\ud83d']) {
      expect(new CodePointText(s).length).toBe(Array.from(s).length);
      expect(cpLength(s)).toBe(Array.from(s).length);
    }
  });

  it('handles the empty text', () => {
    const doc = new CodePointText('');
    expect(doc.length).toBe(0);
    expect(doc.slice(0, 0)).toBe('');
    expect(doc.toUtf16(0)).toBe(0);
  });

  // Any UTF-16 string: valid pairs, lone surrogates, BMP and astral characters.
  const anyText = fc.string({
    unit: fc.oneof(fc.constantFrom('a', ' ', '\n', '\r', '—', '吳', '😀', '𠀀', '\ud800', '\udc00'), fc.string({ unit: 'binary', maxLength: 1 })),
    maxLength: 60,
  });

  it('round-trips code point → UTF-16 → code point for every offset (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = new CodePointText(text);
        const cps = Array.from(text);
        expect(doc.length).toBe(cps.length);
        expect(cpLength(text)).toBe(cps.length);
        for (let c = 0; c <= cps.length; c++) {
          const u = doc.toUtf16(c);
          expect(doc.toCodePoint(u)).toBe(c);
          expect(text.slice(0, u)).toBe(cps.slice(0, c).join(''));
        }
      }),
    );
  });

  it('slices by code points exactly as Array.from does (property)', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, x, y) => {
        const n = Array.from(text).length;
        const [start, end] = [x % (n + 1), y % (n + 1)].sort((a, b) => a - b) as [number, number];
        expect(new CodePointText(text).slice(start, end)).toBe(Array.from(text).slice(start, end).join(''));
      }),
    );
  });

  it('round-trips UTF-16 → code point → UTF-16 on every code-point boundary (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = new CodePointText(text);
        let u = 0;
        for (const ch of text) {
          expect(doc.toUtf16(doc.toCodePoint(u))).toBe(u);
          u += ch.length;
        }
        expect(doc.toUtf16(doc.toCodePoint(text.length))).toBe(text.length);
      }),
    );
  });
});
