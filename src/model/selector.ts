// Evidence selectors after the W3C Web Annotation model: curators write a TextQuoteSelector
// (`exact`, with `prefix`/`suffix` when the quote occurs more than once); the loader resolves it
// to a TextPositionSelector (`start`/`end`, end-exclusive, in Unicode code points).
import { z } from 'zod';
import { draftField } from './draft.js';

export const MENTION_KINDS = ['name', 'short', 'title', 'description', 'pronoun', 'demonym', 'metonym', 'alias'] as const;

export const QuoteSelector = z.strictObject({
  exact: z.string().min(1).describe('The exact words of the article, byte-for-byte.'),
  prefix: z.string().min(1).optional().describe('Text right before the quote, enough to make it unique.'),
  suffix: z.string().min(1).optional().describe('Text right after the quote, enough to make it unique.'),
  start: z.int().nonnegative().optional().describe('Optional: code-point offset of the quote; checked against the text.'),
  end: z.int().nonnegative().optional().describe('Optional: end-exclusive code-point offset; checked against the text.'),
});
export type QuoteSelector = z.infer<typeof QuoteSelector>;

/** A mention of an entity: a selector with the kind of reference it is. */
export const Mention = QuoteSelector.extend({
  kind: z.enum(MENTION_KINDS).optional().describe('name, short form, title, description, pronoun, demonym, metonym or alias.'),
  note: z.string().optional(),
  ...draftField,
});
export type Mention = z.infer<typeof Mention>;

/** Evidence once resolved against a story's text: the graph's and the exports' form. */
export const ResolvedEvidence = z.strictObject({
  story: z.string(),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  kind: z.enum(MENTION_KINDS).optional(),
  role: z.string().optional().describe('What the evidence supports when it is not the element itself: cue, quote, time, condition.'),
  note: z.string().optional(),
  ...draftField,
});
export type ResolvedEvidence = z.infer<typeof ResolvedEvidence>;
