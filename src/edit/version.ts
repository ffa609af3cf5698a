// A story file's version: the sha256 of its bytes, sent as the ETag and required back in If-Match,
// so an edit made against an older file (another tab, an editor, git) is refused, never merged.
import { createHash } from 'node:crypto';

export const fileVersion = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
