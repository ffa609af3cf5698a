// Reading an article's bytes: strict UTF-8 with the offset of the first bad byte, a BOM dropped
// (but hashed), CRLF kept, empty text refused.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readArticleBytes } from '../../src/text/read-article.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('readArticleBytes', () => {
  it('decodes UTF-8 and hashes the bytes as they are', () => {
    const b = bytes('TAIPEI — 吳謙 😀\r\nline two\n');
    expect(readArticleBytes(b)).toEqual({ ok: true, text: 'TAIPEI — 吳謙 😀\r\nline two\n', sha256: createHash('sha256').update(b).digest('hex') });
  });

  it('drops a leading BOM from the text but not from the hash', () => {
    const b = bytes([0xef, 0xbb, 0xbf], 'Hello');
    const r = readArticleBytes(b);
    expect(r).toMatchObject({ ok: true, text: 'Hello', sha256: createHash('sha256').update(b).digest('hex') });
  });

  it('keeps a genuine U+FFFD character', () => {
    expect(readArticleBytes(bytes('a\uFFFDb'))).toMatchObject({ ok: true, text: 'a\uFFFDb' });
  });

  it.each([
    ['a stray 0xff', bytes('abc', [0xff], 'def'), 3, 0xff],
    ['a bad byte after multi-byte characters', bytes('吳謙 😀 ', [0xc3, 0x28]), 12, 0xc3],
    ['a sequence cut off at the end', bytes('abc', [0xe2, 0x80]), 3, 0xe2],
    ['an overlong encoding of "/"', bytes('ab', [0xc0, 0xaf]), 2, 0xc0],
    ['an encoded surrogate (CESU-8)', bytes('x', [0xed, 0xa0, 0x80]), 1, 0xed],
    ['a bad byte after a genuine U+FFFD and a BOM', bytes([0xef, 0xbb, 0xbf], '\uFFFD', [0x80]), 6, 0x80],
    ['a Latin-1 é', bytes('caf', [0xe9]), 3, 0xe9],
  ])('reports %s with its byte offset', (_, b, at, byte) => {
    expect(readArticleBytes(b)).toEqual({
      ok: false,
      code: 'article-not-utf8',
      where: `byte ${at}`,
      message: `not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${at})`,
    });
  });

  it.each([
    ['no bytes', bytes()],
    ['white space', bytes(' \r\n\t\n')],
    ['a BOM alone', bytes([0xef, 0xbb, 0xbf])],
  ])('refuses %s as empty', (_, b) => {
    expect(readArticleBytes(b)).toMatchObject({ ok: false, code: 'article-empty', where: '' });
  });
});
