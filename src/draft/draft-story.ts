// Drafts annotations.json for one article: entities (corpus first, then general knowledge and
// the NLP library), times, claims and events, each element marked as a draft with its origin and
// confidence. Merged with an existing file: curated and reviewed elements are kept untouched,
// rejected ones never come back, and (with replace) earlier unreviewed drafts are dropped.
import type { AnnotationFile, StoryMeta } from '../model/story-files.js';
import { isCurated, type DraftMark } from '../model/draft.js';
import { CodePointText } from '../text/code-points.js';
import { edtfBounds } from '../load/time-bounds.js';
import { DraftSet, type DEntity, type DTime } from './model-draft.js';
import { draftEntities } from './entities.js';
import { draftTimes } from './times.js';
import { draftClaims } from './claims.js';
import { draftEvents } from './events.js';
import { firstLine, type Dateline } from './story-meta.js';
import type { Gazetteer } from './gazetteer.js';
import type { NlpName } from './nlp.js';
import { mark, selector, type Span } from './spans.js';
import type { SpeechAct } from '../model/speech-acts.js';
import { occursInText } from '../load/check-names.js';
import { slug } from '../text/slug.js';

export interface DraftInput {
  text: string;
  meta: StoryMeta;
  dateline: Dateline | undefined;
  publisherName: string;
  corpus?: Gazetteer | undefined;
  nlp?: NlpName | undefined;
}

type Json = Record<string, unknown>;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hash = (s: string) => {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0;
  return h.toString(36);
};

