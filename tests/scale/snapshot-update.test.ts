// The whole-graph snapshot updated story by story (src/graph/snapshot-update.ts, issue 14: one
// story of 10,000 edited, then validate ≤ 3 s): after any edits, additions and removals of
// stories, the updated snapshot has exactly the bytes, section by section, of the snapshot a cold
// build of the same stories writes. Changes it cannot make exactly are left to the full build.
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpusStory, writeSyntheticCorpus, writeSyntheticStory } from '../../scripts/synthetic-corpus.js';
import { readSections } from '../../src/cache/section-file.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { loadStoriesCached } from '../../src/graph/cached-stories.js';
import { openSnapshot, SNAPSHOT_FORMAT, snapshotSlot, writeSnapshot } from '../../src/graph/graph-snapshot.js';
import { updateSnapshot } from '../../src/graph/snapshot-update.js';
import { search } from '../../src/queries/search.js';
import { stats } from '../../src/queries/stats.js';
import { runCli } from '../support/cli.js';

const N = 8;
const SALT = 'test-build';
const SECTIONS = [
  'graph',
  'counts',
  'node-ids',
  'edge-keys',
  'edge-ends',
  'edge-story',
  'node-attrs',
  'node-offsets',
  'edge-attrs',
  'edge-offsets',
  'story-stats',
  'node-first',
  'story-node-start',
  'story-nodes',
  'node-parts',
  'node-part-offsets',
];

