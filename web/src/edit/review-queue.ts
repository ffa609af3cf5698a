// The review queue: the drafted nodes and relations of a story (storygraph add) that no reviewer
// has decided on yet, in article order of their first quote, with the progress counted over
// everything drafted (reviewed, rejected and waiting). Decisions are changes of the document:
// accepted or corrected on the draft mark, rejected by removal and an entry in `rejected`.
import type { Doc } from './edit-session.js';

export interface DraftItem {
  kind: 'node' | 'edge';
  id: string;
  label: string;
}
export interface QueueState {
  waiting: DraftItem[];
  reviewed: number;
  total: number;
}

export function reviewQueue(doc: Doc): QueueState {
  const waiting: DraftItem[] = [];
  let reviewed = 0;
  let total = 0;
  for (const n of doc.nodes) {
    if (!n.draft) continue;
    total++;
    if (n.draft.review) reviewed++;
    else waiting.push({ kind: 'node', id: n.id, label: n.label });
  }
  for (const r of doc.relations) {
    if (!r.draft) continue;
    total++;
    if (r.draft.review) reviewed++;
    else waiting.push({ kind: 'edge', id: r.id, label: `${r.source} ${r.type} ${r.target}` });
  }
  const rejected = (doc.rejected ?? []).filter((r) => !r.element.includes('@')).length;
  return { waiting, reviewed: reviewed + rejected, total: total + rejected };
}

/** Accepted as drafted, or corrected: the mark stays, with the decision. */
export function decide(doc: Doc, item: DraftItem, review: 'accepted' | 'corrected'): void {
  const el = item.kind === 'node' ? doc.nodes.find((n) => n.id === item.id) : doc.relations.find((r) => r.id === item.id);
  if (el?.draft) el.draft.review = review;
}

/** Rejected: removed (a node with the relations that need it) and listed, so drafting again leaves it out. */
export function reject(doc: Doc, item: DraftItem): void {
  const gone = [item.id];
  if (item.kind === 'node') {
    doc.nodes = doc.nodes.filter((n) => n.id !== item.id);
    // Drafted relations that need it go with it, rejected too (so the progress keeps counting them).
    for (const r of doc.relations) if ((r.source === item.id || r.target === item.id) && r.draft) gone.push(r.id);
    doc.relations = doc.relations.filter((r) => r.source !== item.id && r.target !== item.id);
  } else {
    doc.relations = doc.relations.filter((r) => r.id !== item.id);
  }
  doc.rejected = [...(doc.rejected ?? []), ...gone.map((element) => ({ element }))];
}
