// Queries over a corpus: the seed story and three short stories of our own writing that retell
// parts of it (a wire report, a rewrite that asserts what the seed reports or denies, a
// follow-up that dates the planned talks).
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/queries/compare.js';
import { QueryError } from '../../src/queries/errors.js';
import { claims } from '../../src/queries/claims.js';
import { coverage } from '../../src/queries/coverage.js';
import { mentions } from '../../src/queries/mentions.js';
import { search } from '../../src/queries/search.js';
import { sources } from '../../src/queries/sources.js';
import { stories } from '../../src/queries/stories.js';
import { stats } from '../../src/queries/stats.js';
import { storySubgraph } from '../../src/queries/story-subgraph.js';
import { timeline } from '../../src/queries/timeline.js';
import { loadGraphSync } from '../support/load-graph-sync.js';
import { CORPUS_FIXTURE, DAILY, SEED, TIMES, WIRE, corpusDataDir, removeCorpusDirs } from '../support/corpus.js';

afterAll(removeCorpusDirs);

const graph = loadGraphSync(corpusDataDir());
const TALKS = 'event/us-china-crisis-communication-talks';
const REVIEW = 'event/us-review-of-drone-strike-plan';
const AID = 'event/video-conference-humanitarian-aid';

describe('the fixture corpus', () => {
  it("is valid on its own and with the seed, sharing the seed's ids", () => {
    expect(loadGraphSync(CORPUS_FIXTURE).getAttribute('stories')).toHaveLength(3);
    expect(graph.getNodeAttribute('person/wu-qian', 'stories')).toEqual([SEED, DAILY, TIMES, WIRE]);
  });

  it("keeps each story's own factuality and time of a shared event (perStory)", () => {
    const talks = graph.getNodeAttributes(TALKS);
    expect(talks.factuality).toBe('asserted'); // the first story's
    expect(talks.perStory?.map((v) => [v.story, v.factuality])).toEqual([
      [SEED, 'asserted'],
      [DAILY, 'asserted'],
      [WIRE, 'reported'],
    ]);
    expect(graph.getNodeAttributes(AID).perStory?.find((v) => v.story === TIMES)?.time?.edtf).toBe('2020-11-24');
    // Entities carry no per-story annotations.
    expect(graph.getNodeAttributes('person/wu-qian').perStory).toBeUndefined();
  });
});

describe('stories', () => {
  const rows = stories(graph);
  it('lists every story in publication order with counts and coverage', () => {
    expect(rows.map((r) => r.id)).toEqual([SEED, WIRE, DAILY, TIMES]);
    const wire = rows.find((r) => r.id === WIRE)!;
    expect(wire).toMatchObject({
      title: 'China, U.S. militaries hold video talks on crisis communication',
      publisher: { id: 'org/test-wire', label: 'Test Wire' },
      published: { edtf: '2020-10-29', inferred: false },
      drafts: 0,
    });
    expect(wire.counts).toMatchObject({ events: 4, claims: 3 });
    expect(wire.coverage).toMatchObject({ sentences: 6, covered: 5, leftOut: 1, uncovered: 0, ratio: 1 });
    expect(rows.find((r) => r.id === SEED)!.published.inferred).toBe(true);
  });
  it('counts the nodes each story shares with another', () => {
    const times = rows.find((r) => r.id === TIMES)!;
    // Test Times shares Wu, the ministry, the two militaries, Reuters, the Pentagon and the two planned conferences.
    expect(times.shared).toBe(8);
  });
});

describe('sources', () => {
  const wu = sources(graph, 'person/wu-qian');
  it('names every story that mentions Wu Qian, how it refers to him and his claims there', () => {
    expect(wu.stories.map((s) => s.story.id)).toEqual([SEED, WIRE, DAILY, TIMES]);
    const daily = wu.stories.find((s) => s.story.id === DAILY)!;
    expect(daily.mentions.map((m) => [m.exact, m.kind])).toEqual([
      ['Wu Qian', 'name'],
      ["a spokesman for China's defence ministry", 'title'],
    ]);
    expect(daily.claims.map((c) => [c.id, c.concerns])).toEqual([['claim/testdaily-esper-no-intention', ['source']]]);
    expect(daily.claims[0]!.attribution.map((l) => l.label)).toEqual(['Mark Esper', 'Wu Qian', 'Test Wire', 'The Test Daily']);
    expect(daily.relations.map((r) => [r.type, r.other.id, r.factuality])).toEqual([['holds_office', 'org/china-ministry-of-national-defense', 'asserted']]);
    for (const s of wu.stories) for (const m of s.mentions) expect(m.story).toBe(s.story.id);
  });
  it("gives an event's own factuality in each story", () => {
    const review = sources(graph, REVIEW);
    expect(review.stories.map((s) => [s.story.id, s.annotation?.factuality])).toEqual([
      [SEED, 'denied'],
      [DAILY, 'asserted'],
    ]);
  });
});

