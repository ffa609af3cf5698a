// Fields that annotate nodes and relations: time (EDTF), attribution chains (levels of one or
// more agents), per-source factuality, conditions, CAMEO event codes, knowledge-base links, the
// narrator's voice and names that come from outside the text.
import { z } from 'zod';
import { FactualitySchema, VoiceSchema } from './enums.js';
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

/** One level of an attribution chain: one agent, or several speaking together (joint speakers). */
export const AttributionLink = z.strictObject({
  agents: z
    .array(NodeRef)
    .min(1)
    .describe(
      'Who, at this level: a person, organisation, country, document or article; several when they speak together ("Esper and Pompeo ... urging"), never one relaying the other.',
    ),
  role: z.enum(ATTRIBUTION_ROLES).describe('speaker (said it), source (relays it), channel (agency, report, statement), publisher (the article).'),
  cue: QuoteSelector.describe('The words that attribute it ("Wu said", "according to the spokesman"), or for an implied link the words that imply it.'),
  explicit: z.boolean().default(true).describe('false when the text implies this link without stating it.'),
  note: z.string().optional(),
});
export type AttributionLink = z.infer<typeof AttributionLink>;

/** The levels of the chain: innermost speaker first, the article (outermost source) last. */
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
    status: z.enum(['confirmed', 'weak']).describe("As the corpus's checked links give it (data/kb-links.tsv)."),
    wikidata: z.string().regex(/^Q\d+$/),
    note: z.string().optional(),
  }),
  z.strictObject({
    status: z.literal('unlinked'),
    reason: z.string().min(1),
  }),
]);
export type KbLink = z.infer<typeof KbLink>;

/** A name or label the text does not contain, kept apart from the text's own names. */
export const OutsideName = z.strictObject({
  name: z.string().min(1),
  source: z.string().min(1).describe('Where it comes from: "Wikidata Q11209", "common usage", "curator\'s description".'),
  note: z.string().optional(),
});
export type OutsideName = z.infer<typeof OutsideName>;

/** The annotations every event, claim and relation may carry. */
export const annotationFields = {
  voice: VoiceSchema.optional().describe("The narrator's voice: asserted, reported, presupposed or evaluative (see `storygraph model`)."),
  framing: z.array(QuoteSelector).optional().describe('The article\'s own evaluative or framing words about this element ("increasingly heightened").'),
  factuality: FactualitySchema,
  factualityBySource: z.array(SourceFactuality).optional().describe('Factuality per source (FactBank): the same event as each source presents it.'),
  attribution: Attribution.optional(),
  time: Time.optional(),
  condition: Condition.optional(),
  cameo: Cameo.optional(),
  note: z.string().optional(),
};

export { NodeRef };
