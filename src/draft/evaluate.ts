// `npm run eval:draft`: drafts a curated story's article and compares the draft with the curated
// annotations: (a) entity mentions of kind name/short/alias/demonym/metonym, exact span and type;
// (b) entities after merging (a drafted entity matches a curated one of its type sharing a
// mention span, one to one); (c) time expressions (spans that carry a temporal word), span
// overlap and equal EDTF; (d) claims by overlapping cue, with speaker and chain accuracy over
// the matched claims (drafted agents mapped to curated ones through (b), else by a shared mention
// of any kind).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedStory } from '../load/load-story.js';
import { loadStory } from '../load/load-story.js';
import type { StoryMeta } from '../model/story-files.js';
import { STORY_FILES } from '../model/story-files.js';
import { draftAnnotations } from './draft-story.js';
import { findDateline } from './story-meta.js';
import { corpusGazetteer } from './corpus-gazetteer.js';
import type { NlpName } from './nlp.js';

export interface Score {
  p: number;
  r: number;
  f1: number;
}
export interface EvalRow {
  mentions: Score;
  entities: Score;
  times: Score;
  claims: Score;
  speaker: number;
  chain: number;
}
export const GOALS = { mentions: 0.85, entities: 0.85, times: 0.9, claims: 0.75, speaker: 0.8 } as const;

const KINDS = new Set(['name', 'short', 'alias', 'demonym', 'metonym']);
const ENTITY = new Set(['person', 'organization', 'country', 'city', 'region', 'place', 'equipment']);
const TEMPORAL =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:week|month|year|today|yesterday|tomorrow|tonight|decade|century)s?\b/i;

