// Draft marks: what `storygraph add` / `draft` wrote rather than a curator. A drafted element
// (entity, event, claim, mention, relation, time) carries `draft` with where it came from and how
// sure the drafter is; a curated element carries none. A reviewer records a decision on the mark
// (accepted, corrected) or, for a rejection, in the annotation file's `rejected` list, so that
// drafting again never brings a rejected element back.
import { z } from 'zod';

export const DRAFT_ORIGINS = ['corpus', 'nlp', 'title', 'metonym', 'time', 'claim', 'event', 'dateline'] as const;
export type DraftOrigin = (typeof DRAFT_ORIGINS)[number];

export const REVIEW_DECISIONS = ['accepted', 'corrected'] as const;

export const DraftMark = z.strictObject({
  origin: z.enum(DRAFT_ORIGINS).describe('What found it: the corpus gazetteer, the NLP library, a title, metonym, time, claim or event rule, the dateline.'),
  confidence: z.number().min(0).max(1).describe('How sure the drafter is, 0 to 1.'),
  review: z.enum(REVIEW_DECISIONS).optional().describe("A reviewer's decision: accepted as drafted, or corrected. Reviewed elements count as curated."),
  by: z.string().optional().describe('Who reviewed it.'),
});
export type DraftMark = z.infer<typeof DraftMark>;

/** The draft field as each annotated element carries it. */
export const draftField = { draft: DraftMark.optional().describe('Present when the element was drafted, not curated.') };

export const RejectedDraft = z.strictObject({
  element: z.string().min(1).describe('The id of the rejected node or relation, or NODE-ID@START-END for one mention of a node.'),
  note: z.string().optional(),
});
export type RejectedDraft = z.infer<typeof RejectedDraft>;

export const rejectedField = {
  rejected: z.array(RejectedDraft).default([]).describe('Drafted elements a reviewer rejected: drafting again never brings them back.'),
};

/** True for an element a curator wrote or a reviewer accepted or corrected. */
export const isCurated = (a: { draft?: DraftMark | undefined }): boolean => !a.draft || a.draft.review !== undefined;
