// The query catalog (queries/*.rq) against the seed story in data/: each research question has
// the answer the article gives, checked as robust facts (labels, orders, factualities), not
// row counts that change with every annotation tweak. Every catalog file must have a check here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDataDir, removeCorpusDirs } from '../support/corpus.js';
import { DATA, local, ROOT, storeFor, type Row } from './helpers.js';

const QUERIES = join(ROOT, 'queries');
const STORY = 'taiwannews-2020-10-us-china-crisis-talks';
const TEXT = [...readFileSync(join(DATA, 'stories', STORY, 'article.txt'), 'utf8')];

const TOURED = ['India', 'Indonesia', 'Maldives', 'Sri Lanka', 'Vietnam'];
const noThe = (s: string) => s.replace(/^the /i, '');
const set = (rows: Row[], col: string) => [...new Set(rows.map((r) => r[col]).filter((v) => v !== undefined))].sort();
const split = (v: string | undefined) => (v ?? '').split(' | ').filter(Boolean).map(noThe).sort();
/** The text between two code-point offsets of the article. */
const span = (start: string, end: string) => TEXT.slice(Number(start), Number(end)).join('');

const CHECKS: Record<string, (rows: Row[]) => void> = {
  'who-met-whom': (rows) => {
    const held = rows.filter((r) => local(r.meetingFactuality) === 'asserted');
    expect(set(held, 'meeting')).toHaveLength(1);
    expect(held[0]).toMatchObject({ format: expect.stringMatching(/video conference/), edtf: '2020-10-28/2020-10-29' });
    const parties = held.filter((r) => local(r.participation) === 'asserted').map((r) => r.partyLabel);
    expect(parties).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Chinese military|People's Liberation Army/),
        expect.stringMatching(/(United States|U\.S\.|American) military/),
      ]),
    );
    // The Pentagon did not say whether Esper took part: his participation is unknown, not a yes.
    expect(held.find((r) => r.partyLabel === 'Mark Esper')?.participation).toSatisfy((f: string) => local(f) === 'unknown');
    const planned = rows.filter((r) => local(r.meetingFactuality) === 'planned');
    expect(set(planned, 'topic').join(' ')).toMatch(/humanitarian aid.*maritime security|maritime security.*humanitarian aid/);
  },
  'tour-destinations-and-urging': (rows) => {
    expect(rows).toHaveLength(1);
    const [tour] = rows as [Row];
    expect(split(tour.destinations)).toEqual(TOURED);
    expect(split(tour.travellers)).toEqual(['Mark Esper', 'Mike Pompeo']);
    expect(tour.urging).toMatch(/work with the U\.?S/);
    expect(split(tour.urged).length).toBeGreaterThan(0);
    for (const urged of split(tour.urged)) expect(TOURED).toContain(urged);
  },
  'wu-qian-said': (rows) => {
    const claims = set(rows, 'claim');
    expect(claims.length).toBeGreaterThanOrEqual(6);
    for (const claim of claims) {
      const chain = rows.filter((r) => r.claim === claim);
      expect(chain.map((r) => Number(r.position))).toEqual([...chain.map((r) => Number(r.position))].sort((a, b) => a - b));
      expect(chain.at(-1)).toMatchObject({ via: 'Taiwan News' });
      expect(local(chain.at(-1)?.viaRole)).toBe('publisher');
    }
    // Reuters is the channel only where the text names it: Wu's first statement, through the
    // Reuters report; the text names no channel for his later statements (nor for the Pentagon's).
    const viaReuters = rows.filter((r) => /Reuters/.test(r.via ?? ''));
    expect(set(viaReuters, 'content').join('\n')).toMatch(/video conference about crisis communication/);
    expect(set(viaReuters, 'claim')).toHaveLength(1);
    expect(viaReuters.map((r) => r.explicit)).toEqual(['true']);
    // He speaks for himself, and relays Esper's words (the "no intention" assurance, the denial).
    expect(
      set(
        rows.filter((r) => local(r.wuRole) === 'speaker'),
        'content',
      ).join('\n'),
    ).toMatch(/video conference/);
    expect(
      set(
        rows.filter((r) => local(r.wuRole) === 'source'),
        'content',
      ).join('\n'),
    ).toMatch(/no intention of creating a military crisis/);
    expect(
      set(
        rows.filter((r) => local(r.wuRole) === 'source'),
        'content',
      ).join('\n'),
    ).toMatch(/denied/);
  },
  'denied-planned-hypothetical': (rows) => {
    const by = (re: RegExp) => rows.filter((r) => re.test(r.label ?? ''));
    const strike = by(/strike|MQ-9/i).filter((r) => local(r.factuality) === 'hypothetical');
    expect(strike.length).toBeGreaterThan(0);
    expect(strike.map((r) => r.condition).join('\n')).toMatch(/Trump loses the election/);
    expect(by(/review/i).map((r) => local(r.factuality))).toContain('denied');
    expect(by(/humanitarian aid/i).map((r) => local(r.factuality))).toContain('planned');
    expect(by(/maritime security/i).map((r) => local(r.factuality))).toContain('planned');
    expect(
      by(/respon/i)
        .filter((r) => local(r.factuality) === 'hypothetical')
        .map((r) => r.condition)
        .join('\n'),
    ).toMatch(/attack at sea/);
    for (const r of rows) expect(['denied', 'planned', 'hypothetical']).toContain(local(r.factuality));
  },
  'attribution-chain': (rows) => {
    // Esper, as the spokesman relays him, in the article; no channel is named for it.
    expect(rows.map((r) => r.agentLabel)).toEqual(['Mark Esper', 'Wu Qian', 'Taiwan News']);
    expect(rows.map((r) => local(r.role))).toEqual(['speaker', 'source', 'publisher']);
    expect(rows.map((r) => Number(r.position))).toEqual([0, 1, 2]);
    expect(rows.find((r) => r.agentLabel === 'Wu Qian')?.cue).toMatch(/according to the spokesman/);
    for (const r of rows) expect(r.explicit).toBe('true');
  },
  'pentagon-did-not-say': (rows) => {
    // The silence is told by the article (a decline-to-comment), not said by the Pentagon.
    expect(rows.filter((r) => /did not say/i.test(r.label ?? '')).map((r) => r.according)).toEqual(['the Pentagon declined (as the article tells it)']);
    const esper = rows.filter((r) => r.object === 'Mark Esper' && /talks/.test(r.subject ?? '') && r.relationType === 'participant');
    expect(esper.length).toBeGreaterThan(0);
    expect(set(esper, 'according')).toContain('according to the Pentagon');
  },
  'reuters-explicit-or-implied': (rows) => {
    const explicit = rows.filter((r) => r.explicit === 'true');
    expect(explicit).toHaveLength(1);
    expect(explicit[0]).toMatchObject({
      content: expect.stringMatching(/video conference/),
      cue: expect.stringMatching(/Reuters cited/),
      agentLabel: expect.stringMatching(/Reuters report/),
    });
    // No implied Reuters links: the text names Reuters for Wu's first statement only, and the same
    // rule holds for the Pentagon's statements, for which it names no channel either.
    expect(rows.filter((r) => r.explicit === 'false')).toEqual([]);
  },
  'only-through-reuters': (rows) => {
    expect(set(rows, 'claim')).toHaveLength(1);
    expect(rows[0]).toMatchObject({ content: expect.stringMatching(/video conference about crisis communication/), speakerLabel: 'Wu Qian', explicit: 'true' });
    expect(rows[0]?.channelLabel).toMatch(/Reuters/);
    expect(rows[0]?.cue).toMatch(/Reuters cited/);
  },
  'taken-for-granted': (rows) => {
    const voice = (re: RegExp) => rows.filter((r) => re.test(r.label ?? '')).map((r) => local(r.voice));
    expect(voice(/tour/i)).toEqual(['PresupposedVoice']);
    expect(voice(/Dispute over the South China Sea/)).toEqual(['PresupposedVoice']);
    const framed = (re: RegExp) => rows.find((r) => re.test(r.label ?? ''))?.framing;
    expect(framed(/tensions/i)).toBe('increasingly heightened');
    // The threat posed by China is the article's own framing, not Esper's and Pompeo's words.
    expect(framed(/security threat/i)).toBe('growing security threat');
    expect(voice(/security threat/i)).toEqual(['EvaluativeVoice']);
    // Neither what it asserts (the talks) nor what it reports (claims, the denied plan) is here.
    expect(rows.some((r) => /talks on crisis communication|review of a plan/i.test(r.label ?? ''))).toBe(false);
    for (const r of rows) expect(['PresupposedVoice', 'EvaluativeVoice']).toContain(local(r.voice));
  },
  'declined-to-comment': (rows) => {
    expect(rows).toHaveLength(1);
    const [row] = rows as [Row];
    expect(row.silentLabel).toMatch(/Department of Defense/);
    expect(row.tellerLabel).toBe('Taiwan News');
    expect(row.content).toMatch(/personally participated/);
    expect(split(row.about)).toEqual(expect.arrayContaining(['Mark Esper']));
    // What the silence leaves open: Esper's part in the talks, unknown, not a no.
    expect(row.leftUnknown).toMatch(/talks.*participant Mark Esper/i);
  },
  'wikidata-links': (rows) => {
    const confirmed = Object.fromEntries(rows.filter((r) => r.status === 'confirmed').map((r) => [noThe(r.label!), local(r.wikidata)]));
    expect(confirmed).toMatchObject({
      India: 'Q668',
      'Sri Lanka': 'Q854',
      Maldives: 'Q826',
      Indonesia: 'Q252',
      Vietnam: 'Q881',
      'United States': 'Q30',
      Reuters: 'Q130879',
    });
    for (const r of rows) expect(r.sameAs).toBe(r.status === 'confirmed' ? 'true' : 'false');
    expect(rows.find((r) => r.label === 'Mike Pompeo')?.status).toBe('weak');
    expect(rows.map((r) => r.label)).not.toContain('Mark Esper');
  },
  timeline: (rows) => {
    const at = (re: RegExp) => rows.findIndex((r) => re.test(r.label ?? ''));
    const talks = at(/crisis communication/i);
    const election = rows.findIndex((r) => /election/i.test(r.label ?? '') && r.edtf === '2020-11-03');
    const aid = at(/humanitarian aid/i);
    expect(talks).toBeGreaterThanOrEqual(0);
    expect(rows[talks]?.edtf).toBe('2020-10-28/2020-10-29');
    expect(talks).toBeLessThan(election);
    expect(election).toBeLessThan(aid);
    expect(rows[at(/maritime security/i)]?.latest).toBe('2020-12-31');
    const keys = rows.map((r) => r.earliest ?? r.latest ?? '');
    expect(keys).toEqual([...keys].sort());
  },
  'quotes-and-speakers': (rows) => {
    const speaker = (re: RegExp) => rows.find((r) => re.test(r.quote ?? ''))?.speakerLabel;
    expect(speaker(/^has no intention of creating a military crisis with the Chinese$/)).toBe('Mark Esper');
    expect(speaker(/^We urge the U\.S\. to walk the talk/)).toBe('Wu Qian');
    expect(speaker(/two sides agreed/)).toMatch(/Department of Defense|Pentagon/);
    for (const r of rows) expect(span(r.start!, r.end!)).toBe(r.quote);
  },
  'reported-not-asserted': (rows) => {
    // The threat posed by China is the article's own (evaluative) framing, not reported.
    expect(rows.some((r) => /security threat/i.test(r.subject ?? ''))).toBe(false);
    const review = rows.find((r) => /denied a news report/i.test(r.subject ?? '') || /review/i.test(r.object ?? ''));
    expect(review).toBeDefined();
    expect(rows.some((r) => r.relationType === 'made_during' && /talks/.test(r.object ?? ''))).toBe(true);
    expect(rows.some((r) => r.relationType === 'urges' && r.object === 'United States')).toBe(true);
  },
  'election-condition': (rows) => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => /MQ-9|drone strike/i.test(r.label ?? '') && local(r.factuality) === 'hypothetical')).toBe(true);
    // The condition scopes over the strike, not over the reported review of the plan.
    expect(rows.some((r) => /review/i.test(r.label ?? ''))).toBe(false);
    for (const r of rows) expect(local(r.factuality)).not.toBe('asserted');
  },
  'who-said-what': (rows) => {
    const acts = (speaker: string, act: string) =>
      rows
        .filter((r) => r.speaker === speaker && r.act === act)
        .map((r) => r.targetLabel)
        .join('\n');
    expect(acts('Mark Esper', 'denies')).toMatch(/news report/i);
    expect(acts('Wu Qian', 'urges')).toMatch(/United States/);
    expect(acts('Wu Qian', 'announces')).toMatch(/humanitarian aid/);
    expect(acts('Wu Qian', 'announces')).toMatch(/maritime security/);
    expect(acts('Mark Esper', 'urges').split('\n').map(noThe).sort()).toEqual(TOURED);
  },
  'mentions-of-an-entity': (rows) => {
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => /Pentagon/.test(r.exact ?? '')).map((r) => r.kind)).toEqual(['metonym', 'metonym']);
    for (const r of rows) {
      expect(span(r.start!, r.end!)).toBe(r.exact);
      expect(local(r.story)).toBe(STORY);
    }
  },
};

