// `npm run eval:draft` (issue 11): the evaluator scores a curated story against itself as
// perfect, and the drafter keeps the goals it meets on the seed and the second fixture (a guard
// against a rule change that helps one and quietly breaks the other).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, draftOf, GOALS } from '../../src/draft/evaluate.js';
import { loadStory } from '../../src/load/load-story.js';
import { ROOT } from '../support/cli.js';

const load = (dir: string) => loadStory(join(ROOT, dir)).story!;
const seed = load('data/stories/taiwannews-2020-10-us-china-crisis-talks');
const second = load('tests/fixtures/stories-merge/stories/testwire-2020-11-esper-hanoi');

describe('eval:draft', () => {
  it('a curated story compared with itself scores 1 everywhere', () => {
    for (const s of [seed, second]) {
      const r = compare(s, s);
      expect([r.mentions.f1, r.entities.f1, r.times.f1, r.claims.f1, r.speaker, r.chain]).toEqual([1, 1, 1, 1, 1, 1]);
    }
  });

  it('the drafts meet the goals: the seed into an empty corpus, the second fixture with the seed as corpus', async () => {
    for (const [gold, corpus] of [
      [seed, []],
      [second, [seed]],
    ] as const) {
      const r = compare(gold, await draftOf(gold, corpus, 'compromise'));
      expect(r.mentions.f1, gold.story.id).toBeGreaterThanOrEqual(GOALS.mentions);
      expect(r.entities.f1, gold.story.id).toBeGreaterThanOrEqual(GOALS.entities);
      expect(r.times.f1, gold.story.id).toBeGreaterThanOrEqual(GOALS.times);
      expect(r.claims.f1, gold.story.id).toBeGreaterThanOrEqual(GOALS.claims);
      expect(r.speaker, gold.story.id).toBeGreaterThanOrEqual(GOALS.speaker);
    }
  });
});
