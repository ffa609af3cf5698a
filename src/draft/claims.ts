// Claims from reporting cues: who said it (the entity right before the cue, or after it in
// "..., said Wu"; "according to X"; "X cited Y as saying"), what (the words in quotation marks,
// else the reported clause), and the attribution chain out to the publisher. A claim reported
// inside another's clause ("Wu said that ... Esper denied ...") nests in the outer chain, and a
// speaker once cited through a channel keeps that channel for the rest of the article.
import { splitSentences } from '../text/sentences.js';
import type { CodePointText } from '../text/code-points.js';
import type { DEntity, DraftSet } from './model-draft.js';
import type { Span } from './spans.js';

export interface DClaim {
  speaker: DEntity;
  cue: Span;
  quote?: Span | undefined;
  clause: Span;
  chain: { agent: DEntity; role: 'speaker' | 'source' | 'channel' | 'publisher'; cue: Span; explicit: boolean }[];
  confidence: number;
  verb: string;
  sentence: Span;
  addressee?: DEntity | undefined;
}

const VERBS =
  'said|says|say|told|tells|added|adds|stated|states|denied|denies|warned|warns|urged|urges|announced|announces|noted|claimed|insisted|confirmed|argued|stressed|vowed|pledged|rejected|accused|explained|wrote|tweeted|did not say whether|declined to say whether|would not say whether|refused to say whether';
