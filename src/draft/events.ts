// Events where a pattern is reliable in news English: talks, meetings, video conferences and
// summits that someone holds; tours, visits and trips to places; elections; statements. Each
// with its participants (agents before the trigger in its sentence), places and time as drafts.
import { splitSentences } from '../text/sentences.js';
import type { CodePointText } from '../text/code-points.js';
import type { EVENT_KINDS } from '../model/nodes.js';
import type { DEntity, DraftSet, DTime } from './model-draft.js';
import type { Span } from './spans.js';

export interface DEvent {
  kind: (typeof EVENT_KINDS)[number];
  label: string;
  trigger: Span;
  factuality: 'asserted' | 'planned';
  participants: { entity: DEntity; span: Span }[];
  places: { entity: DEntity; span: Span; role: 'location' | 'destination' }[];
  time?: DTime | undefined;
  confidence: number;
}

const PATTERNS: { re: RegExp; kind: DEvent['kind'] }[] = [
  {
    re: /\b(?:held|hold|holds|holding|will hold|to hold|hosted|host|convened|had)\s+(?:(?:a|an|the|their|two|more)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(talks|video ?conference|videoconference|meeting|summit|dialogue|phone call|call|consultations|negotiations|exercises?|drills?)\b/gu,
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
    for (const p of PATTERNS) {
      for (const m of body.matchAll(p.re)) {
        const trigger = { start: sent.start + m.index, end: sent.start + m.index + m[0].trimEnd().length };
        if (events.some((e) => e.trigger.start < trigger.end && trigger.start < e.trigger.end)) continue;
        const before = all.filter((f) => f.span.start >= sent.start && f.span.end <= trigger.start);
        const after = all.filter((f) => f.span.start >= trigger.end && f.span.end <= sent.end);
        const participants =
          p.kind === 'election' || p.kind === 'statement'
            ? []
            : dedupe(before.filter((f) => AGENTS.has(f.entity.type) && f.entity.origin !== 'dateline').slice(-4));
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
        if (p.kind === 'meeting' && participants.length === 0 && !/met|meet/.test(m[0])) continue;
        const time = times.find((t) => t.span.start >= sent.start && t.span.end <= sent.end);
        const planned =
          /\b(?:will|to|would|plans? to)\s+(?:\w+\s+)?$/.test(text.slice(sent.start, trigger.start + m[0].split(/\s/)[0]!.length)) || /\bwill\b/.test(m[0]);
        const what = (m[1] ?? m[0]).trim().replace(/\s+/g, ' ');
        const who = participants.map((f) => f.entity.label).join(', ');
        const label = `${what.charAt(0).toUpperCase()}${what.slice(1)}${who ? ` (${who})` : ''}`;
        events.push({
          kind: p.kind,
          label,
          trigger,
          factuality: planned ? 'planned' : 'asserted',
          participants,
          places: dedupe(places),
          time,
          confidence: p.kind === 'meeting' ? 0.6 : 0.5,
        });
      }
    }
  }
  return events.sort((a, b) => a.trigger.start - b.trigger.start);
}

function dedupe<T extends { entity: DEntity }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.entity.id) && seen.add(x.entity.id));
}
