// Events of news English (issue 11): one event told in the headline, subtitle, lead and body is
// drafted once, dated by its most precise time with every expression as evidence; "a meeting on
// X and one on Y" is two events, each with its own time. A short story of our own.
import { describe, expect, it } from 'vitest';
import { draftAnnotations } from '../../src/draft/draft-story.js';
import { draftMeta } from '../../src/draft/story-meta.js';

const TEXT = [
  'Japan, South Korea hold fisheries talks',
  '',
  'Japanese and South Korean officials held talks on fisheries Feb. 3-4',
  '',
  'TOKYO (Test Wire) — Japan and South Korea held talks on fisheries this week, the first in two years.',
  '',
  'Japan and South Korea held a video conference from Wednesday to Thursday (Feb. 3-4), the ministry said.',
  '',
  'The two countries will hold a meeting in early March on quotas and one on port fees before the end of the year, officials said.',
  '',
].join('\n');

async function events(text: string) {
  const { meta, dateline, publisherName } = draftMeta(text, Buffer.from(text), { id: 'fisheries', published: '2021-02-05' });
  const ann = await draftAnnotations({ text, meta, dateline, publisherName });
  return ann.nodes
    .filter((n) => n.type === 'event')
    .map((n) => {
      const e = n as typeof n & { factuality: string; time?: { edtf: string; evidence: { exact?: string }[] } };
      return { label: n.label, factuality: e.factuality, mentions: n.mentions.length, edtf: e.time?.edtf, said: e.time?.evidence.map((x) => x.exact) };
    });
}

describe('drafted events', () => {
  it('one event told four times: merged, dated by the most precise time, every expression kept', async () => {
    const talks = (await events(TEXT)).filter((e) => e.factuality === 'asserted');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ mentions: 4, edtf: '2021-02-03/2021-02-04' });
    expect(talks[0]!.said).toEqual(['Feb. 3-4', 'this week', 'Wednesday to Thursday (Feb. 3-4)']);
  });

  it('"a meeting on X and one on Y": two planned events, each with its own time', async () => {
    const planned = (await events(TEXT)).filter((e) => e.factuality === 'planned');
    expect(planned.map((e) => [e.edtf, e.said])).toEqual([
      ['2021-03-01~/2021-03-10~', ['early March']],
      ['../2021-12-31', ['before the end of the year']],
    ]);
    expect(planned[1]!.label).toBe('Meeting on port fees');
  });

  it('events at different times are not merged', async () => {
    const text = 'Talks\n\nTOKYO (Test Wire) — Japan and South Korea held talks on Feb. 1. Japan and South Korea held talks again on March 1.\n';
    const talks = await events(text);
    expect(talks.map((e) => e.edtf)).toEqual(['2021-02-01', '2021-03-01']);
  });
});
