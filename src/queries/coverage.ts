// Coverage: the sentences of each article that no annotation touches and that are not marked
// as left out on purpose. An empty result means every sentence is annotated.
import type { ReadGraph } from '../graph/read-graph.js';
import { evidenceSpans } from '../graph/evidence-spans.js';
import { CodePointText } from '../text/code-points.js';
import { storySentences } from '../graph/story-sentences.js';

export interface SentenceCoverage {
  story: string;
  index: number;
  start: number;
  end: number;
  text: string;
  status: 'covered' | 'left-out' | 'uncovered';
  reason?: string;
  annotations: number;
}

export interface CoverageReport {
  stories: { id: string; sentences: number; covered: number; leftOut: number; uncovered: number }[];
  sentences: SentenceCoverage[];
}

export function coverage(graph: ReadGraph): CoverageReport {
  const spans = new Map<string, { start: number; end: number }[]>();
  const add = (attrs: unknown) => {
    for (const e of evidenceSpans(attrs)) {
      if (!spans.has(e.story)) spans.set(e.story, []);
      spans.get(e.story)!.push(e);
    }
  };
  graph.forEachNode((_, a) => add(a));
  graph.forEachEdge((_, a) => add(a));
  const report: CoverageReport = { stories: [], sentences: [] };
  for (const story of graph.getAttribute('stories')) {
    const doc = new CodePointText(story.text);
    const mine = spans.get(story.id) ?? [];
    const counts = { id: story.id, sentences: storySentences(story).length, covered: 0, leftOut: 0, uncovered: 0 };
    for (const s of storySentences(story)) {
      const overlaps = (e: { start: number; end: number }) => e.start < s.end && e.end > s.start;
      const n = mine.filter(overlaps).length;
      const left = story.leftOut.find((l) => overlaps(l.evidence));
      // A sentence the curator marked as left out stays so, even if a mention in it is annotated.
      const status = left ? 'left-out' : n > 0 ? 'covered' : 'uncovered';
      counts[status === 'left-out' ? 'leftOut' : status]++;
      report.sentences.push({
        story: story.id,
        index: s.index,
        start: s.start,
        end: s.end,
        text: doc.slice(s.start, s.end),
        status,
        annotations: n,
        ...(left ? { reason: left.reason } : {}),
      });
    }
    report.stories.push(counts);
  }
  return report;
}
