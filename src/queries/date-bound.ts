// Parses a --from/--to date for queries: YYYY, YYYY-MM or YYYY-MM-DD (EDTF level 0), as the
// first or last instant it covers. Kept small so the queries need no EDTF parser at run time.
import { QueryError } from './errors.js';

export function dateBound(value: string, option: 'from' | 'to'): number {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const fail = () => new QueryError('bad-date', `--${option} ${JSON.stringify(value)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-11)`);
  if (!m) throw fail();
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (mo !== undefined && (mo < 1 || mo > 12)) throw fail();
  const start = Date.UTC(y, (mo ?? 1) - 1, d ?? 1);
  if (d !== undefined && new Date(start).getUTCDate() !== d) throw fail(); // 2020-02-30
  if (option === 'from') return start;
  const end = d !== undefined ? Date.UTC(y, mo! - 1, d + 1) : mo !== undefined ? Date.UTC(y, mo, 1) : Date.UTC(y + 1, 0, 1);
  return end - 1;
}
