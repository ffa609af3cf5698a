// Node records as curators write them. Entities share one shape; events and claims add the
// annotations a researcher needs to weigh them. The article node is made from story.json.
import { z } from 'zod';
import { ENTITY_TYPES } from './node-types.js';
import { KbLink, NodeRef, annotationFields, Attribution } from './annotation-fields.js';
import { Mention, QuoteSelector } from './selector.js';
import { draftField } from './draft.js';

const base = {
  id: NodeRef,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  mentions: z.array(Mention).min(1).describe('Every mention in the article, short forms, titles and metonyms included.'),
  note: z.string().optional(),
  ...draftField,
};

export const EntityNode = z.strictObject({
  ...base,
  type: z.enum(ENTITY_TYPES),
  kb: KbLink.describe('The Wikidata id where it is checked (data/kb-links.tsv), else unlinked with the reason (e.g. not yet checked).'),
});

export const EVENT_KINDS = ['meeting', 'tour', 'election', 'plan', 'report', 'attack', 'response', 'statement', 'agreement', 'situation', 'outcome'] as const;

export const EventNode = z.strictObject({
  ...base,
  ...annotationFields,
  type: z.literal('event'),
  eventType: z.enum(EVENT_KINDS),
  format: z.string().optional().describe('How it happens, e.g. "video conference".'),
  topic: z.string().optional(),
});

export const ClaimNode = z.strictObject({
  ...base,
  ...annotationFields,
  type: z.literal('claim'),
  content: z.string().min(1).describe('What is claimed, in the curator\'s words.'),
  cue: QuoteSelector.describe('The attribution cue: said, denied, urged, stated, added.'),
  quote: QuoteSelector.optional().describe('The verbatim words, where the article quotes them.'),
  attribution: Attribution.describe('Speaker first, then each link through which it reached the article; the article last.'),
});

export const CuratedNode = z.discriminatedUnion('type', [EntityNode, EventNode, ClaimNode]);
export type CuratedNode = z.infer<typeof CuratedNode>;
export type EntityNode = z.infer<typeof EntityNode>;
export type EventNode = z.infer<typeof EventNode>;
export type ClaimNode = z.infer<typeof ClaimNode>;