const score = (tp: number, pred: number, gold: number): Score => {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

interface Ent {
  id: string;
  type: string;
  spans: Set<string>;
}
function entities(s: LoadedStory): Ent[] {
  return [...s.nodes]
    .filter(([, a]) => ENTITY.has(a.type))
    .map(([id, a]) => ({
      id,
      type: a.type,
      spans: new Set(a.evidence.filter((e) => e.kind && KINDS.has(e.kind)).map((e) => `${e.start}-${e.end}`)),
    }));
}

function times(s: LoadedStory) {
  const out = new Map<string, { start: number; end: number; edtf: string }>();
  const add = (t: { edtf: string; evidence?: { start: number; end: number; exact: string }[] | undefined } | undefined) => {
    for (const e of t?.evidence ?? []) if (TEMPORAL.test(e.exact)) out.set(`${e.start}-${e.end}-${t!.edtf}`, { start: e.start, end: e.end, edtf: t!.edtf });
  };
  for (const a of s.nodes.values()) add(a.time);
  for (const e of s.edges) add(e.attributes.time);
  return [...out.values()];
}

function claims(s: LoadedStory) {
  return [...s.nodes].filter(([, a]) => a.type === 'claim').map(([id, a]) => ({ id, cue: a.cue!, chain: (a.attribution ?? []).flatMap((l) => l.agents) }));
}

export function compare(gold: LoadedStory, pred: LoadedStory): EvalRow {
  // (a)
  const key = (ents: Ent[]) => new Set(ents.flatMap((e) => [...e.spans].map((s) => `${s}-${e.type}`)));
  const gE = entities(gold).filter((e) => e.spans.size);
  const pE = entities(pred).filter((e) => e.spans.size);
  const gm = key(gE);
  const pm = key(pE);
  const mentions = score([...pm].filter((k) => gm.has(k)).length, pm.size, gm.size);
  // (b)
  const map = new Map<string, string>();
  const usedGold = new Set<string>();
  for (const p of pE) {
    const best = gE
      .filter((g) => g.type === p.type && !usedGold.has(g.id))
      .map((g) => ({ g, n: [...p.spans].filter((s) => g.spans.has(s)).length }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)[0];
    if (best) {
      map.set(p.id, best.g.id);
      usedGold.add(best.g.id);
    }
  }
  const ents = score(map.size, pE.length, gE.length);
  // (c)
  const gT = times(gold);
  const pT = times(pred);
  const tp = pT.filter((p) => gT.some((g) => overlap(p, g) && g.edtf === p.edtf)).length;
  const tr = gT.filter((g) => pT.some((p) => overlap(p, g) && g.edtf === p.edtf)).length;
  const t = score(0, 0, 0);
  t.p = pT.length ? tp / pT.length : 1;
  t.r = gT.length ? tr / gT.length : 1;
  t.f1 = t.p + t.r ? (2 * t.p * t.r) / (t.p + t.r) : 0;
  // (d)
  const gC = claims(gold);
  const pC = claims(pred);
  const matched: [ReturnType<typeof claims>[number], ReturnType<typeof claims>[number]][] = [];
  const taken = new Set<string>();
  for (const p of pC) {
    const g = gC.find((x) => !taken.has(x.id) && overlap(x.cue, p.cue));
    if (g) {
      taken.add(g.id);
      matched.push([p, g]);
    }
  }
  // A speaker is judged by whom it refers to: a drafted agent is the curated one of its type it
  // shares a mention with, of any kind ("China's foreign ministry" is a description mention).
  const spansOf = (s: LoadedStory, id: string) => new Set((s.nodes.get(id)?.evidence ?? []).map((e) => `${e.start}-${e.end}`));
  const agentOf = (id: string) => {
    const mapped = map.get(id);
    if (mapped || gold.nodes.has(id)) return mapped ?? id;
    const type = pred.nodes.get(id)?.type;
    const mine = spansOf(pred, id);
    return [...gold.nodes].find(([gid, a]) => a.type === type && [...spansOf(gold, gid)].some((x) => mine.has(x)))?.[0] ?? id;
  };
  const predPublisherOf = new Map(
    pred.edges.filter((e) => e.attributes.type === 'published_by' && e.source.startsWith('doc/')).map((e) => [e.source, e.target]),
  );
  const mapAgent = (id: string) => (id.startsWith('article/') ? 'article' : agentOf(predPublisherOf.get(id) ?? id));
  // A document in a curated chain (the Reuters report) stands for its publisher, which is what
  // the drafter names ("Reuters cited ...").
  const publisherOf = new Map(gold.edges.filter((e) => e.attributes.type === 'published_by' && e.source.startsWith('doc/')).map((e) => [e.source, e.target]));
  const goldAgent = (id: string) => (id.startsWith('article/') ? 'article' : (publisherOf.get(id) ?? id));
  const speaker = matched.length ? matched.filter(([p, g]) => mapAgent(p.chain[0]!) === goldAgent(g.chain[0]!)).length / matched.length : 0;
  const chain = matched.length ? matched.filter(([p, g]) => p.chain.map(mapAgent).join('>') === g.chain.map(goldAgent).join('>')).length / matched.length : 0;
  return { mentions, entities: ents, times: t, claims: score(matched.length, pC.length, gC.length), speaker, chain };
}

/** Drafts a curated story's article as a new story (same text and metadata) and loads the draft. */
export async function draftOf(gold: LoadedStory, corpus: readonly LoadedStory[], nlp: NlpName): Promise<LoadedStory> {
  const s = gold.story;
  const publisherName = gold.nodes.get(s.publisher)?.label ?? 'Unknown publisher';
  const meta: StoryMeta = {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    published: { edtf: s.published.edtf, inferred: s.published.inferred },
    language: s.language,
    sha256: s.sha256,
    ...(s.dateline ? { dateline: s.dateline } : {}),
  };
  const ann = await draftAnnotations({
    text: s.text,
    meta,
    dateline: findDateline(s.text),
    publisherName,
    corpus: corpus.length ? corpusGazetteer(corpus) : undefined,
    nlp,
  });
  const dir = mkdtempSync(join(tmpdir(), 'storygraph-eval-'));
  try {
    const story = join(dir, s.id);
    mkdirSync(story);
    writeFileSync(join(story, STORY_FILES.text), s.text);
    writeFileSync(join(story, STORY_FILES.meta), JSON.stringify(meta));
    writeFileSync(join(story, STORY_FILES.annotations), JSON.stringify(ann));
    const r = loadStory(story);
    if (!r.story || r.problems.length)
      throw new Error(`the draft of ${s.id} does not load: ${r.problems.map((p) => `${p.where} ${p.code} ${p.message}`).join('; ')}`);
    return r.story;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
