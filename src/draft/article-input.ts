// Checks an article file before anything is written: readable, at most 1 MB, not binary, strict
// UTF-8, not empty. Each failure is a coded error naming the file.
import { readFileSync, statSync } from 'node:fs';
import { EXIT, StorygraphError } from '../model/storygraph-error.js';
import { readArticleBytes } from '../text/read-article.js';

export const MAX_ARTICLE_BYTES = 1024 * 1024;
export const STORY_ID = /^[a-z0-9][a-z0-9-]*$/;

export class InputError extends StorygraphError {
  constructor(code: string, message: string) {
    super(code, message, EXIT.data);
    this.name = 'InputError';
  }
}

export function readArticleFile(file: string): { bytes: Buffer; text: string } {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('article-unreadable', `${file}: is a folder, not an article file`);
    if (st.size > MAX_ARTICLE_BYTES)
      throw new InputError('article-too-large', `${file}: ${st.size} bytes; an article may have at most ${MAX_ARTICLE_BYTES} bytes (1 MB)`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof StorygraphError) throw e;
    throw new InputError('article-unreadable', `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('article-binary', `${file}: byte ${nul}: a NUL byte; this looks like a binary file, not a text article`);
  const r = readArticleBytes(bytes);
  if (!r.ok) throw new InputError(r.code, `${file}${r.where ? `: ${r.where}` : ''}: ${r.message}`);
  return { bytes, text: r.text };
}
