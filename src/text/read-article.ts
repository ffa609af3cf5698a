// Reads an article's bytes: strict UTF-8 (a bad byte is reported with its offset), a leading BOM
// dropped (offsets count from the first character of content), CRLF kept as it is.
import { createHash } from 'node:crypto';

export type ArticleRead =
  | { ok: true; text: string; sha256: string }
  | { ok: false; code: 'article-empty' | 'article-not-utf8'; where: string; message: string };

/** Byte offset of the first byte that is not valid UTF-8 (bytes.length if there is none). */
export function firstInvalidByte(bytes: Uint8Array): number {
  const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const enc = new TextEncoder();
  let offset = 0;
  for (const ch of loose) {
    const n = enc.encode(ch).length;
    if (ch === '\uFFFD') {
      // A genuine U+FFFD is three bytes EF BF BD; anything else is where decoding failed.
      if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    }
    offset += n;
  }
  return offset;
}

export function readArticleBytes(bytes: Uint8Array): ArticleRead {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    const at = firstInvalidByte(bytes);
    return {
      ok: false,
      code: 'article-not-utf8',
      where: `byte ${at}`,
      message: `not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at})`,
    };
  }
  if (text.trim() === '') return { ok: false, code: 'article-empty', where: '', message: 'the article text is empty' };
  return { ok: true, text, sha256 };
}
