// Events where a pattern is reliable in news English: talks, meetings, video conferences and
// summits that someone holds; tours, visits and trips to places; elections; statements. Each
// with its participants (agents before the trigger in its sentence), places and time as drafts.
import { splitSentences } from '../text/sentences.js';
import type { CodePointText } from '../text/code-points.js';
import type { EVENT_KINDS } from '../model/nodes.js';
import type { DEntity, DraftSet, DTime } from './model-draft.js';
import type { Span } from './spans.js';
import { edtfBounds } from '../load/time-bounds.js';

export interface DEvent {
  kind: (typeof EVENT_KINDS)[number];
  label: string;
  trigger: Span;
  factuality: 'asserted' | 'planned';
  participants: { entity: DEntity; span: Span }[];
  places: { entity: DEntity; span: Span; role: 'location' | 'destination' }[];
  time?: DTime | undefined;
  /** A repeated event (headline, lead, body) merged into this one: its other triggers and times. */
  also: Span[];
  alsoTimes: DTime[];
  /** "... and one on X": told apart from its antecedent, never merged with it. */
  distinct?: boolean;
  confidence: number;
}

const PATTERNS: { re: RegExp; kind: DEvent['kind'] }[] = [
  {
    re: /\b(?:held|hold|holds|holding|will hold|to hold|hosted|host|convened|had)\s+(?:(?:a|an|the|their|two|more)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(talks|video ?conference|videoconference|conference|meeting|summit|dialogue|phone call|call|consultations|negotiations|exercises?|drills?)\b/gu,
    kind: 'meeting',
  },
  { re: /\b(?:met|meets|will meet)\s+(?:with\s+)?(?=\p{Lu})/gu, kind: 'meeting' },
  { re: /\b(tour|visit|trip)\s+(?:of|to)\s+/g, kind: 'tour' },
  { re: /\b(?:visited|visits|will visit|toured)\s+/g, kind: 'tour' },
  { re: /\b(?:presidential|general|parliamentary|local|the)\s+elections?\b/g, kind: 'election' },
  { re: /\b(?:in|issued|released)\s+a\s+statement\b/gi, kind: 'statement' },
];
const AGENTS = new Set(['person', 'organization', 'country']);
const PLACES = new Set(['country', 'city', 'region', 'place']);

export function draftEvents(doc: CodePointText, set: DraftSet, times: DTime[]): DEvent[] {
  const text = doc.text;
  const all: { entity: DEntity; span: Span }[] = [];
  for (const e of set.entities.values()) for (const m of e.mentions) if (m.kind !== 'title') all.push({ entity: e, span: m });
  all.sort((a, b) => a.span.start - b.span.start);
  const events: DEvent[] = [];
  for (const s of splitSentences(text)) {
    const sent = { start: doc.toUtf16(s.start), end: doc.toUtf16(s.end) };
    const body = text.slice(sent.start, sent.end);
    const here: DEvent[] = [];
    for (const p of PATTERNS) {
      for (const m of body.matchAll(p.re)) {
        const trigger = { start: sent.start + m.index, end: sent.start + m.index + m[0].trimEnd().length };
        if ([...events, ...here].some((e) => e.trigger.start < trigger.end && trigger.start < e.trigger.end)) continue;
        const before = all.filter((f) => f.span.start >= sent.start && f.span.end <= trigger.start);
        const after = all.filter((f) => f.span.start >= trigger.end && f.span.end <= sent.end);
        let participants =
          p.kind === 'election' || p.kind === 'statement'
            ? []
            : dedupe(before.filter((f) => AGENTS.has(f.entity.type) && f.entity.origin !== 'dateline').slice(-4));
        // "The two sides will hold ...": the parties of the last meeting with two of them.
        if (!participants.length && p.kind === 'meeting' && TWO_SIDES.test(text.slice(sent.start, trigger.start))) {
          const last = [...events].reverse().find((e) => e.kind === 'meeting' && new Set(e.participants.map((x) => x.entity.id)).size === 2);
          if (last) participants = last.participants.map((x) => ({ ...x, span: x.span }));
        }
        const places: DEvent['places'] = [];
        if (p.kind === 'tour') {
          // The list right after the trigger: "tour of India, Sri Lanka, and Vietnam".
          let at = trigger.end;
          for (const f of after) {
            if (!PLACES.has(f.entity.type) || !/^(?:,?\s*(?:and\s+)?(?:the\s+)?)$/.test(text.slice(at, f.span.start))) break;
            places.push({ ...f, role: 'destination' });
            at = f.span.end;
          }
        } else {
          const where = after.find((f) => PLACES.has(f.entity.type) && /\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(sent.start, f.span.start)));
          if (where) places.push({ ...where, role: 'location' });
        }
        const planned =
          /\b(?:will|to|would|plans? to)\s+(?:\w+\s+)?$/.test(text.slice(sent.start, trigger.start + m[0].split(/\s/)[0]!.length)) || /\bwill\b/.test(m[0]);
        const what = (m[1] ?? m[0]).trim().replace(/\s+/g, ' ');
        const who = participants.map((f) => f.entity.label).join(', ');
        const label = `${what.charAt(0).toUpperCase()}${what.slice(1)}${who ? ` (${who})` : ''}`;
        const ev: DEvent = {
          kind: p.kind,
          label,
          trigger,
          factuality: planned ? 'planned' : 'asserted',
          participants,
          places: dedupe(places),
          also: [],
          alsoTimes: [],
          confidence: p.kind === 'meeting' ? 0.6 : 0.5,
        };
        here.push(ev);
        // "a video conference on aid and one on security": a second event of the same kind.
        if (p.kind === 'meeting') {
          const rest = text.slice(trigger.end, sent.end);
          const one = /\b(?:and|,|then)\s+(?:another|one)\s+(?:on|about|with|for|in)\s+[^,.;]*/.exec(rest);
          if (one) {
            const word = /another|one/.exec(one[0])!;
            const at = trigger.end + one.index + word.index;
            const topic = one[0]
              .slice(word.index + word[0].length)
              .split(/\s+(?:before|by|in|on|at|until|next|this|later)\s+(?=[\p{Lu}\d]|the|next|this|mid|early|late)/u)[0]!
              .trim();
            here.push({
              ...ev,
              label: `${what.charAt(0).toUpperCase()}${what.slice(1)} ${topic}`,
              trigger: { start: at, end: at + word[0].length },
              also: [],
              alsoTimes: [],
              distinct: true,
            });
          }
        }
      }
    }
    // Times: each event takes the first in its stretch of the sentence (from its trigger to the
    // next event's); the first event may take one before it ("On Monday, X and Y held talks").
    here.sort((a, b) => a.trigger.start - b.trigger.start);
    const inSent = times.filter((t) => t.span.start >= sent.start && t.span.end <= sent.end);
    here.forEach((ev, i) => {
      const end = here[i + 1]?.trigger.start ?? sent.end;
      ev.time =
        inSent.find((t) => t.span.start >= ev.trigger.start && t.span.start < end) ??
        (i === 0 ? [...inSent].reverse().find((t) => t.span.end <= ev.trigger.start) : undefined);
    });
    // A meeting needs its parties, a verb of meeting or a date of its own to be reliable.
    events.push(
      ...here.filter((ev) => ev.kind !== 'meeting' || ev.participants.length > 0 || ev.time || /met|meet/.test(text.slice(ev.trigger.start, ev.trigger.end))),
    );
  }
  return mergeRepeated(events.sort((a, b) => a.trigger.start - b.trigger.start));
}

