// Every evidence span of the graph with what it supports: the element (node or edge), where in
// its attributes the span sits (`evidence/0`, `cue`, `attribution/1/cue`, `time/evidence/0`) and
// the role that implies (mention, evidence, cue, quote, attribution, time, condition). Derived
// edges (attribution links) are left out: their spans are the claim's attribution cues.
import type { StoryGraph } from '../graph/build-graph.js';
import type { ResolvedEvidence } from '../model/index.js';
import { compareStrings } from '../text/compare-strings.js';

export interface EvidenceItem {
  element: string;
  scope: 'node' | 'edge';
  /** The element's node or relation type. */
  type: string;
  path: string;
  role: string;
  evidence: ResolvedEvidence;
}

function isEvidence(v: object): v is ResolvedEvidence {
  return 'story' in v && typeof v.story === 'string' && 'start' in v && typeof v.start === 'number' && 'exact' in v && typeof v.exact === 'string';
}

function walk(value: unknown, path: string[], found: (e: ResolvedEvidence, path: string[]) => void): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)], found));
  else if (isEvidence(value)) found(value, path);
  else for (const [k, v] of Object.entries(value)) walk(v, [...path, k], found);
}

function roleOf(scope: 'node' | 'edge', path: string[], e: ResolvedEvidence): string {
  if (e.role) return e.role;
  const head = path[0] ?? '';
  if (head === 'evidence') return scope === 'node' ? 'mention' : 'evidence';
  return head;
}

function itemsOf(scope: 'node' | 'edge', element: string, attrs: object & { type: string }): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  walk(attrs, [], (evidence, path) => out.push({ element, scope, type: attrs.type, path: path.join('/'), role: roleOf(scope, path, evidence), evidence }));
  return out;
}

/** Sorted by story, then text position, then element and path. */
export function evidenceItems(graph: StoryGraph): EvidenceItem[] {
  const items = [...graph.mapNodes((id, a) => itemsOf('node', id, a)).flat(), ...graph.mapEdges((id, a) => (a.derived ? [] : itemsOf('edge', id, a))).flat()];
  return items.sort(
    (a, b) =>
      compareStrings(a.evidence.story, b.evidence.story) ||
      a.evidence.start - b.evidence.start ||
      a.evidence.end - b.evidence.end ||
      compareStrings(a.element, b.element) ||
      compareStrings(a.path, b.path),
  );
}
