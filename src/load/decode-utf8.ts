// Decodes a JSON file's bytes as strict UTF-8. A lenient decoder would turn a Latin-1 "é" or a
// UTF-16 file into U+FFFD and let the loader misreport what follows (`Unrecognized key
// "��title"`); the first bad byte is reported instead, as article.txt's is.
import { firstInvalidByte } from '../text/read-article.js';
import type { Problem } from './problem.js';

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

export function decodeUtf8(file: string, bytes: Uint8Array): Decoded {
  try {
    // A UTF-8 BOM is kept here; parseJson drops it (editors may save one).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const hint = utf16 ? 'the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' : 'save the file as UTF-8';
    return {
      ok: false,
      problem: {
        file,
        where: `byte ${at}`,
        code: 'json-not-utf8',
        message: `not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); ${hint}`,
      },
    };
  }
}
