// The timeline's time scale: the domain that holds every known bound and the publication dates,
// positions as percentages (the tracks stretch with the panel), and a few readable ticks.
export interface Domain {
  min: number;
  max: number;
}

const DAY = 86_400_000;

/**
 * The span of the finite instants given, padded on both sides; a lone instant gets a week. An axis
 * of months starts on the first of its first month (of years, on January 1), so that month has
 * room for its label at the left edge (the talks on Oct 28 sit under "Oct 2020").
 */
export function domainOf(instants: readonly number[]): Domain | null {
  const known = instants.filter(Number.isFinite);
  if (known.length === 0) return null;
  let min = Math.min(...known);
  let max = Math.max(...known);
  if (max - min < 7 * DAY) {
    const mid = (min + max) / 2;
    min = mid - 3.5 * DAY;
    max = mid + 3.5 * DAY;
  }
  const pad = (max - min) * 0.04;
  const span = max - min + 2 * pad;
  const start = new Date(min - pad);
  if (span > 3 * 365 * DAY) return { min: Date.UTC(start.getUTCFullYear(), 0, 1), max: max + pad };
  if (span > 60 * DAY) return { min: Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1), max: max + pad };
  return { min: min - pad, max: max + pad };
}

/** An instant as a percentage of the domain, clamped to 0..100 (open ends reach the edge). */
export function pct(d: Domain, t: number): number {
  if (t === -Infinity) return 0;
  if (t === Infinity) return 100;
  return Math.min(100, Math.max(0, ((t - d.min) / (d.max - d.min)) * 100));
}

const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en', { timeZone: 'UTC', ...opts });
const YEAR = fmt({ year: 'numeric' });
const MONTH = fmt({ month: 'short', year: 'numeric' });
const MONTH_ONLY = fmt({ month: 'short' });
const DAY_FMT = fmt({ month: 'short', day: 'numeric' });

export interface Tick {
  t: number;
  label: string;
  /** The period the axis starts in, labelled at its left edge (its own start lies before it). */
  edge?: true;
}

/**
 * Tick instants with labels: years, months, weeks or days, at most about eight. The period the
 * domain starts in is labelled at the left edge when there is room, so an axis from Oct 25 to
 * Jan 3 says "Oct 2020" too. Months name their year on the first label and in January only.
 */
export function ticks(d: Domain): Tick[] {
  const out = periodTicks(d);
  const span = d.max - d.min;
  const first = out[0];
  const start = new Date(d.min);
  const label =
    span > 3 * 365 * DAY
      ? YEAR.format(d.min)
      : span > 60 * DAY
        ? MONTH.format(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1))
        : DAY_FMT.format(d.min);
  if (!first || first.t - d.min >= span * 0.06) out.unshift({ t: d.min, label, edge: true });
  if (span > 60 * DAY && span <= 3 * 365 * DAY) {
    out.forEach((t, i) => {
      if (i > 0 && new Date(t.t).getUTCMonth() !== 0) t.label = MONTH_ONLY.format(t.t);
    });
  }
  return out;
}

function periodTicks(d: Domain): Tick[] {
  const span = d.max - d.min;
  const out: Tick[] = [];
  const start = new Date(d.min);
  if (span > 3 * 365 * DAY) {
    const step = Math.max(1, Math.ceil(span / (365 * DAY) / 8));
    for (let y = start.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= d.max; y += step) out.push({ t: Date.UTC(y, 0, 1), label: YEAR.format(Date.UTC(y, 0, 1)) });
  } else if (span > 60 * DAY) {
    const step = Math.max(1, Math.ceil(span / (30 * DAY) / 8));
    for (let m = start.getUTCMonth() + 1, y = start.getUTCFullYear(); Date.UTC(y, m, 1) <= d.max; m += step)
      out.push({ t: Date.UTC(y, m, 1), label: MONTH.format(Date.UTC(y, m, 1)) });
  } else {
    const step = Math.max(1, Math.ceil(span / DAY / 8));
    const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1);
    for (let t = first; t <= d.max; t += step * DAY) out.push({ t, label: DAY_FMT.format(t) });
  }
  return out;
}

/** An entry known to the day: both ends within one calendar day, nothing uncertain or open. */
export function isPoint(min: number, max: number, flags: { uncertain: boolean; approximate: boolean; open: boolean }): boolean {
  return Number.isFinite(min) && Number.isFinite(max) && max - min < DAY && !flags.uncertain && !flags.approximate && !flags.open;
}