const tmp = mkdtempSync(join(tmpdir(), 'storygraph-snapshot-update-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const pristine = writeSyntheticCorpus(join(tmp, 'pristine'), { stories: N, seed: 5 });
let runs = 0;

/** Writes the cold build's snapshot of `data` into the cache `cache`; its slot. */
async function cold(data: string, cache: string) {
  const env = { XDG_CACHE_HOME: cache };
  const { stories, problems } = await loadStoriesCached(data, SALT, env);
  expect(problems).toEqual([]);
  const slot = snapshotSlot(data, SALT, env)!;
  expect(writeSnapshot(slot, buildGraph(stories, data), stories)).toBe(true);
  return slot;
}

/** Every section of a snapshot file, as bytes. */
function sections(file: string, key: string): Record<string, Buffer> {
  const s = readSections(file, SNAPSHOT_FORMAT, key)!;
  expect(s).toBeDefined();
  try {
    return Object.fromEntries(SECTIONS.map((name) => [name, s.bytes(name)]));
  } finally {
    s.close();
  }
}

type Change =
  | { kind: 'edit'; story: number; seed: number }
  | { kind: 'touch'; story: number }
  | { kind: 'add'; story: number }
  | { kind: 'remove'; story: number };

function apply(data: string, c: Change): void {
  const dir = (i: number) => join(data, 'stories', `story-${String(i + 1).padStart(5, '0')}`);
  if (c.kind === 'edit') writeSyntheticStory(data, syntheticCorpusStory(c.story, N, c.seed));
  else if (c.kind === 'touch') appendFileSync(join(dir(c.story), 'story.json'), ' ');
  else if (c.kind === 'add') writeSyntheticStory(data, syntheticCorpusStory(N + c.story, N, 5));
  else rmSync(dir(c.story), { recursive: true, force: true });
}

/** A fresh copy of the corpus with its snapshot; then each change, updated and compared to a cold build. */
async function check(changes: readonly Change[]): Promise<void> {
  const run = join(tmp, `run-${runs++}`);
  const data = join(run, 'data');
  cpSync(pristine, data, { recursive: true });
  const cache = join(run, 'cache');
  await cold(data, cache);
  for (const c of changes) {
    apply(data, c);
    const env = { XDG_CACHE_HOME: cache };
    const slot = snapshotSlot(data, SALT, env)!;
    expect(openSnapshot(slot)).toBeUndefined(); // the change is a miss
    expect(await updateSnapshot(slot, data, SALT, { env })).toBe(true);
    const fresh = await cold(data, join(run, `cold-${runs++}`));
    expect(fresh.key).toBe(slot.key);
    const got = sections(slot.file, slot.key);
    const want = sections(fresh.file, fresh.key);
    for (const name of SECTIONS) expect(got[name]!.equals(want[name]!), `section ${name} after ${JSON.stringify(c)}`).toBe(true);
  }
  rmSync(run, { recursive: true, force: true });
}

describe('the snapshot updated story by story', () => {
  it('one story edited (other entities, other labels of the shared ones): the bytes of a cold build', async () => {
    await check([{ kind: 'edit', story: 2, seed: 9 }]);
  });

  it('the first story edited, a story touched, added and removed: the bytes of a cold build each time', async () => {
    await check([
      { kind: 'edit', story: 0, seed: 11 },
      { kind: 'touch', story: 5 },
      { kind: 'add', story: 0 },
      { kind: 'remove', story: 0 },
      { kind: 'remove', story: 7 },
    ]);
  });

  it('any sequence of edits, additions and removals: the bytes of a cold build (property)', async () => {
    const change: fc.Arbitrary<Change> = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), story: fc.integer({ min: 0, max: N - 1 }), seed: fc.integer({ min: 1, max: 50 }) }),
      fc.record({ kind: fc.constant('touch' as const), story: fc.integer({ min: 0, max: N - 1 }) }),
      fc.record({ kind: fc.constant('add' as const), story: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('remove' as const), story: fc.integer({ min: 1, max: N - 1 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        await check(changes);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('answers queries as the cold build does', async () => {
    const data = join(tmp, 'queries');
    cpSync(pristine, data, { recursive: true });
    const cache = join(tmp, 'queries-cache');
    await cold(data, cache);
    apply(data, { kind: 'edit', story: 1, seed: 3 });
    const slot = snapshotSlot(data, SALT, { XDG_CACHE_HOME: cache })!;
    expect(await updateSnapshot(slot, data, SALT, { env: { XDG_CACHE_HOME: cache } })).toBe(true);
    const snap = openSnapshot(slot)!;
    const { stories } = await loadStoriesCached(data, SALT, { STORYGRAPH_CACHE: '0' });
    const graph = buildGraph(stories, data);
    expect(stats(snap)).toEqual(stats(graph));
    expect(search(snap, 'Synthetic')).toEqual(search(graph, 'Synthetic'));
  });

  it('leaves to the full build: a changed story with a problem, another code or kb-links.tsv, no older snapshot', async () => {
    const data = join(tmp, 'fallback');
    cpSync(pristine, data, { recursive: true });
    const cache = join(tmp, 'fallback-cache');
    const env = { XDG_CACHE_HOME: cache };
    await cold(data, cache);
    // A problem in the changed story: the full build reports it.
    writeFileSync(join(data, 'stories', 'story-00002', 'annotations.json'), '{');
    expect(await updateSnapshot(snapshotSlot(data, SALT, env)!, data, SALT, { env })).toBe(false);
    rmSync(data, { recursive: true });
    cpSync(pristine, data, { recursive: true });
    await cold(data, cache);
    apply(data, { kind: 'touch', story: 3 });
    expect(await updateSnapshot(snapshotSlot(data, 'other-build', env)!, data, 'other-build', { env })).toBe(false);
    writeFileSync(join(data, 'kb-links.tsv'), '');
    expect(await updateSnapshot(snapshotSlot(data, SALT, env)!, data, SALT, { env })).toBe(false);
    rmSync(join(data, 'kb-links.tsv'));
    // Files changed while it ran: nothing written.
    expect(await updateSnapshot(snapshotSlot(data, SALT, env)!, data, SALT, { env, stillCurrent: () => false })).toBe(false);
    const empty = { XDG_CACHE_HOME: join(tmp, 'empty-cache') };
    expect(await updateSnapshot(snapshotSlot(data, SALT, empty)!, data, SALT, { env: empty })).toBe(false);
  });

  it('the CLI (dist/storygraph.mjs): after an edit, an addition and a removal, warm commands answer as with no cache', () => {
    const data = join(tmp, 'cli');
    cpSync(pristine, data, { recursive: true });
    const cache = { XDG_CACHE_HOME: join(tmp, 'cli-cache') };
    const commands = [
      ['validate'],
      ['stats', '--json'],
      ['search', 'Synthetic', '--json'],
      ['path', 'person/shared-0', 'person/shared-1'],
      ['claims', '--json'],
    ];
    expect(runCli(['validate', '--data', data], { env: cache }).status).toBe(0);
    for (const c of [
      { kind: 'edit', story: 3, seed: 21 },
      { kind: 'add', story: 1 },
      { kind: 'remove', story: 6 },
    ] as Change[]) {
      apply(data, c);
      for (const args of commands) {
        const warm = runCli([...args, '--data', data], { env: cache });
        const none = runCli([...args, '--data', data], { env: { STORYGRAPH_CACHE: '0' } });
        expect(warm.status, `${args.join(' ')} after ${JSON.stringify(c)}`).toBe(0);
        expect(warm.stdout).toBe(none.stdout);
      }
    }
  }, 180_000);
});
