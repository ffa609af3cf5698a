// The graph's node and edge attributes: the contract that queries, exports and the explorer rely
// on. Curated selectors appear here resolved (story, start, end in code points).
import { z } from 'zod';
import {
  AttributionLink,
  Cameo,
  Condition,
  DOCUMENT_KINDS,
  EVENT_KINDS,
  FactualitySchema,
  KbLink,
  NodeTypeSchema,
  OutsideName,
  RelationTypeSchema,
  ResolvedEvidence,
  SourceFactuality,
  SpeechActSchema,
  Time,
  VoiceSchema,
  ATTRIBUTION_ROLES,
} from './index.js';
import { draftField } from './draft.js';

const Evidence = z.array(ResolvedEvidence);

export const AttributionLinkAttr = AttributionLink.extend({ cue: ResolvedEvidence });
const Bounds = {
  earliest: z.string().nullable().optional().describe('Earliest instant the EDTF value allows (ISO 8601); null when open or unknown.'),
  latest: z.string().nullable().optional().describe('Latest instant the EDTF value allows (ISO 8601); null when open or unknown.'),
};
export const TimeAttr = Time.extend({ evidence: Evidence.optional(), ...Bounds });
const Published = z.object({ edtf: z.string(), inferred: z.boolean(), reason: z.string().optional(), ...Bounds });
export const ConditionAttr = Condition.extend({ evidence: Evidence });

const annotations = {
  voice: VoiceSchema.optional(),
  framing: Evidence.optional(),
  factuality: FactualitySchema.optional(),
  factualityBySource: z.array(SourceFactuality).optional(),
  attribution: z.array(AttributionLinkAttr).optional(),
  time: TimeAttr.optional(),
  condition: ConditionAttr.optional(),
  cameo: Cameo.optional(),
  note: z.string().optional(),
  ...draftField,
};

/**
 * What one story says of an event or claim that several stories annotate. The node's own
 * annotations are the first story's; each story's, the first included, are kept here so that
 * a corpus can say who asserts what another only reports, and which dates disagree.
 */
export const StoryView = z.object({
  story: z.string(),
  label: z.string(),
  ...annotations,
});
export type StoryView = z.infer<typeof StoryView>;

export const NodeAttributes = z.object({
  type: NodeTypeSchema,
  label: z.string(),
  aliases: z.array(z.string()),
  outsideNames: z.array(OutsideName).optional().describe('Names the text does not contain, with where they come from.'),
  evidence: Evidence,
  stories: z.array(z.string()).describe('The stories that mention the node.'),
  perStory: z
    .array(StoryView)
    .optional()
    .describe("Set on an event or claim that more than one story annotates: each story's own annotations, in story order."),
  kb: KbLink.optional(),
  ...annotations,
  eventType: z.enum(EVENT_KINDS).optional(),
  docType: z.enum(DOCUMENT_KINDS).optional(),
  act: SpeechActSchema.optional(),
  format: z.string().optional(),
  topic: z.string().optional(),
  content: z.string().optional(),
  cue: ResolvedEvidence.optional(),
  quote: ResolvedEvidence.optional(),
  // article nodes
  publisher: z.string().optional(),
  published: Published.optional(),
  dateline: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
  story: z.string().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  type: RelationTypeSchema,
  evidence: Evidence,
  story: z.string(),
  ...annotations,
  factuality: FactualitySchema,
  title: z.string().optional(),
  role: z.string().optional(),
  // derived attribution links
  derived: z.boolean().optional().describe('true for edges the loader derives (attribution links).'),
  attributionRole: z.enum(ATTRIBUTION_ROLES).optional(),
  position: z.int().optional().describe('Level of the attribution chain, 0 = speaker.'),
  agentIndex: z.int().optional().describe('Which agent of the level (0 first), when a level has several (joint speakers).'),
  explicit: z.boolean().optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const StoryAttributes = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().optional(),
  publisher: z.string(),
  published: Published,
  dateline: z.string().optional(),
  language: z.string(),
  url: z.string().optional(),
  source: z.string().optional(),
  sha256: z.string(),
  article: z.string().describe('The article node id.'),
  text: z.string().describe('The verbatim text; offsets count its code points.'),
  leftOut: z.array(z.object({ evidence: ResolvedEvidence, reason: z.string() })),
});
export type StoryAttributes = z.infer<typeof StoryAttributes>;

export const GraphAttributes = z.object({ stories: z.array(StoryAttributes) });
export type GraphAttributes = z.infer<typeof GraphAttributes>;
