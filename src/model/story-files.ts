// The files of a story folder: story.json (metadata) and annotations.json (curated nodes,
// relations and the sentences left out on purpose). article.txt is the verbatim text.
import { z } from 'zod';
import { CuratedNode } from './nodes.js';
import { Relation } from './relations.js';
import { NodeRef } from './annotation-fields.js';
import { QuoteSelector } from './selector.js';
import { rejectedField } from './draft.js';

export { STORY_FILES } from './story-file-names.js';

/**
 * What an article's url must look like beyond being a URL: http(s), and only the characters RFC 3986
 * allows (percent escapes well formed). zod's URL check trims and accepts `"`, `<`, `{`, which the
 * published JSON Schema's "format": "uri" rejects: the loader and the schema must agree.
 */
export const HTTP_URL = /^[Hh][Tt][Tt][Pp][Ss]?:\/\/(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;

export const StoryMeta = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  publisher: NodeRef.describe('The publishing organisation node.'),
  // http(s) only: the explorer and the exports turn it into a link (no javascript:, file:, data:);
  // the pattern says so in the JSON Schema too, where "format": "uri" alone would not.
  url: z
    .string()
    .regex(HTTP_URL, { abort: true })
    .check(z.url({ protocol: /^https?$/ }))
    .optional()
    .describe('Where the article was published: an http or https URL.'),
  dateline: z.string().optional().describe('The dateline place as printed, e.g. TAIPEI.'),
  published: z.strictObject({
    edtf: z.string().min(1),
    inferred: z.boolean(),
    reason: z.string().optional().describe('How an inferred date was inferred.'),
  }),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  source: z.string().optional().describe('Where the text was obtained.'),
});
export type StoryMeta = z.infer<typeof StoryMeta>;

export const LeftOut = z.strictObject({
  evidence: QuoteSelector,
  reason: z.string().min(1),
});

export const AnnotationFile = z.strictObject({
  $schema: z.string().optional(),
  article: z.strictObject({
    id: NodeRef.describe('The article node id, article/<slug>.'),
    mentions: z.array(QuoteSelector).min(1).describe('Where the article names itself: title, subtitle.'),
  }),
  nodes: z.array(CuratedNode),
  relations: z.array(Relation),
  leftOut: z.array(LeftOut).default([]).describe('Sentences left out of the annotations on purpose, with the reason.'),
  ...rejectedField,
});
export type AnnotationFile = z.infer<typeof AnnotationFile>;
