// The data a large corpus's explorer gets from `storygraph serve`, story by story
// (src/web/corpus-data.ts): each story's subgraph answers as `storygraph ... --story ID` does.
import Graph from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import type { StoryGraph } from '../../src/graph/build-graph.js';
import { storySubgraph } from '../../src/queries/story-subgraph.js';
import { timeline } from '../../src/queries/timeline.js';
import type { nodeStories } from '../../src/queries/node-stories.js';
import { sources } from '../../src/queries/sources.js';
import { CORPUS_META, corpusData, withCorpusMeta } from '../../src/web/corpus-data.js';
import { SEED, TIMES, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
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

describe('data/node/ID.json', () => {
  it("lists the stories that tell a node with each one's evidence and annotations, as `sources` does", () => {
    const answer = served(`data/node/${AID}.json`) as ReturnType<typeof nodeStories>;
    const full = sources(graph, AID);
    expect(answer.node.id).toBe(AID);
    expect(answer.stories.map((s) => s.story)).toEqual(full.stories.map((s) => s.story));
    expect(answer.stories.map((s) => s.annotation)).toEqual(full.stories.map((s) => s.annotation));
    for (const s of answer.stories) {
      expect(s.evidence.length).toBeGreaterThan(0);
      expect(s.evidence.every((e) => e.story === s.story.id)).toBe(true);
    }
    expect(answer.stories.find((s) => s.story.id === TIMES)?.annotation?.time?.edtf).toBe('2020-11-24');
    expect(answer.stories.find((s) => s.story.id === SEED)?.annotation?.time?.expression).toBe('mid-November');
  });

  it('answers nothing (404) for an unknown node', () => {
    expect(data('data/node/person/nobody.json')).toBeUndefined();
  });
});

describe('data/search/TEXT.json', () => {
  it('searches every story, each match naming the stories that tell it', () => {
    const answer = served('data/search/Esper.json') as { text: string; results: { id: string; stories: string[] }[] };
    const esper = answer.results.find((r) => r.id === 'person/mark-esper');
    expect(esper?.stories).toEqual(graph.getNodeAttribute('person/mark-esper', 'stories'));
    expect(esper?.stories).not.toContain(TIMES);
    expect((served('data/search/吳謙.json') as { results: { id: string }[] }).results[0]?.id).toBe('person/wu-qian');
  });
});

describe('the page of a corpus served story by story', () => {
  it('says so in a meta tag, so the app never asks for data/graph.json', () => {
    const files = withCorpusMeta(new Map([['index.html', Buffer.from('<html><head><title>x</title></head></html>')]]));
    expect(files.get('index.html')!.toString()).toContain(`<meta name="${CORPUS_META}" content="large">`);
  });
});
