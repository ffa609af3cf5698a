// What the query commands share: resolving names and rendering evidence and attribution in table
// cells. (Query errors are usage errors already: the program prints them, exit 2.)
import type { StoryGraph } from '../graph/build-graph.js';
import type { ResolvedEvidence } from '../model/index.js';
import type { AttributionStep, EdgeSummary } from '../queries/describe.js';
import { resolveName } from '../queries/resolve-name.js';

export function resolveArg(graph: StoryGraph, name: string): string {
  return resolveName(graph, name);
}

/** An optional name option: resolved when given. */
export function resolveOption(graph: StoryGraph, value: string | undefined): string | undefined {
  return value === undefined ? undefined : resolveArg(graph, value);
}

/**
 * `"quote" @start-end` (code points), or '' without evidence. In a corpus of more than one story
 * the story comes first (`story: "quote" @start-end`), so every answer says which story a quote is from.
 */
export function quoteCell(e: ResolvedEvidence | null | undefined, graph?: StoryGraph): string {
  if (!e) return '';
  const story = graph && graph.getAttribute('stories').length > 1 ? `${e.story}: ` : '';
  return `${story}"${e.exact}" @${e.start}-${e.end}`;
}

/** `Mark Esper (speaker) < Wu Qian (source, implied) < ...`: speaker first, the article last. */
export function attributionCell(chain: readonly AttributionStep[] | undefined): string {
  return (chain ?? []).map((l) => `${l.label} (${l.role}${l.explicit ? '' : ', implied'})`).join(' < ');
}

/** An edge's attribution: its chain, or for a link of a claim's chain its role and position. */
export function edgeAttributionCell(e: Pick<EdgeSummary, 'attribution' | 'derived'>): string {
  if (e.derived) return `${e.derived.role} #${e.derived.position}${e.derived.explicit ? '' : ' (implied)'}`;
  return attributionCell(e.attribution);
}

