// Node records as curators write them. Entities share one shape; events and claims add the
// annotations a researcher needs to weigh them. The article node is made from story.json.
import { z } from 'zod';
import { ENTITY_TYPES } from './node-types.js';
import { KbLink, NodeRef, OutsideName, annotationFields, Attribution } from './annotation-fields.js';
import { FactualitySchema, SpeechActSchema } from './enums.js';
import { Mention, QuoteSelector } from './selector.js';
import { draftField } from './draft.js';

const base = {
  id: NodeRef,
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]).describe('Other names the text itself uses (checked against the text).'),
  outsideNames: z
    .array(OutsideName)
    .optional()
    .describe('Names and labels the text does not contain (PLA, DoD, "MQ-9 Reaper"), each with where it comes from.'),
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
  kb: KbLink.optional().describe('The Wikidata id of the event where it is checked, else unlinked with the reason.'),
  format: z.string().optional().describe('How it happens, e.g. "video conference".'),
  topic: z.string().optional(),
});

export const ClaimNode = z.strictObject({
  ...base,
  ...annotationFields,
  type: z.literal('claim'),
  act: SpeechActSchema.describe('The speech act: assert, report, deny, reassure, urge, announce, warn, decline-to-comment.'),
  content: z.string().min(1).describe("What is claimed, in the curator's words."),
  cue: QuoteSelector.describe('The attribution cue: said, denied, urged, stated, added.'),
  quote: QuoteSelector.optional().describe('The verbatim words, where the article quotes them.'),
  attribution: Attribution.describe('Speaker first, then each link through which it reached the article; the article last.'),
});

export const DOCUMENT_KINDS = ['report', 'statement', 'wire-story', 'photo'] as const;

/** A document the text names as a source or carries: who published it, what it reports. */
export const DocumentNode = z.strictObject({
  ...base,
  type: z.literal('document'),
  docType: z.enum(DOCUMENT_KINDS).describe("report (a news report), statement (an official statement), wire-story (an agency's report), photo."),
  time: annotationFields.time,
  voice: annotationFields.voice,
  factuality: FactualitySchema.optional().describe('Whether the document exists as the article presents it (asserted when the article names it itself).'),
  kb: KbLink.optional(),
});

export const CuratedNode = z.discriminatedUnion('type', [EntityNode, EventNode, ClaimNode, DocumentNode]);
export type CuratedNode = z.infer<typeof CuratedNode>;
export type EntityNode = z.infer<typeof EntityNode>;
export type EventNode = z.infer<typeof EventNode>;
export type ClaimNode = z.infer<typeof ClaimNode>;
export type DocumentNode = z.infer<typeof DocumentNode>;
