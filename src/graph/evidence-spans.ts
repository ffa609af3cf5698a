// Every evidence span carried anywhere in a node's or edge's attributes (mentions, cues, quotes,
// time and condition evidence), found by shape so that a new annotation field is not missed.
import type { ResolvedEvidence } from '../model/index.js';

function isEvidence(v: unknown): v is ResolvedEvidence {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ResolvedEvidence).story === 'string' &&
    typeof (v as ResolvedEvidence).start === 'number' &&
    typeof (v as ResolvedEvidence).exact === 'string'
  );
}

export function evidenceSpans(value: unknown, out: ResolvedEvidence[] = []): ResolvedEvidence[] {
  if (isEvidence(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) evidenceSpans(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) evidenceSpans(k === 'perStory' ? otherStoriesViews(value, v) : v, out);
  }
  return out;
}

/** A shared node's first story's view repeats the node's own annotations: count them once. */
function otherStoriesViews(node: object, views: unknown): unknown {
  const first = (node as { stories?: unknown }).stories;
  if (!Array.isArray(views) || !Array.isArray(first)) return views;
  return views.filter((v) => (v as { story?: unknown }).story !== first[0]);
}