/** Questions across stories: answered on the test corpus (the seed and tests/fixtures/corpus). */
const CORPUS_CHECKS: Record<string, (rows: Row[]) => void> = {
  'events-factuality-across-outlets': (rows) => {
    const of = (id: string) => rows.filter((r) => local(r.event) === id).map((r) => [r.outlet, local(r.factuality)]);
    expect(of('us-review-of-drone-strike-plan')).toEqual([
      ['Taiwan News', 'denied'],
      ['The Test Daily', 'asserted'],
    ]);
    expect(of('agreement-on-crisis-communication-mechanisms')).toEqual([
      ['Taiwan News', 'reported'],
      ['The Test Daily', 'asserted'],
    ]);
    expect(of('us-china-crisis-communication-talks')).toEqual([
      ['Taiwan News', 'asserted'],
      ['Test Wire', 'reported'],
      ['The Test Daily', 'asserted'],
    ]);
    // Told by two outlets alike: not an answer.
    expect(of('us-military-crisis-with-china')).toEqual([]);
    expect(of('video-conference-humanitarian-aid')).toEqual([]);
  },
  'claims-through-same-wire': (rows) => {
    const outlets = (wire: string) => [...new Set(rows.filter((r) => r.wire === wire).map((r) => r.outlet))];
    expect(outlets('Reuters')).toEqual(['Taiwan News', 'Test Times']);
    expect(outlets('Test Wire')).toEqual(['Test Wire', 'The Test Daily']);
    const daily = rows.find((r) => r.outlet === 'The Test Daily')!;
    expect(daily).toMatchObject({ how: 'channel', explicit: 'true' });
    expect(daily.content).toMatch(/no intention of creating a military crisis/);
    // Implied links stay implied: Taiwan News names Reuters for Wu's first statement only.
    expect(rows.filter((r) => r.outlet === 'Taiwan News' && r.explicit === 'true').map((r) => local(r.claim))).toEqual(['wu-talks-held-oct-28-29']);
  },
};

