// The earliest and latest instant an EDTF value allows (ISO 8601, null for an open or unknown
// end), computed once by the loader and stored beside the EDTF string, so that timelines and the
// explorer sort and filter without parsing EDTF again. The common forms (a year, month or day
// with an optional ~ ? % qualifier; intervals of them with open or unknown ends; sets of days)
// are read directly: the `edtf` package's parser costs ~1 ms a value. Anything else, and every
// value the fast path does not accept, goes to the package, which also rejects invalid values.
// The package (and its grammar) is required only then, so most runs never load it.
import { createRequire } from 'node:module';
import type edtfFn from 'edtf';

let edtfLib: typeof edtfFn | undefined;
const edtf = (value: string) => (edtfLib ??= (createRequire(import.meta.url)('edtf') as { default: typeof edtfFn }).default)(value);

export interface TimeBounds {
  earliest: string | null;
  latest: string | null;
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?[~?%]?$/;
const iso = (ms: unknown) => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : null);

/** Date.UTC, but years 0-99 are years 0-99 (Date.UTC reads them as 1900-1999: 0050-03 would be 1950-03). */
function utc(y: number, mo: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo, d);
  return t.getTime();
}

/** First and last millisecond of a plain date, or undefined if it is not one (or not a real day). */
function dateRange(s: string): { min: number; max: number } | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (!m[2]) return { min: utc(y, 0, 1), max: utc(y + 1, 0, 1) - 1 };
  const mo = Number(m[2]) - 1;
  if (!m[3]) return { min: utc(y, mo, 1), max: utc(y, mo + 1, 1) - 1 };
  const d = Number(m[3]);
  const min = utc(y, mo, d);
  if (new Date(min).getUTCDate() !== d) return undefined; // 2020-02-30
  return { min, max: min + 86_400_000 - 1 };
}

/** The bounds of the common forms, or undefined to let the edtf package decide. */
export function fastBounds(value: string): TimeBounds | undefined {
  if (value.startsWith('[') && value.endsWith(']') && !value.includes('..')) {
    const days = value.slice(1, -1).split(',').map(dateRange);
    if (days.length === 0 || days.some((d) => !d)) return undefined;
    return { earliest: iso(Math.min(...days.map((d) => d!.min))), latest: iso(Math.max(...days.map((d) => d!.max))) };
  }
  const parts = value.split('/');
  if (parts.length === 1) {
    const d = dateRange(value);
    return d && { earliest: iso(d.min), latest: iso(d.max) };
  }
  if (parts.length !== 2) return undefined;
  const open = (s: string) => s === '' || s === '..';
  const [from, to] = parts as [string, string];
  if (open(from) && open(to) && from === '..' && to === '') return undefined; // "../" is not EDTF
  const lower = open(from) ? null : dateRange(from);
  const upper = open(to) ? null : dateRange(to);
  if (lower === undefined || upper === undefined || (lower && upper && lower.min > upper.max)) return undefined;
  return { earliest: lower ? iso(lower.min) : null, latest: upper ? iso(upper.max) : null };
}

// An interval with no date at either end, open ("../..") or unknown ("/") at both, says nothing
// about when; the edtf package takes both, storygraph does not. "/.." (begun at an unknown time,
// still going on) and "../" do say something, and stay.
const SAYS_NOTHING = new Set(['../..', '/']);

/** The bounds of an EDTF value, or undefined when it does not parse. */
export function edtfBounds(value: string): TimeBounds | undefined {
  if (SAYS_NOTHING.has(value)) return undefined;
  const fast = fastBounds(value);
  if (fast) return fast;
  try {
    const v = edtf(value);
    return { earliest: iso(v.min), latest: iso(v.max) };
  } catch {
    return undefined;
  }
}

/** A time annotation with its bounds added (unchanged if the EDTF does not parse). */
export function withBounds<T extends { edtf: string }>(time: T): T & Partial<TimeBounds> {
  return { ...time, ...edtfBounds(time.edtf) };
}
