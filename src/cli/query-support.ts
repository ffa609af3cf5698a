// What the query commands share: resolving names and rendering evidence and attribution in table
// cells. (Query errors are usage errors already: the program prints them, exit 2.)
import type { ReadGraph } from '../graph/read-graph.js';
import type { ResolvedEvidence } from '../model/index.js';
import type { AttributionStep, EdgeSummary } from '../queries/describe.js';
import { resolveName } from '../queries/resolve-name.js';

export function resolveArg(graph: ReadGraph, name: string): string {
  return resolveName(graph, name);
}

/** An optional name option: resolved when given. */
export function resolveOption(graph: ReadGraph, value: string | undefined): string | undefined {
  return value === undefined ? undefined : resolveArg(graph, value);
}

/**
 * `"quote" @start-end` (code points), or '' without evidence. In a corpus of more than one story
 * the story comes first (`story: "quote" @start-end`), so every answer says which story a quote is from.
 */
export function quoteCell(e: ResolvedEvidence | null | undefined, graph?: ReadGraph): string {
  if (!e) return '';
  const story = graph && graph.getAttribute('stories').length > 1 ? `${e.story}: ` : '';
  return `${story}"${e.exact}" @${e.start}-${e.end}`;
}

/**
 * `Mark Esper (speaker) < Wu Qian (source, implied) < ...`: speaker first, the article last;
 * agents of one level (joint speakers) together: `Mark Esper & Mike Pompeo (speaker) < ...`.
 */
export function attributionCell(chain: readonly AttributionStep[] | undefined): string {
  const levels: AttributionStep[][] = [];
  for (const l of chain ?? []) {
    const last = levels.at(-1);
    if (last && last[0]!.level === l.level) last.push(l);
    else levels.push([l]);
  }
  return levels.map((level) => `${level.map((l) => l.label).join(' & ')} (${level[0]!.role}${level[0]!.explicit ? '' : ', implied'})`).join(' < ');
}

/** An edge's attribution: its chain, or for a link of a claim's chain its role and position. */
export function edgeAttributionCell(e: Pick<EdgeSummary, 'attribution' | 'derived'>): string {
  if (e.derived) return `${e.derived.role} #${e.derived.position}${e.derived.explicit ? '' : ' (implied)'}`;
  return attributionCell(e.attribution);
}
