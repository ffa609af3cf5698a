// Claims of news English (issue 11): who speaks. "SUBJECT said CLAUSE" is the subject's claim, a
// described organization speaks ("the foreign ministry said"), "a spokesman for X said" is X's,
// and "said X" is inverted only after the words it reports. The publisher's name, wherever it is
// printed, names the publisher. Short texts of our own.
import { describe, expect, it } from 'vitest';
import { draftAnnotations } from '../../src/draft/draft-story.js';
import { draftMeta } from '../../src/draft/story-meta.js';

async function draft(body: string) {
  const text = `Fisheries deal in doubt\n\n(Photo: Test Wire)\n\nTOKYO (Test Wire) — ${body}\n`;
  const { meta, dateline, publisherName } = draftMeta(text, Buffer.from(text), { id: 'fisheries', published: '2021-03-11' });
  const ann = await draftAnnotations({ text, meta, dateline, publisherName });
  const speakers = ann.nodes
    .filter((n) => n.type === 'claim')
    .map((n) => {
      const c = n as typeof n & { attribution: { agents: string[] }[] };
      const first = ann.nodes.find((x) => x.id === c.attribution[0]!.agents[0]);
      return first?.label ?? c.attribution[0]!.agents[0];
    });
  return { ann, speakers, text };
}

describe('drafted claims: the speaker', () => {
  it('"X\'s foreign ministry said CAPITAL ...": the described ministry speaks, not the capital after "said"', async () => {
    const { speakers } = await draft("Japan's foreign ministry said Seoul had broken the fisheries deal.");
    expect(speakers).toEqual(['Japan Ministry of Foreign Affairs']);
  });

  it('"A spokesman for X\'s coast guard said ...": the organization speaks through an unnamed voice', async () => {
    const { speakers } = await draft("A spokesman for Japan's coast guard said Seoul had broken the fisheries deal.");
    expect(speakers).toEqual(['Japan Coast Guard']);
  });

  it('"A spokesman for X said CAPITAL ...": X speaks', async () => {
    const { speakers } = await draft('A spokesman for Japan said Seoul had broken the fisheries deal.');
    expect(speakers).toEqual(['Japan']);
  });

  it('"SUBJECT said CAPITAL ...": the subject speaks', async () => {
    const { speakers } = await draft('Minister Kenji Sato said Seoul had broken the deal.');
    expect(speakers).toEqual(['Kenji Sato']);
  });

  it('"“...,” said X": inverted after the words it reports', async () => {
    const { speakers } = await draft('“The deal is broken,” said Minister Kenji Sato.');
    expect(speakers).toEqual(['Kenji Sato']);
  });

  it('"..., said X" after a reported clause', async () => {
    const { ann, speakers } = await draft('The deal is broken, said Japan.');
    expect(speakers).toEqual(['Japan']);
    // What was said, without the dateline in front of it.
    expect(ann.nodes.find((n) => n.type === 'claim')!.mentions[0]!.exact).toBe('The deal is broken');
  });
});

describe('the publisher', () => {
  it('is named wherever it is printed (a photo credit too), never another entity there', async () => {
    const { ann, text } = await draft('Minister Kenji Sato told Test Wire the deal was broken.');
    const at = (s: string, from = 0) => [...text.slice(from)].length && text.indexOf(s, from);
    const spans = [at('Test Wire'), at('Test Wire', at('Test Wire') + 1), at('Test Wire', at('Test Wire', at('Test Wire') + 1) + 1)];
    const pub = ann.nodes.find((n) => n.label === 'Test Wire')!;
    expect(pub.type).toBe('organization');
    expect(pub.mentions.map((m) => m.start).sort((a, b) => a! - b!)).toEqual(spans);
    expect(ann.nodes.filter((n) => n.label === 'Test Wire')).toHaveLength(1);
  });
});
