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

function toEdtf(r: Parsed, ref: Date): string | undefined {
  const s = r.start;
  const words = r.text.toLowerCase();
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
    const b = one(r.end);
    return b === a ? a : `${a}/${b}`;
  }
  return a;
}

const RULES: { re: RegExp; edtf: (m: RegExpExecArray, ref: Date) => string | undefined }[] = [
  {
    re: new RegExp(`\\b(mid|early|late)[- ]${MONTH_RE}`, 'g'),
    edtf: (m, ref) => {
      const mo = monthIndex(m[2]!);
      if (mo < 0) return undefined;
      const y = yearOf(mo, ref);
      const [a, b] = m[1] === 'mid' ? [11, 20] : m[1] === 'early' ? [1, 10] : [21, lastDay(y, mo)];
      return `${y}-${pad(mo + 1)}-${pad(a)}~/${y}-${pad(mo + 1)}-${pad(b)}~`;
    },
  },
  { re: /\b(?:before|by) the end of (?:the|this) year\b/g, edtf: (_, ref) => `../${ref.getUTCFullYear()}-12-31` },
  {
    re: /\b(?:before|by) the end of (?:the|this) month\b/g,
    edtf: (_, ref) => `../${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}-${pad(lastDay(ref.getUTCFullYear(), ref.getUTCMonth()))}`,
  },
  { re: /\blater this year\b/g, edtf: (_, ref) => `${day(ref)}/${ref.getUTCFullYear()}-12-31` },
  { re: /\bnext year\b/g, edtf: (_, ref) => String(ref.getUTCFullYear() + 1) },
  { re: /\blast year\b/g, edtf: (_, ref) => String(ref.getUTCFullYear() - 1) },
];

export async function draftTimes(text: string, ref: Date): Promise<DTime[]> {
  const chrono = await import('chrono-node');
  const out: DTime[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const edtf = rule.edtf(m as RegExpExecArray, ref);
      if (edtf) out.push({ edtf, expression: m[0], span: { start: m.index, end: m.index + m[0].length }, confidence: 0.7 });
    }
  }
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }) as unknown as Parsed[]) {
    const span: Span = { start: r.index, end: r.index + r.text.length };
    if (out.some((t) => overlaps(t.span, span))) continue;
    if (/^\d{1,2}$/.test(r.text.trim()) || /^(?:now|today|may)$/i.test(r.text.trim())) continue;
    const edtf = toEdtf(r, ref);
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
