// Fields that annotate nodes and relations: time (EDTF), attribution chains, per-source
// factuality, conditions, CAMEO event codes and knowledge-base links.
import { z } from 'zod';
import { FactualitySchema } from './enums.js';
import { QuoteSelector } from './selector.js';
import { draftField } from './draft.js';

const NodeRef = z.string().regex(/^[a-z]+\/[a-z0-9][a-z0-9-]*$/, 'an id of the form type/slug, e.g. person/mark-esper');

export const Time = z.strictObject({
  edtf: z.string().min(1).describe('EDTF date or interval, resolved against the publication date, e.g. 2020-10-28/2020-10-29, ../2020-12-31.'),
  expression: z.string().min(1).describe('The time expression as the text has it ("this week", "mid-November").'),
  evidence: z.array(QuoteSelector).optional().describe('Where the text says it.'),
  note: z.string().optional(),
  ...draftField,
});
export type Time = z.infer<typeof Time>;

export const ATTRIBUTION_ROLES = ['speaker', 'source', 'channel', 'publisher'] as const;

export const AttributionLink = z.strictObject({
  agent: NodeRef.describe('Who: a person, organisation, country, report event or article.'),
  role: z.enum(ATTRIBUTION_ROLES).describe('speaker (said it), source (relays it), channel (agency, report), publisher (the article).'),
  cue: QuoteSelector.describe('The words that attribute it ("Wu said", "according to the spokesman"), or for an implied link the words that imply it.'),
  explicit: z.boolean().default(true).describe('false when the text implies this link without stating it.'),
  note: z.string().optional(),
});
export type AttributionLink = z.infer<typeof AttributionLink>;

/** Innermost speaker first, the article (outermost source) last. */
export const Attribution = z.array(AttributionLink).min(1);

export const SourceFactuality = z.strictObject({
  source: NodeRef,
  value: FactualitySchema,
  note: z.string().optional(),
});

export const Condition = z.strictObject({
  text: z.string().min(1).describe('The condition in words.'),
  event: NodeRef.optional().describe('The event the condition names, when it is a node.'),
  evidence: z.array(QuoteSelector).min(1),
});
export type Condition = z.infer<typeof Condition>;

export const Cameo = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/),
  label: z.string().min(1),
});

export const KbLink = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.enum(['confirmed', 'weak']).describe('As the corpus\'s checked links give it (data/kb-links.tsv).'),
    wikidata: z.string().regex(/^Q\d+$/),
    note: z.string().optional(),
  }),
  z.strictObject({
    status: z.literal('unlinked'),
    reason: z.string().min(1),
  }),
]);
export type KbLink = z.infer<typeof KbLink>;

/** The annotations every event, claim and relation may carry. */
export const annotationFields = {
  factuality: FactualitySchema,
  factualityBySource: z.array(SourceFactuality).optional().describe('Factuality per source (FactBank): the same event as each source presents it.'),
  attribution: Attribution.optional(),
  time: Time.optional(),
  condition: Condition.optional(),
  cameo: Cameo.optional(),
  note: z.string().optional(),
};

export { NodeRef };