const TWO_SIDES = /\bthe two (?:countries|sides|nations|governments|militaries|leaders|ministers|armies|delegations)\b/i;
const MERGED_KINDS = new Set<DEvent['kind']>(['meeting', 'tour', 'election']);
const ms = (x: string | null, open: number) => (x === null ? open : Date.parse(x));
/** a's period holds b's (open ends hold everything). */
function holds(a: DTime, b: DTime): boolean {
  const x = edtfBounds(a.edtf);
  const y = edtfBounds(b.edtf);
  if (!x || !y) return false;
  return ms(x.earliest, -Infinity) <= ms(y.earliest, -Infinity) && ms(x.latest, Infinity) >= ms(y.latest, Infinity);
}
const width = (t: DTime) => {
  const b = edtfBounds(t.edtf);
  return b ? ms(b.latest, Infinity) - ms(b.earliest, -Infinity) : Infinity;
};

/**
 * News tells one event several times (headline, subtitle, lead, body): a reported (asserted)
 * event of the same kind whose parties are a subset of an earlier one's and whose time agrees
 * (none, or one period within the other) is that event again. The merged event keeps every
 * trigger and every time expression, dated by the most precise.
 */
function mergeRepeated(events: DEvent[]): DEvent[] {
  const out: DEvent[] = [];
  for (const ev of events) {
    const ids = new Set(ev.participants.map((p) => p.entity.id));
    const same = out.find((o) => {
      if (o.kind !== ev.kind || !MERGED_KINDS.has(ev.kind) || o.factuality !== 'asserted' || ev.factuality !== 'asserted' || o.distinct || ev.distinct)
        return false;
      const oIds = new Set(o.participants.map((p) => p.entity.id));
      const [small, big] = ids.size <= oIds.size ? [ids, oIds] : [oIds, ids];
      if (ev.kind !== 'election' && (small.size === 0 || ![...small].every((x) => big.has(x)))) return false;
      return !o.time || !ev.time || holds(o.time, ev.time) || holds(ev.time, o.time);
    });
    if (!same) {
      out.push(ev);
      continue;
    }
    same.also.push(ev.trigger, ...ev.also);
    same.participants = dedupe([...same.participants, ...ev.participants]);
    same.places = dedupe([...same.places, ...ev.places]);
    const times = [same.time, ...same.alsoTimes, ev.time, ...ev.alsoTimes].filter((t): t is DTime => !!t);
    const best = times.reduce<DTime | undefined>((a, t) => (!a || width(t) < width(a) ? t : a), undefined);
    same.time = best;
    same.alsoTimes = times.filter((t) => t !== best);
  }
  return out;
}

function dedupe<T extends { entity: DEntity }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.entity.id) && seen.add(x.entity.id));
}
