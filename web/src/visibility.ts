// Which nodes and edges the filters let through: one rule for the canvas, the lists and search.
// Factuality applies to edges and to events (which carry it); claims have their own switch and
// their speech act; the narrator's voice applies to whatever the curator marked with one; drafts
// (storygraph add, not yet reviewed) have their own switch.
import type { Factuality, NodeType, RelationType, SpeechAct, Voice } from '../../src/model/index.js';
import { isCurated, type DraftMark } from '../../src/model/draft.js';
import type { Filters } from './state.js';

export interface NodeFacts {
  type: NodeType;
  factuality?: Factuality | undefined;
  act?: SpeechAct | undefined;
  voice?: Voice | undefined;
  draft?: DraftMark | undefined;
}
export interface EdgeFacts {
  type: RelationType;
  factuality: Factuality;
  derived?: boolean | undefined;
  voice?: Voice | undefined;
  draft?: DraftMark | undefined;
}

/** Drafted by storygraph add and not yet accepted or corrected by a reviewer. */
export const isDraft = (x: { draft?: DraftMark | undefined }): boolean => !isCurated(x);

export function nodeVisible(n: NodeFacts, f: Filters): boolean {
  if (n.type === 'claim' && !f.claims) return false;
  if (!f.drafts && isDraft(n)) return false;
  if (n.type === 'event' && n.factuality && f.hiddenFactuality.has(n.factuality)) return false;
  if (n.act && f.hiddenActs.has(n.act)) return false;
  if (n.voice && f.hiddenVoices.has(n.voice)) return false;
  return !f.hiddenNodeTypes.has(n.type);
}

export function edgeVisible(e: EdgeFacts, source: NodeFacts, target: NodeFacts, f: Filters): boolean {
  if (!nodeVisible(source, f) || !nodeVisible(target, f)) return false;
  if (e.derived && !f.claims) return false;
  if (!f.drafts && isDraft(e)) return false;
  if (e.voice && f.hiddenVoices.has(e.voice)) return false;
  return !f.hiddenRelationTypes.has(e.type) && !f.hiddenFactuality.has(e.factuality);
}
