// The first and last day an EDTF value covers (xsd:date bounds for sg:Time). The common forms
// (a year, month or day with an optional ~ ? % qualifier; intervals of them with unknown or open
// ends) are read directly: the edtf library's parser is slow to start, and an export has many
// dates. Anything else goes to the library; tests check both agree on the common forms.
import edtf from 'edtf';

export interface Bounds { earliest?: string; latest?: string }

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?[~?%]?$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Bounds of a plain date, undefined if it is not one (or not a real day). */
function dateBounds(s: string): Required<Bounds> | undefined {
  const m = DATE.exec(s);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (!mo) return { earliest: `${y}-01-01`, latest: `${y}-12-31` };
  if (!d) return { earliest: `${y}-${mo}-01`, latest: `${y}-${mo}-${pad(lastDay(Number(y), Number(mo)))}` };
  if (Number(d) > lastDay(Number(y), Number(mo))) return undefined;
  return { earliest: `${y}-${mo}-${d}`, latest: `${y}-${mo}-${d}` };
}

function fastBounds(value: string): Bounds | undefined {
  const parts = value.split('/');
  if (parts.length === 1) return dateBounds(value);
  if (parts.length !== 2) return undefined;
  const [from, to] = parts as [string, string];
  const open = (s: string) => s === '' || s === '..';
  const lower: Bounds | undefined = open(from) ? {} : dateBounds(from);
  const upper: Bounds | undefined = open(to) ? {} : dateBounds(to);
  if (!lower || !upper) return undefined;
  return { ...(lower.earliest ? { earliest: lower.earliest } : {}), ...(upper.latest ? { latest: upper.latest } : {}) };
}

/** The bounds as the edtf library computes them (finite ends only). */
export function libraryBounds(value: string): Bounds {
  try {
    const { min, max } = edtf(value);
    const day = (ms: number | null) => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : undefined);
    const earliest = day(min);
    const latest = day(max);
    return { ...(earliest && ISO_DAY.test(earliest) ? { earliest } : {}), ...(latest && ISO_DAY.test(latest) ? { latest } : {}) };
  } catch {
    return {};
  }
}

export function edtfBounds(value: string): Bounds {
  return fastBounds(value) ?? libraryBounds(value);
}
