// A relation is a full record (id, evidence, annotations), never a bare tuple: the graph's
// edges are a projection of these.
import { z } from 'zod';
import { RelationTypeSchema } from './enums.js';
import { NodeRef, annotationFields } from './annotation-fields.js';
import { QuoteSelector } from './selector.js';
import { draftField } from './draft.js';

export const Relation = z.strictObject({
  id: z.string().regex(/^rel\/[a-z0-9][a-z0-9-]*$/, 'an id of the form rel/slug'),
  type: RelationTypeSchema,
  source: NodeRef,
  target: NodeRef,
  evidence: z.array(QuoteSelector).min(1),
  ...annotationFields,
  title: z.string().optional().describe('For holds_office: the title as the text gives it.'),
  role: z.string().optional().describe('For participant: the part played (party, visitor, candidate, agent).'),
  ...draftField,
});
export type Relation = z.infer<typeof Relation>;
