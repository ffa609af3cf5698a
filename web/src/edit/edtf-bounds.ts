// The bounds the curator sees before saving a time: the common EDTF forms (a year, month or day,
// with ~ ? % qualifiers; intervals with open ".." or unknown "" ends) read here; the loader checks
// every value when the change is saved (invalid-edtf, shown beside the field).
export interface Bounds {
  earliest: string | null;
  latest: string | null;
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?[~?%]?$/;

function one(v: string, end: boolean): string | null | undefined {
  if (v === '..' || v === '') return null;
  const m = DATE.exec(v);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const d = m[3] ? Number(m[3]) : end ? lastDay : 1;
  if (d > lastDay) return undefined;
  const t = Date.UTC(y, mo - 1, d, end ? 23 : 0, end ? 59 : 0, end ? 59 : 0, end ? 999 : 0);
  return new Date(t).toISOString();
}

/** undefined: not a form read here (the server will check it). */
export function edtfBounds(value: string): Bounds | undefined {
  const parts = value.split('/');
  if (parts.length === 1) {
    const a = one(value, false);
    const b = one(value, true);
    return a === undefined || b === undefined || value === '' || value === '..' ? undefined : { earliest: a, latest: b };
  }
  if (parts.length !== 2) return undefined;
  const a = one(parts[0]!, false);
  const b = one(parts[1]!, true);
  return a === undefined || b === undefined ? undefined : { earliest: a, latest: b };
}

export function describeBounds(value: string): string {
  const b = edtfBounds(value.trim());
  if (!b) return value.trim() ? 'not read here: the server checks it when saved' : '';
  const day = (s: string | null, open: string) => (s === null ? open : s.slice(0, 10));
  return `from ${day(b.earliest, 'open start')} to ${day(b.latest, 'open end')}`;
}