export async function draftAnnotations(input: DraftInput): Promise<AnnotationFile> {
  const { text, meta } = input;
  const doc = new CodePointText(text);
  const sel = (s: Span) => selector(doc, s);
  const set = new DraftSet();
  const story = meta.id;

  // The dateline: the publisher and the place, when the article prints them.
  let publisherSpan: Span | undefined;
  const pub = set.entity(meta.publisher, 'organization', input.publisherName, 'dateline', 0.9);
  if (input.dateline?.publisher && input.dateline.publisher === input.publisherName) {
    publisherSpan = { start: input.dateline.publisherStart!, end: input.dateline.publisherStart! + input.dateline.publisher.length };
  } else {
    const at = text.indexOf(input.publisherName);
    if (at >= 0) publisherSpan = { start: at, end: at + input.publisherName.length };
  }
  await draftEntities(text, set, { corpus: input.corpus, nlp: input.nlp ?? 'compromise', publisherId: meta.publisher });
  if (publisherSpan) {
    // Every place the publisher's name is printed (the dateline, a photo credit, "told Test
    // Wire") names the publisher, whatever the NLP library took it for.
    const spans = [publisherSpan];
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(input.publisherName)}(?![\\p{L}\\p{N}])`, 'gu')))
      if (m.index !== publisherSpan.start) spans.push({ start: m.index, end: m.index + m[0].length });
    for (const e of set.entities.values()) if (e !== pub) e.mentions = e.mentions.filter((m) => !spans.some((x) => m.start < x.end && x.start < m.end));
    for (const x of spans) set.mention(pub, { ...x, kind: 'name', origin: 'dateline', confidence: x === publisherSpan ? 0.9 : 0.8 });
  } else {
    // Not named in the text: the title stands in as its mention, so the node has evidence.
    const t = firstLine(text);
    set.mention(pub, {
      start: t.start,
      end: t.start + t.line.length,
      kind: 'description',
      origin: 'dateline',
      confidence: 0.1,
      note: 'The publisher is not named in the text; the title stands in as its evidence.',
    });
  }
  const articleId = `article/${story}`;
  let datelineCity: DEntity | undefined;
  if (input.dateline) {
    const span = { start: input.dateline.placeStart, end: input.dateline.placeStart + input.dateline.place.length };
    datelineCity = [...set.entities.values()].find((e) => e.type === 'city' && e.mentions.some((m) => m.start === span.start));
    if (!datelineCity) {
      const label = input.dateline.place.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      datelineCity = set.entity(`city/${slug(label)}`, 'city', label, 'dateline', 0.8);
      set.mention(datelineCity, { ...span, kind: 'name', origin: 'dateline', confidence: 0.8 });
    }
  }

  const bounds = edtfBounds(meta.published.edtf);
  const ref = new Date(bounds?.earliest ?? bounds?.latest ?? Date.now());
  const times = await draftTimes(text, ref);
  const claims = draftClaims(doc, set, publisherSpan ? { entity: pub, span: publisherSpan } : undefined);
  const events = draftEvents(doc, set, times);

  const used = new Set<DTime>();
  // A time with every expression that gives it (an event told in the headline and the body).
  const timeOf = (t: DTime | undefined, more: DTime[] = []) => {
    if (!t) return {};
    const all = [t, ...more];
    for (const x of all) used.add(x);
    const expression = [...new Set(all.map((x) => x.expression))].join('; ');
    return { time: { edtf: t.edtf, expression, evidence: all.map((x) => sel(x.span)), draft: mark('time', t.confidence) } };
  };
  const nodes: Json[] = [];
  const relations: Json[] = [];
  const rel = (r: {
    type: string;
    source: string;
    target: string;
    evidence: Span[];
    origin: DraftMark['origin'];
    confidence: number;
    factuality: string;
    title?: string | undefined;
    role?: string | undefined;
    time?: DTime | undefined;
  }) => {
    relations.push({
      id: `rel/${story}-${r.type.replace(/_/g, '-')}-${hash(`${r.source}>${r.target}`)}`,
      type: r.type,
      source: r.source,
      target: r.target,
      evidence: r.evidence.map(sel),
      factuality: r.factuality,
      ...(r.title ? { title: r.title } : {}),
      ...(r.role ? { role: r.role } : {}),
      ...timeOf(r.time),
      draft: mark(r.origin, r.confidence),
    });
  };
  for (const e of set.entities.values()) {
    if (!e.mentions.length) continue;
    e.mentions.sort((a, b) => a.start - b.start);
    // Names the article does not contain (a lexicon's full name, another story's label) are kept
    // apart as outside names, with where they come from, as curators do.
    const source = e.origin === 'corpus' ? 'the corpus: the name other stories give this node' : 'storygraph drafter: its news-English lexicon';
    const aliases = [...e.aliases].filter((a) => a !== e.label);
    const outside = [e.label, ...aliases].filter((n) => !occursInText(text, n)).map((name) => ({ name, source }));
    nodes.push({
      id: e.id,
      type: e.type,
      label: e.label,
      aliases: aliases.filter((a) => occursInText(text, a)),
      ...(outside.length ? { outsideNames: outside } : {}),
      kb: e.kb ?? { status: 'unlinked', reason: "Drafted: no checked Wikidata id (the project's table of checked links or the corpus)." },
      mentions: e.mentions.map((m) => ({ ...sel(m), kind: m.kind, ...(m.note ? { note: m.note } : {}), draft: mark(m.origin, m.confidence) })),
      draft: mark(e.origin, e.confidence),
    });
  }
  for (const r of set.relations) if (set.entities.get(r.source)?.mentions.length && set.entities.get(r.target)?.mentions.length) rel(r);
  if (publisherSpan || pub.mentions.length)
    rel({ type: 'published_by', source: articleId, target: pub.id, evidence: [pub.mentions[0]!], origin: 'dateline', confidence: 0.9, factuality: 'asserted' });
  if (datelineCity)
    rel({
      type: 'dateline',
      source: articleId,
      target: datelineCity.id,
      evidence: [datelineCity.mentions.find((m) => m.start === input.dateline!.placeStart) ?? datelineCity.mentions[0]!],
      origin: 'dateline',
      confidence: 0.8,
      factuality: 'asserted',
    });

  for (const ev of events) {
    const id = `event/${story}-${slug(ev.label).slice(0, 40)}-${doc.toCodePoint(ev.trigger.start)}`;
    nodes.push({
      id,
      type: 'event',
      label: ev.label,
      aliases: [],
      eventType: ev.kind,
      factuality: ev.factuality,
      mentions: [ev.trigger, ...ev.also].sort((a, b) => a.start - b.start).map((m) => ({ ...sel(m), draft: mark('event', ev.confidence) })),
      ...timeOf(ev.time, ev.alsoTimes),
      draft: mark('event', ev.confidence),
    });
    for (const p of ev.participants)
      rel({
        type: 'participant',
        source: id,
        target: p.entity.id,
        evidence: [p.span],
        origin: 'event',
        confidence: ev.confidence * 0.9,
        factuality: ev.factuality,
        role: 'party',
      });
    for (const p of ev.places)
      rel({ type: p.role, source: id, target: p.entity.id, evidence: [p.span], origin: 'event', confidence: ev.confidence * 0.9, factuality: ev.factuality });
  }
  for (const c of claims) {
    const id = `claim/${story}-${slug(c.speaker.label).slice(0, 30)}-${doc.toCodePoint(c.cue.start)}`;
    const words = text.slice(c.clause.start, c.clause.end).replace(/\s+/g, ' ').trim();
    const time = times.find((t) => !used.has(t) && t.span.start >= c.sentence.start && t.span.end <= c.sentence.end);
    const reported = c.chain.some((l) => l.role === 'channel' || l.role === 'source');
    nodes.push({
      id,
      type: 'claim',
      label: `${c.speaker.label} ${c.verb}: ${words.length > 60 ? `${words.slice(0, 57)}...` : words}`,
      aliases: [],
      content: words || text.slice(c.sentence.start, c.sentence.end).trim(),
      cue: sel(c.cue),
      ...(c.quote ? { quote: sel(c.quote) } : {}),
      act: speechAct(c.verb, reported),
      attribution: c.chain.map((l) => ({ agents: [l.agent.id], role: l.role, cue: sel(l.cue), explicit: l.explicit })),
      // The article tells what someone said: the claim is reported, its content keeps its own status.
      factuality: 'reported',
      mentions: [{ ...sel(c.clause), draft: mark('claim', c.confidence) }],
      ...timeOf(time),
      draft: mark('claim', c.confidence),
    });
    if (c.addressee)
      rel({ type: 'urges', source: id, target: c.addressee.id, evidence: [c.cue], origin: 'claim', confidence: c.confidence * 0.8, factuality: 'asserted' });
  }
  const t = firstLine(text);
  return {
    $schema: '../../../schema/annotations.schema.json',
    article: { id: articleId, mentions: [{ exact: t.line, start: doc.toCodePoint(t.start), end: doc.toCodePoint(t.start) + [...t.line].length }] },
    nodes: nodes as AnnotationFile['nodes'],
    relations: relations as AnnotationFile['relations'],
    leftOut: [],
    rejected: [],
  };
}

/**
 * The new draft merged into an existing file: curated and reviewed elements stay as they are;
 * rejected ones are left out; earlier unreviewed drafts stay unless `replace`.
 */
export function mergeDraft(existing: AnnotationFile | undefined, fresh: AnnotationFile, replace: boolean): AnnotationFile {
  if (!existing) return fresh;
  const rejected = new Set(existing.rejected.map((r) => r.element));
  const keep = <T extends { id: string; draft?: DraftMark | undefined }>(xs: T[]) => xs.filter((x) => isCurated(x) || !replace);
  const nodes = keep(existing.nodes);
  const relations = keep(existing.relations);
  const ids = new Set([...nodes.map((n) => n.id), ...relations.map((r) => r.id)]);
  const stripRejectedMentions = <N extends { id: string; mentions: { start?: number | undefined; end?: number | undefined }[] }>(n: N): N => ({
    ...n,
    mentions: n.mentions.filter((m) => !rejected.has(`${n.id}@${m.start}-${m.end}`)),
  });
  const newNodes: AnnotationFile['nodes'] = fresh.nodes
    .filter((n) => !ids.has(n.id) && !rejected.has(n.id))
    .map(stripRejectedMentions)
    .filter((n) => n.mentions.length > 0);
  const present = new Set([...nodes, ...newNodes].map((n) => n.id));
  present.add(existing.article.id);
  // A drafted claim whose chain names a node that is gone (rejected) goes too.
  for (const n of [...newNodes]) {
    if (n.type === 'claim' && !n.attribution.every((l) => l.agents.every((a) => present.has(a)))) {
      newNodes.splice(newNodes.indexOf(n), 1);
      present.delete(n.id);
    }
  }
  const newRelations = fresh.relations.filter((r) => !ids.has(r.id) && !rejected.has(r.id) && present.has(r.source) && present.has(r.target));
  return { ...existing, nodes: [...nodes, ...newNodes], relations: [...relations, ...newRelations] };
}

/** The speech act a reporting verb names (news English); plain "said" asserts, a relay reports. */
function speechAct(verb: string, relayed: boolean): SpeechAct {
  if (/^(?:denied|denies|rejected)$/.test(verb)) return 'deny';
  if (/^urge[sd]?$|^urging$/.test(verb)) return 'urge';
  if (/^announce[sd]?$/.test(verb)) return 'announce';
  if (/^warn(?:ed|s|ing)?$/.test(verb)) return 'warn';
  if (/^(?:vowed|pledged)$/.test(verb)) return 'reassure';
  if (/(?:did not|declined to|would not|refused to) say whether/.test(verb)) return 'decline-to-comment';
  if (relayed || verb === 'according to' || verb === 'cited' || verb === 'quoted') return 'report';
  return 'assert';
}
