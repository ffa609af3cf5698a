// Time expressions: chrono-node finds dates, weekdays and ranges; a few rules add what it leaves
// vague ("mid-November", "before the end of the year", "this week"). Each becomes EDTF resolved
// against the publication date, with the words as written.
import type { DTime } from './model-draft.js';
import type { Span } from './spans.js';
import { overlaps } from './spans.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3)));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** The year a month named without one falls in: the nearest to the reference date. */
function yearOf(month: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const diff = month - ref.getUTCMonth();
  return diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
}

interface Parsed {
  index: number;
  text: string;
  start: { date(): Date; isCertain(c: string): boolean; get(c: string): number | null };
  end?: { date(): Date } | null;
}

// A clause that speaks of what is to come: a weekday named in it is the next one, not the last.
const FUTURE = /\b(?:will|shall|is to|are to|to be held|to meet|to hold|scheduled|set for|planned|plans? to|expected to|due to|next)\b[^.;]*$/i;

function toEdtf(r: Parsed, ref: Date, future = false): string | undefined {
  const s = r.start;
  const words = r.text.toLowerCase();
  const weekdays = [...words.matchAll(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/g)].map((m) => WEEKDAYS.indexOf(m[1]!));
  const week = /\b(next|last|this|previous|coming) week\b/.exec(words);
  if (weekdays.length && week) {
    // "Monday to Wednesday next week": the weekdays of the week named.
    const mon = addDays(mondayOf(ref), 7 * shiftOf(week[1]!));
    const a = day(addDays(mon, weekdays[0]!));
    const b = day(addDays(mon, weekdays[weekdays.length - 1]!));
    return b === a ? a : `${a}/${b}`;
  }
  // A weekday alone resolves to the past one (news reports what happened); in a future clause, to
  // the coming one.
  if (future && weekdays.length && !s.isCertain('day') && s.date().getTime() < ref.getTime()) {
    const a = addDays(s.date(), 7);
    let b = r.end ? r.end.date() : a;
    while (b.getTime() < a.getTime()) b = addDays(b, 7);
    return day(b) === day(a) ? day(a) : `${day(a)}/${day(b)}`;
  }
  if (/\bweek\b/.test(words)) {
    // chrono dates "this week" from Sunday; a news week is Monday to Sunday around the reference.
    const shift = /\bnext\b/.test(words) ? 7 : /\blast\b/.test(words) ? -7 : /\bthis\b/.test(words) ? 0 : undefined;
    const d = shift === undefined ? s.date() : new Date(ref.getTime() + shift * 86400000);
    const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    return `${day(monday)}/${day(sunday)}`;
  }
  const precise = s.isCertain('day') || s.isCertain('weekday');
  const one = (p: { date(): Date }) => (precise ? day(p.date()) : `${p.date().getUTCFullYear()}-${pad(p.date().getUTCMonth() + 1)}`);
  if (!precise && !s.isCertain('month')) return s.isCertain('year') ? String(s.get('year')) : undefined;
  const a = one(s);
  if (r.end) {
    // A range of weekdays ("Monday to Wednesday next week") lies within one week.
    let end = r.end.date();
    while (s.isCertain('weekday') && end.getTime() - s.date().getTime() >= 7 * 86400000) end = addDays(end, -7);
    const b = one({ date: () => end });
    return b === a ? a : `${a}/${b}`;
  }
  return a;
}

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS.indexOf(w.toLowerCase()) + 1 || (/^an?$/i.test(w) ? 1 : 0));
const addDays = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** The first and last day of the week, month or year the reference falls in, shifted by n of them. */
function period(unit: string, ref: Date, n = 0): [Date, Date] {
  if (unit === 'week') {
    const mon = addDays(mondayOf(ref), 7 * n);
    return [mon, addDays(mon, 6)];
  }
  if (unit === 'month') {
    const y = ref.getUTCFullYear();
    const m = ref.getUTCMonth() + n;
    return [new Date(Date.UTC(y, m, 1)), new Date(Date.UTC(y, m + 1, 0))];
  }
  const y = ref.getUTCFullYear() + n;
  return [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y, 11, 31))];
}
const WEEKDAYS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
const shiftOf = (w: string) => (/next|coming/i.test(w) ? 1 : /last|past|previous/i.test(w) ? -1 : 0);