const VOICE = /\b(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|official|representative|envoy|source)\s+(?:for|of|at|from|in)\s+(?:the\s+)?$/iu;
const DATELINE = /^\p{Lu}[\p{Lu}\s,.'-]*(?:\([^)]*\))?\s*[—–-]{1,2}\s*/u;
const AGENT_TYPES = new Set(['person', 'organization', 'country', 'city']);

interface Found {
  entity: DEntity;
  span: Span;
}

export function draftClaims(doc: CodePointText, set: DraftSet, publisher: Found | undefined): DClaim[] {
  const text = doc.text;
  const mentions: Found[] = [];
  for (const e of set.entities.values()) {
    if (!AGENT_TYPES.has(e.type)) continue;
    // An organization described ("China's foreign ministry said") speaks; a described person
    // ("the spokesman") is too vague to name the speaker.
    for (const m of e.mentions) if (m.kind !== 'title' && (m.kind !== 'description' || e.type === 'organization')) mentions.push({ entity: e, span: m });
  }
  mentions.sort((a, b) => a.span.start - b.span.start);
  // A capital speaking for its state is the state's claim.
  const standsFor = new Map(set.relations.filter((r) => r.type === 'stands_for').map((r) => [r.source, set.entities.get(r.target)!]));
  const agent = (f: Found): Found | undefined => {
    if (f.entity.type !== 'city') return f;
    const s = standsFor.get(f.entity.id);
    return s ? { entity: s, span: f.span } : undefined; // a place that does not speak for a state
  };
  const at = (start: number, end: number) => mentions.filter((m) => m.span.start >= start && m.span.end <= end);
  const titled = (word: string) =>
    [...set.entities.values()].find(
      (e) => e.type === 'person' && e.mentions.some((m) => m.kind === 'title' && text.slice(m.start, m.end).toLowerCase() === word.toLowerCase()),
    );

  const channels = new Map<string, { agent: DEntity; cue: Span }>();
  const claims: DClaim[] = [];
  let lastSpeaker: Found | undefined;
  for (const s of splitSentences(text)) {
    const sent = { start: doc.toUtf16(s.start), end: doc.toUtf16(s.end) };
    const body = text.slice(sent.start, sent.end);
    const inSentence: DClaim[] = [];
    const re = new RegExp(`(?<![\\p{L}])(?:(cited|quoted)\\b|according to\\b|(${VERBS})\\b|(adding|saying|urging|warning) that\\b)`, 'gu');
    const quoted = [...body.matchAll(/“[^”]*”|"[^"]*"/g)].map((q) => ({ start: sent.start + q.index, end: sent.start + q.index + q[0].length }));
    for (const m of body.matchAll(re)) {
      const cueStart = sent.start + m.index;
      if (quoted.some((q) => q.start < cueStart && cueStart < q.end)) continue; // a cue inside someone's words
      const cueEnd = cueStart + m[0].length;
      let speaker: Found | undefined;
      let cue: Span = { start: cueStart, end: cueEnd };
      const chain: DClaim['chain'] = [];
      let confidence = 0.7;
      const verb = m[2] ?? m[1] ?? m[3] ?? 'according to';
      if (m[1]) {
        // "<Channel> cited <speaker> as saying"
        const as = /\bas saying\b/.exec(text.slice(cueEnd, sent.end));
        if (!as) continue;
        const between = at(cueEnd, cueEnd + as.index);
        const before = at(sent.start, cueStart).pop();
        if (!between.length) continue;
        speaker = agent(between[between.length - 1]!);
        if (!speaker) continue;
        cue = { start: cueEnd + as.index, end: cueEnd + as.index + as[0].length };
        const channel = before && agent(before);
        if (channel) {
          chain.push({ agent: channel.entity, role: 'channel', cue: { start: cueStart, end: cueEnd }, explicit: true });
          channels.set(speaker.entity.id, { agent: channel.entity, cue: { start: cueStart, end: cueEnd } });
        }
        confidence = 0.8;
      } else if (m[0].startsWith('according to')) {
        const after = at(cueEnd, Math.min(sent.end, cueEnd + 60))[0];
        const the = /^\s+the (\p{L}+)/u.exec(text.slice(cueEnd, sent.end));
        const person = the && titled(the[1]!);
        speaker = after ? agent(after) : person ? { entity: person, span: { start: cueEnd + 1, end: cueEnd + the![0].length } } : undefined;
        // "X said ..., according to Y": Y is the source of X's claim, not a claim of its own.
        const host = inSentence[inSentence.length - 1];
        if (host && speaker && speaker.entity !== host.speaker) {
          const pubAt = host.chain.findIndex((l) => l.role === 'publisher');
          const extra: DClaim['chain'] = [
            { agent: speaker.entity, role: 'source', cue: { start: cueStart, end: cueEnd + (the?.[0].length ?? 0) }, explicit: true },
          ];
          host.chain.splice(pubAt < 0 ? host.chain.length : pubAt, 0, ...extra.filter((x) => !host.chain.some((l) => l.agent === x.agent)));
          continue;
        }
      } else if (m[3]) {
        speaker = inSentence[inSentence.length - 1] ? { entity: inSentence[inSentence.length - 1]!.speaker, span: cue } : lastSpeaker;
        confidence = 0.6;
      } else {
        // The subject right before the cue ("Wu said", "the Pentagon said", "Esper denied") or after it ("said Wu").
        const pre = text.slice(Math.max(sent.start, cueStart - 40), cueStart);
        const before = at(sent.start, cueStart)
          .filter((f) => /^\s*(?:(?:also|has|had|have|then|later|again|previously)\s+)*$/.test(text.slice(f.span.end, cueStart)))
          .pop();
        // "said Wu" only after the words it reports: '..., said Wu', '“...” said Wu'.
        const inverted = /[,”"]\s*$/.test(text.slice(sent.start, cueStart));
        // A title may stand between ("said Foreign Minister Kenji Sato"); of a capital's two
        // readings (the city, the state it speaks for), the one that speaks.
        const after = inverted
          ? at(cueEnd, sent.end)
              .filter((f) => /^\s*(?:(?:the\s+)?\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(text.slice(cueEnd, f.span.start)))
              .find((f) => f.span.start === at(cueEnd, sent.end)[0]?.span.start && agent(f))
          : undefined;
        // "A spokesman for X said": X speaks (through an unnamed voice).
        const voice = at(sent.start, cueStart)
          .filter((f) => /^\s*$/.test(text.slice(f.span.end, cueStart)) || /^['’]s\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(f.span.end, cueStart)))
          .filter((f) => VOICE.test(text.slice(sent.start, f.span.start)))
          .pop();
        if (!before && voice && agent(voice)) {
          speaker = agent(voice);
          cue = { start: voice.span.start, end: cueEnd };
        } else if (before && agent(before)) {
          speaker = agent(before);
          cue = { start: before.span.start, end: cueEnd };
        } else if (after && agent(after)) {
          speaker = agent(after);
          cue = { start: cueStart, end: after.span.end };
        } else if (/\b(?:he|she)\s+$/i.test(pre) && lastSpeaker) speaker = lastSpeaker;
        else continue;
        confidence = before || after ? 0.75 : 0.5;
      }
      if (!speaker) continue;
      // The words: a quotation in the sentence, else the clause the cue reports.
      const restFrom = m[1] ? cue.end : cueEnd; // after "as saying"
      const rest = text.slice(restFrom, sent.end);
      const atEnd = rest.replace(/[\s.,]+$/, '').length <= 8 || /^\s*[.,]/.test(rest);
      const q =
        /^[\s,:]*(?:that\s+)?[“"]([^”"]{3,})[”"]/.exec(rest) ??
        /^\s*(?:\p{L}+\s+){0,12}?[“"]([^”"]{3,})[”"]/u.exec(rest) ??
        (atEnd ? /[“"]([^”"]{3,})[”"]/.exec(text.slice(sent.start, cueStart)) : null);
      let quote: Span | undefined;
      if (q) {
        const base = q.input === rest ? restFrom : sent.start;
        const start = base + q.index + q[0].indexOf(q[1]!);
        quote = { start, end: start + q[1]!.length };
      }
      let clause: Span;
      // "told reporters in Beijing that ...": the addressee is not part of what was said.
      const that = (/^(?:told|tells)$/.test(verb) ? /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,8}?that\s+/u.exec(rest) : null) ?? /^\s*(?:that\s+)?/.exec(rest)!;
      if (quote) clause = quote;
      else if (rest.replace(/[\s.,]+$/, '').length > 8 && !/^\s*[.,]/.test(rest))
        clause = { start: restFrom + that[0].length, end: sent.end - (/[.!?]\s*$/.exec(body)?.[0].length ?? 0) };
      else {
        // The words before the cue, without a dateline ("TOKYO (Test Wire) — ") in front.
        const from = sent.start + (DATELINE.exec(text.slice(sent.start, cueStart))?.[0].length ?? 0);
        clause = { start: from, end: Math.max(from + 1, cueStart - (/,\s*$/.exec(text.slice(from, cueStart))?.[0].length ?? 0)) };
      }
      // The chain: speaker, the outer speaker of a clause it sits in, the channel, the publisher.
      const outer = inSentence.find((c) => c.clause.start <= cue.start && cue.end <= c.clause.end && c.speaker !== speaker!.entity);
      const links: DClaim['chain'] = [{ agent: speaker.entity, role: 'speaker', cue, explicit: true }];
      if (outer)
        links.push(...outer.chain.filter((l) => l.role !== 'publisher').map((l) => ({ ...l, role: l.role === 'speaker' ? ('source' as const) : l.role })));
      else {
        // A channel only where this sentence names one (docs/annotation-standards.md): a speaker
        // once cited through an agency is not assumed to speak through it again.
        links.push(...chain);
      }
      if (publisher && !links.some((l) => l.agent === publisher.entity))
        links.push({ agent: publisher.entity, role: 'publisher', cue: publisher.span, explicit: false });
      const urged = /^urge[sd]?$/.test(verb) ? at(cueEnd, cueEnd + 40).find((f) => /^\s*(?:the\s+)?$/.test(text.slice(cueEnd, f.span.start))) : undefined;
      const claim: DClaim = { speaker: speaker.entity, cue, quote, clause, chain: links, confidence, verb, sentence: sent, addressee: urged?.entity };
      if (claims.some((c) => c.cue.start === cue.start && c.speaker === claim.speaker)) continue;
      inSentence.push(claim);
      claims.push(claim);
      lastSpeaker = { entity: speaker.entity, span: cue };
    }
  }
  return claims;
}
