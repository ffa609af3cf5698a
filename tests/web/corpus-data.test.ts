// The data a large corpus's explorer gets from `storygraph serve`, story by story
// (src/web/corpus-data.ts): each story's subgraph answers as `storygraph ... --story ID` does.
import Graph from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { storySubgraph } from '../../src/queries/story-subgraph.js';
import { timeline } from '../../src/queries/timeline.js';
import { corpusData } from '../../src/web/corpus-data.js';
import { TIMES, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { loadGraphSync } from '../support/load-graph-sync.js';

afterAll(removeCorpusDirs);
const graph = loadGraphSync(corpusDataDir());
const data = corpusData(graph);
const AID = 'event/video-conference-humanitarian-aid';
const MARITIME = 'event/video-conference-maritime-security';

const served = (path: string): unknown => JSON.parse(data(path)!.toString('utf8'));
function storyGraph(id: string): StoryGraph {
  const g: StoryGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  g.import(served(`data/story/${encodeURIComponent(id)}.json`) as Parameters<StoryGraph['import']>[0]);
  return g;
}

describe('data/story/ID.json', () => {
  it("carries the story's own time and factuality of a shared event, not the first story's", () => {
    const sub = storyGraph(TIMES);
    expect(sub.getNodeAttribute(AID, 'time')?.edtf).toBe('2020-11-24');
    expect(sub.getNodeAttribute(AID, 'time')?.expression).toBe('on Nov. 24');
    expect(sub.getNodeAttribute(MARITIME, 'time')?.edtf).toBe('2020-12');
    const pick = (g: StoryGraph) =>
      timeline(g)
        .filter((e) => e.id === AID || e.id === MARITIME)
        .map((e) => [e.id, e.edtf, e.expression, e.factuality, e.status, e.label]);
    expect(pick(sub)).toEqual(pick(storySubgraph(graph, TIMES)));
  });

  it('keeps every story that tells a node and their views, for the explorer to say so', () => {
    const sub = storyGraph(TIMES);
    expect(sub.getNodeAttribute(AID, 'stories')).toEqual([TIMES, ...graph.getNodeAttribute(AID, 'stories').filter((s) => s !== TIMES)]);
    expect(sub.getNodeAttribute(AID, 'perStory')?.map((v) => v.story)).toEqual(graph.getNodeAttribute(AID, 'perStory')?.map((v) => v.story));
    expect(sub.getNodeAttribute(AID, 'evidence').every((e) => e.story === TIMES)).toBe(true);
  });
});