// Rules for what chrono leaves vague or reads as one day. Each regex matches news English in
// general (any month, any unit, any number); the EDTF is resolved against the reference date.
const RULES: { re: RegExp; edtf: (m: RegExpExecArray, ref: Date) => string | undefined }[] = [
  {
    // "mid-November", "early April", "late May": thirds of the month, approximate.
    re: new RegExp(`\\b(mid|early|late)[- ]${MONTH_RE}`, 'gi'),
    edtf: (m, ref) => {
      const mo = monthIndex(m[2]!);
      if (mo < 0) return undefined;
      const y = yearOf(mo, ref);
      const part = m[1]!.toLowerCase();
      const [a, b] = part === 'mid' ? [11, 20] : part === 'early' ? [1, 10] : [21, lastDay(y, mo)];
      return `${y}-${pad(mo + 1)}-${pad(a)}~/${y}-${pad(mo + 1)}-${pad(b)}~`;
    },
  },
  {
    // "before the end of the year", "by the end of next month": open start, the period's last day.
    re: /\b(?:before|by|until|till) the end of (the|this|next|the next) (year|month|week)\b/gi,
    edtf: (m, ref) => `../${day(period(m[2]!.toLowerCase(), ref, shiftOf(m[1]!))[1])}`,
  },
  {
    // "earlier this month" (its start to the reference), "later this year" (the reference to its end).
    re: /\b(earlier|later) (?:this|in the) (year|month|week)\b/gi,
    edtf: (m, ref) => {
      const [a, b] = period(m[2]!.toLowerCase(), ref);
      return /earlier/i.test(m[1]!) ? `${day(a)}/${day(ref)}` : `${day(ref)}/${day(b)}`;
    },
  },
  {
    // "within two weeks", "in the next 10 days": from the reference to that far ahead.
    re: /\b(?:within|in the next|over the next) (a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s?\b/gi,
    edtf: (m, ref) => {
      const n = count(m[1]!);
      if (!n) return undefined;
      const unit = m[2]!.toLowerCase();
      const end = unit === 'day' ? addDays(ref, n) : unit === 'week' ? addDays(ref, 7 * n) : addMonths(ref, unit === 'month' ? n : 12 * n);
      return `${day(ref)}/${day(end)}`;
    },
  },
  {
    // "the past two weeks", "the last three months": that far back to the reference.
    re: /\bthe (?:past|last|previous) (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|week|month|year)s\b/gi,
    edtf: (m, ref) => {
      const n = count(m[1]!);
      const unit = m[2]!.toLowerCase();
      const start = unit === 'day' ? addDays(ref, -n) : unit === 'week' ? addDays(ref, -7 * n) : addMonths(ref, unit === 'month' ? -n : -12 * n);
      return `${day(start)}/${day(ref)}`;
    },
  },
  {
    // A bare year after a preposition: "in 2019" (the year), "since 2016" (from then, ongoing).
    re: /\b(in|since|during|until|by|from|of) ((?:1[89]|20)\d\d)\b(?![-\u2013/]\d)/gi,
    edtf: (m) => (/since/i.test(m[1]!) ? `${m[2]}/..` : m[2]),
  },
  { re: /\b(next|last|this) year\b/gi, edtf: (m, ref) => String(ref.getUTCFullYear() + shiftOf(m[1]!)) },
];
export async function draftTimes(text: string, ref: Date): Promise<DTime[]> {
  const chrono = await import('chrono-node');
  const out: DTime[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (out.some((t) => overlaps(t.span, span))) continue; // "by the end of next year", not also "next year"
      const edtf = rule.edtf(m as RegExpExecArray, ref);
      if (edtf) out.push({ edtf, expression: m[0], span: { start: m.index, end: m.index + m[0].length }, confidence: 0.7 });
    }
  }
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }) as unknown as Parsed[]) {
    // chrono's text can end in the line break after a heading ("Oct. 28-29\n").
    r.text = r.text.replace(/[\s,;:]+$/u, '');
    const span: Span = { start: r.index, end: r.index + r.text.length };
    if (out.some((t) => overlaps(t.span, span))) continue;
    if (/^\d{1,2}$/.test(r.text.trim()) || /^(?:now|today|may)$/i.test(r.text.trim())) continue;
    const edtf = toEdtf(r, ref, FUTURE.test(text.slice(Math.max(0, r.index - 60), r.index)));
    if (edtf) out.push({ edtf, expression: r.text, span, confidence: 0.8 });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  // "Wednesday to Thursday (Oct. 28-29)": one expression when the bracket gives the same dates.
  const merged: DTime[] = [];
  for (const t of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.edtf === t.edtf && /^\s*\(\s*$/.test(text.slice(prev.span.end, t.span.start))) {
      const end = text[t.span.end] === ')' ? t.span.end + 1 : t.span.end;
      prev.span = { start: prev.span.start, end };
      prev.expression = text.slice(prev.span.start, end);
      continue;
    }
    merged.push({ ...t });
  }
  return merged;
}