const files = readdirSync(QUERIES)
  .filter((f) => f.endsWith('.rq'))
  .sort();

describe('queries/*.rq', () => {
  let select: (q: string) => Row[];
  beforeAll(async () => {
    ({ select } = await storeFor(DATA));
  });

  it('has at least 12 research questions, each checked here', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files.map((f) => f.replace(/\.rq$/, ''))).toEqual([...Object.keys(CHECKS), ...Object.keys(CORPUS_CHECKS)].sort());
  });

  it.each(files)('%s starts with a comment stating the question and declares its own prefixes', (file) => {
    const text = readFileSync(join(QUERIES, file), 'utf8');
    expect(text).toMatch(/^# .+\?/);
    const declared = new Set([...text.matchAll(/^PREFIX\s+(\w*):/gim)].map((m) => m[1]));
    const body = text
      .split('\n')
      .filter((l) => !l.startsWith('#') && !/^PREFIX/i.test(l))
      .join('\n')
      .replace(/"[^"]*"|<[^>]*>/g, '');
    for (const [, prefix] of body.matchAll(/\b([a-z]+):[A-Za-z_]/g)) expect(declared, `${file} uses ${prefix}: without declaring it`).toContain(prefix);
  });

  const single = files.filter((f) => f.replace(/\.rq$/, '') in CHECKS);
  const across = files.filter((f) => f.replace(/\.rq$/, '') in CORPUS_CHECKS);

  it.each(single)('%s answers from data/', (file) => {
    const rows = select(readFileSync(join(QUERIES, file), 'utf8'));
    CHECKS[file.replace(/\.rq$/, '')]!(rows);
  });

  it.each(across)('%s has no answer from the seed story alone (one outlet)', (file) => {
    expect(select(readFileSync(join(QUERIES, file), 'utf8'))).toEqual([]);
  });

  describe('across the stories of the test corpus', () => {
    let corpusSelect: (q: string) => Row[];
    beforeAll(async () => {
      ({ select: corpusSelect } = await storeFor(corpusDataDir()));
    });
    afterAll(removeCorpusDirs);
    it.each(across)('%s answers from the corpus', (file) => {
      CORPUS_CHECKS[file.replace(/\.rq$/, '')]!(corpusSelect(readFileSync(join(QUERIES, file), 'utf8')));
    });
  });
});
