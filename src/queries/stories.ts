// The corpus table: one row per story with its title, publisher, date, what it annotates (nodes,
// relations, claims, events, quotes), how many of its nodes other stories share, and coverage.
// Drafts awaiting review: the story's drafted nodes and relations no reviewer has accepted.
import type { ReadGraph } from '../graph/read-graph.js';
import { coverage } from './coverage.js';
import { compareStrings, nodeRef, type NodeRef } from './describe.js';
import type { StoryAttributes } from '../model/graph-attributes.js';
import { isCurated } from '../model/draft.js';

/** Publication order: the earliest day a story's date allows, then its id. */
export function byPublication(a: StoryAttributes, b: StoryAttributes): number {
  return compareStrings(a.published.earliest ?? a.published.edtf, b.published.earliest ?? b.published.edtf) || compareStrings(a.id, b.id);
}

export interface StoryRef {
  id: string;
  title: string;
  publisher: NodeRef;
  published: string;
}

export function storyRef(graph: ReadGraph, s: StoryAttributes): StoryRef {
  const publisher = graph.hasNode(s.publisher) ? nodeRef(graph, s.publisher) : { id: s.publisher, type: 'organization' as const, label: s.publisher };
  return { id: s.id, title: s.title, publisher, published: s.published.edtf };
}

export interface StoryRow {
  id: string;
  title: string;
  publisher: NodeRef;
  /** EDTF, with whether it is inferred. */
  published: { edtf: string; inferred: boolean; earliest: string | null; latest: string | null };
  dateline: string | null;
  language: string;
  url: string | null;
  counts: { nodes: number; entities: number; events: number; claims: number; relations: number; quotes: number };
  /** Drafted nodes and relations awaiting review (storygraph add). */
  drafts: number;
  /** Nodes this story shares with at least one other story. */
  shared: number;
  coverage: { sentences: number; covered: number; leftOut: number; uncovered: number; ratio: number };
}

/** Coverage as the corpus table shows it, in the CLI and the explorer: "100% (13/13)" (covered of the sentences not left out). */
export function coverageText(c: StoryRow['coverage']): string {
  return `${Math.round(c.ratio * 100)}% (${c.covered}/${c.sentences - c.leftOut})`;
}

/** Stories in publication order (earliest bound), then by id. */
export function stories(graph: ReadGraph): StoryRow[] {
  const rows = new Map<string, StoryRow>();
  const cov = new Map(coverage(graph).stories.map((c) => [c.id, c]));
  for (const s of [...graph.getAttribute('stories')].sort(byPublication)) {
    const c = cov.get(s.id) ?? { sentences: 0, covered: 0, leftOut: 0, uncovered: 0 };
    const annotated = c.sentences - c.leftOut;
    rows.set(s.id, {
      id: s.id,
      title: s.title,
      publisher: storyRef(graph, s).publisher,
      published: { edtf: s.published.edtf, inferred: s.published.inferred, earliest: s.published.earliest ?? null, latest: s.published.latest ?? null },
      dateline: s.dateline ?? null,
      language: s.language,
      url: s.url ?? null,
      counts: { nodes: 0, entities: 0, events: 0, claims: 0, relations: 0, quotes: 0 },
      drafts: 0,
      shared: 0,
      coverage: { sentences: c.sentences, covered: c.covered, leftOut: c.leftOut, uncovered: c.uncovered, ratio: annotated ? c.covered / annotated : 1 },
    });
  }
  graph.forEachNode((_, a) => {
    for (const id of a.stories) {
      const r = rows.get(id);
      if (!r) continue;
      r.counts.nodes++;
      if (a.type === 'event') r.counts.events++;
      else if (a.type === 'claim') r.counts.claims++;
      else if (a.type !== 'article') r.counts.entities++;
      if (a.stories.length > 1) r.shared++;
      if (!isCurated(a)) r.drafts++;
    }
    for (const e of a.evidence) {
      const r = rows.get(e.story);
      if (r) r.counts.quotes++;
    }
  });
  graph.forEachEdge((_, e) => {
    const r = rows.get(e.story);
    if (!r) return;
    if (!e.derived) r.counts.relations++;
    if (!isCurated(e)) r.drafts++;
    r.counts.quotes += e.evidence.length;
  });
  return [...rows.values()];
}
