// story.json for a new article: the title (given, else the first line), the dateline place and
// publisher from a "CITY (Publisher) —" dateline, the publication date (given, else the day it
// was added, marked inferred), the language and the article's sha256.
import { createHash } from 'node:crypto';
import type { StoryMeta } from '../model/story-files.js';
import { slug } from '../text/slug.js';

export interface MetaOptions {
  id: string;
  title?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
  today?: Date | undefined;
}

export interface Dateline {
  place: string;
  placeStart: number;
  publisher?: string | undefined;
  publisherStart?: number | undefined;
}

/** "TAIPEI (Taiwan News) —", "WASHINGTON, D.C. (Reuters) -", "HANOI —" at the start of a line. */
export function findDateline(text: string): Dateline | undefined {
  const m = /^(\p{Lu}[\p{Lu} .'-]{1,40}?)(?:,\s*[\p{L}. ]{2,20}?)?\s*(?:\(([^()\n]{2,60})\))?\s*[—–-]{1,2}\s/mu.exec(text.slice(0, 5000));
  if (!m || m[1]!.trim().length < 3 || /^(?:UPDATE|BREAKING|EXCLUSIVE|ANALYSIS)$/.test(m[1]!.trim())) return undefined;
  return {
    place: m[1]!.trim(),
    placeStart: m.index,
    ...(m[2] ? { publisher: m[2].trim(), publisherStart: m.index + m[0].indexOf(`(${m[2]}`) + 1 } : {}),
  };
}

export const firstLine = (text: string): { line: string; start: number } => {
  const m = /\S[^\n]*/.exec(text)!;
  return { line: m[0].trim(), start: m.index };
};

export function draftMeta(text: string, bytes: Buffer, o: MetaOptions): { meta: StoryMeta; dateline: Dateline | undefined; publisherName: string } {
  const dateline = findDateline(text);
  const publisherName = o.publisher ?? dateline?.publisher ?? 'Unknown publisher';
  const today = (o.today ?? new Date()).toISOString().slice(0, 10);
  const meta: StoryMeta = {
    $schema: '../../../schema/story.schema.json',
    id: o.id,
    title: o.title ?? firstLine(text).line,
    publisher: `org/${slug(publisherName)}`,
    ...(o.url ? { url: o.url } : {}),
    ...(dateline ? { dateline: dateline.place } : {}),
    published: o.published
      ? { edtf: o.published, inferred: false }
      : { edtf: today, inferred: true, reason: 'No publication date given: the day the story was added (storygraph add --published to set it).' },
    language: o.language ?? 'en',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    source: 'Added with storygraph add; annotations drafted, awaiting review.',
  };
  return { meta, dateline, publisherName };
}