describe('compare', () => {
  it('says what one asserts and the other reports or denies, and what only one tells', () => {
    const r = compare(graph, SEED, DAILY);
    const node = (id: string) => r.factuality.find((f) => f.node.id === id && !f.relation);
    expect(node(REVIEW)).toMatchObject({ a: 'denied', b: 'asserted' });
    expect(node('event/agreement-on-crisis-communication-mechanisms')).toMatchObject({ a: 'reported', b: 'asserted' });
    expect(node(TALKS)).toBeUndefined(); // both assert it
    expect(r.factuality.some((f) => f.relation?.type === 'outcome_of' && f.a === 'reported' && f.b === 'asserted')).toBe(true);
    expect(r.shared.events.map((e) => e.id)).toContain(TALKS);
    expect(r.onlyA.map((e) => e.node.id)).toContain('event/esper-pompeo-indo-pacific-tour');
    expect(r.onlyB).toEqual([]);
    expect(r.quotes.b.map((s) => [s.speaker.id, s.via.map((v) => v.id)])).toEqual([['person/mark-esper', ['person/wu-qian', 'org/test-wire']]]);
  });
  it('finds the dates that disagree', () => {
    const r = compare(graph, 'taiwannews', 'testtimes');
    expect(r.dates.map((d) => [d.node.id, d.a.edtf, d.b.edtf, d.overlap])).toEqual([
      [AID, '2020-11-11~/2020-11-20~', '2020-11-24', false],
      ['event/video-conference-maritime-security', '../2020-12-31', '2020-12', true],
    ]);
  });
  it('is symmetric: B against A swaps the sides', () => {
    const ab = compare(graph, WIRE, DAILY);
    const ba = compare(graph, DAILY, WIRE);
    expect(ba.shared).toEqual(ab.shared);
    expect(ba.onlyA).toEqual(ab.onlyB);
    expect(ba.factuality.filter((f) => !f.relation).map((f) => [f.node.id, f.b, f.a])).toEqual(
      ab.factuality.filter((f) => !f.relation).map((f) => [f.node.id, f.a, f.b]),
    );
  });
  it('refuses an unknown or ambiguous story with a coded error', () => {
    expect(() => compare(graph, 'nope', DAILY)).toThrow(QueryError);
    expect(() => compare(graph, 'nope', DAILY)).toThrow(/no story "nope"; the stories are: taiwannews/);
    expect(() => compare(graph, 'test', DAILY)).toThrow(/"test" names 3 stories/);
    try {
      compare(graph, 'test', DAILY);
    } catch (e) {
      expect((e as QueryError).code).toBe('story-unknown');
    }
  });
});

describe('one story of the corpus (--story)', () => {
  const daily = storySubgraph(graph, DAILY);
  it("keeps only that story's nodes, edges and quotes, with its own annotations", () => {
    expect(daily.getAttribute('stories').map((s) => s.id)).toEqual([DAILY]);
    daily.forEachNode((_, a) => {
      for (const e of a.evidence) expect(e.story).toBe(DAILY);
      expect(a.perStory).toBeUndefined();
    });
    daily.forEachEdge((_, e) => expect(e.story).toBe(DAILY));
    expect(daily.getNodeAttribute(REVIEW, 'factuality')).toBe('asserted');
    expect(daily.getNodeAttribute(TALKS, 'time')?.expression).toBe('on Oct. 28-29');
    expect(daily.hasNode('event/esper-pompeo-indo-pacific-tour')).toBe(false);
  });
  it('answers every query about that story alone', () => {
    expect(stats(daily).stories).toBe(1);
    expect(coverage(daily).stories.map((s) => s.id)).toEqual([DAILY]);
    expect(claims(daily).map((c) => c.id)).toEqual(['claim/testdaily-esper-no-intention']);
    expect(search(daily, 'Pompeo')).toEqual([]);
    expect(new Set(mentions(daily, 'person/wu-qian').map((m) => m.story))).toEqual(new Set([DAILY]));
    expect(timeline(daily).find((e) => e.id === TALKS)).toMatchObject({ edtf: '2020-10-28/2020-10-29', expression: 'on Oct. 28-29', factuality: 'asserted' });
  });
});

describe('timeline across stories', () => {
  it('says which stories date an entry, and how', () => {
    const aid = timeline(graph).find((e) => e.id === AID)!;
    expect(aid.datedBy.map((d) => [d.story, d.edtf, d.expression])).toEqual([
      [SEED, '2020-11-11~/2020-11-20~', 'mid-November'],
      [TIMES, '2020-11-24', 'on Nov. 24'],
    ]);
  });
  it("gives each story's own time quotes, and the stories that tell an entry without a date", () => {
    const aid = timeline(graph).find((e) => e.id === AID)!;
    expect(aid.datedBy.map((d) => d.quotes.map((q) => [q.story, q.exact]))).toEqual([[[SEED, 'mid-November']], [[TIMES, 'on Nov. 24']]]);
    expect(aid.undatedIn).toEqual([WIRE]);
    const talks = timeline(graph).find((e) => e.id === TALKS)!;
    expect(talks.undatedIn).toEqual([]);
    for (const e of timeline(graph))
      for (const d of e.datedBy) {
        expect(
          d.quotes.every((q) => q.story === d.story),
          e.id,
        ).toBe(true);
        expect(e.undatedIn, e.id).not.toContain(d.story);
      }
  });
  it('a single story dates its entries with its own quotes (no perStory)', () => {
    const daily = storySubgraph(graph, DAILY);
    const talks = timeline(daily).find((e) => e.id === TALKS)!;
    expect(talks.datedBy).toEqual([
      {
        story: DAILY,
        edtf: '2020-10-28/2020-10-29',
        expression: 'on Oct. 28-29',
        factuality: 'asserted',
        quotes: [expect.objectContaining({ exact: 'on Oct. 28-29' })],
      },
    ]);
  });
  it("finds another story's time quote among the mentions of a shared event", () => {
    expect(mentions(graph, AID).some((m) => m.story === TIMES && m.role === 'time' && m.exact === 'on Nov. 24')).toBe(true);
  });
});
