// Entity ids are global: a second story that names the same person or country adds its evidence
// to the same node. The test story in tests/fixtures/stories-merge shares ids with the seed story.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadStories, loadStoriesOrThrow } from '../../src/load/load-data.js';
import { DataError } from '../../src/load/problem.js';
import { at, baseStory, dataDirWith, removeTempDirs, set, storyFile, tempDir } from '../support/base-story.js';
import { ROOT, STACK_TRACE, lines, runCli } from '../support/cli.js';

afterAll(removeTempDirs);

const SEED_DATA = join(ROOT, 'data');
const MERGE_DATA = join(ROOT, 'tests', 'fixtures', 'stories-merge');
const FIXTURE_ID = 'testwire-2020-11-esper-hanoi';
const SHARED = ['person/mark-esper', 'country/united-states', 'country/china'];

/** A temp data folder holding the story folders of every given data folder. */
function combined(...dataDirs: string[]): string {
  const dir = tempDir();
  for (const d of dataDirs) {
    for (const name of readdirSync(join(d, 'stories'))) cpSync(join(d, 'stories', name), join(dir, 'stories', name), { recursive: true });
  }
  return dir;
}

describe('two stories sharing entity ids', () => {
  const seed = buildGraph(loadStoriesOrThrow(SEED_DATA));
  const fixture = buildGraph(loadStoriesOrThrow(MERGE_DATA));
  const merged = buildGraph(loadStoriesOrThrow(combined(SEED_DATA, MERGE_DATA)));
  const seedId = seed.getAttribute('stories')[0]!.id;

  it.each(SHARED)('%s becomes one node carrying the evidence of both stories', (id) => {
    expect(seed.hasNode(id), `the seed story should define ${id}`).toBe(true);
    const node = merged.getNodeAttributes(id);
    expect(node.stories).toEqual([seedId, FIXTURE_ID]);
    expect(node.type).toBe(seed.getNodeAttribute(id, 'type'));
    expect(node.evidence).toEqual([...seed.getNodeAttribute(id, 'evidence'), ...fixture.getNodeAttribute(id, 'evidence')]);
    expect(new Set(node.evidence.map((e) => e.story))).toEqual(new Set([seedId, FIXTURE_ID]));
  });

  it('keeps every other node and every edge of both stories', () => {
    const ids = new Set([...seed.nodes(), ...fixture.nodes()]);
    expect(merged.order).toBe(ids.size);
    expect(merged.size).toBe(seed.size + fixture.size);
    expect(merged.getAttribute('stories').map((s) => s.id)).toEqual([seedId, FIXTURE_ID]);
    // The fixture's edges now reach the seed's node for Esper.
    expect(merged.hasEdge('rel/testwire-esper-holds-office')).toBe(true);
    expect(merged.source('rel/testwire-esper-holds-office')).toBe('person/mark-esper');
    expect(merged.degree('person/mark-esper')).toBe(seed.degree('person/mark-esper') + fixture.degree('person/mark-esper'));
  });

  it('the CLI exports the merged node from one data folder', () => {
    const r = runCli(['export', '--format', 'graphology', '--data', combined(SEED_DATA, MERGE_DATA)]);
    expect(r.status, r.stderr).toBe(0);
    const data: unknown = JSON.parse(r.stdout);
    expect(data).toMatchObject({
      nodes: expect.arrayContaining([
        expect.objectContaining({ key: 'person/mark-esper', attributes: expect.objectContaining({ stories: [seedId, FIXTURE_ID] }) }),
      ]),
    });
  });
});

describe('ids that two stories must not share', () => {
  /** The base story again under another story id and article id. */
  function second() {
    const fx = baseStory();
    fx.id = 'second-story';
    fx.meta.id = 'second-story';
    set(fx.annotations, ['article', 'id'], 'article/second-story');
    return fx;
  }

  it('the same node id with another type → conflicting-node from buildGraph; the CLI names the id problem', () => {
    const b = second();
    set(b.annotations, ['nodes', 2, 'type'], 'organization'); // person/john-doe as an organisation
    const dir = dataDirWith(baseStory(), b);
    const { stories, problems } = loadStories(dir);
    expect(problems.map((p) => p.code)).toContain('id-type-mismatch');
    let thrown: unknown;
    try {
      buildGraph(stories, dir);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DataError);
    expect((thrown as DataError).problems).toMatchObject([{ code: 'conflicting-node', where: 'person/john-doe' }]);
    const r = runCli(['validate', '--data', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(lines(r.stderr)[0]).toBe(
      `${storyFile(dir, 'second-story', 'annotations.json')}: nodes[2].id: id-type-mismatch: "person/john-doe" is an organization; its id should start with "org/"`,
    );
  });

  it('the same relation and claim ids in two stories → duplicate-id, not a crash', () => {
    const dir = dataDirWith(baseStory(), second());
    const r = runCli(['validate', '--data', dir]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const file = storyFile(dir, 'second-story', 'annotations.json');
    expect(lines(r.stderr)).toEqual([
      `${file}: nodes[5].attribution[0].agents[0]: duplicate-id: claim "claim/roe-talks-went-well" (its attribution link claim/roe-talks-went-well#attribution/0) is also defined in story base-story; ids of relations and claims must be unique across stories`,
      `${file}: nodes[5].attribution[1].agents[0]: duplicate-id: claim "claim/roe-talks-went-well" (its attribution link claim/roe-talks-went-well#attribution/1) is also defined in story base-story; ids of relations and claims must be unique across stories`,
      ...['rel/talks-participant-roe', 'rel/talks-location', 'rel/claim-about-talks'].map(
        (id, i) =>
          `${file}: relations[${i}].id: duplicate-id: "${id}" is also defined in story base-story; ids of relations and claims must be unique across stories`,
      ),
      '5 problems found',
    ]);
    expect(r.status).toBe(1);
  });

  it('the same article id in two stories → duplicate-id', () => {
    const b = second();
    set(b.annotations, ['article', 'id'], 'article/base-story');
    const claim = at(b.annotations, ['nodes', 5]);
    set(claim, ['id'], 'claim/second');
    for (const [i, rel] of ['rel/a', 'rel/b', 'rel/c'].entries()) set(b.annotations, ['relations', i, 'id'], rel);
    set(b.annotations, ['relations', 2, 'source'], 'claim/second');
    const dir = dataDirWith(baseStory(), b);
    const r = runCli(['validate', '--data', dir]);
    expect(lines(r.stderr)).toEqual([
      `${storyFile(dir, 'second-story', 'annotations.json')}: article.id: duplicate-id: "article/base-story" is also the article of story base-story`,
      '1 problem found',
    ]);
    expect(r.status).toBe(1);
  });
});
