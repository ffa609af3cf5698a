// The earliest and latest instant an EDTF value allows (ISO 8601, null for an open or unknown
// end), computed once by the loader with the `edtf` package and stored beside the EDTF string,
// so that timelines and the explorer sort and filter without parsing EDTF again.
import edtf from 'edtf';

export interface TimeBounds {
  earliest: string | null;
  latest: string | null;
}

const iso = (ms: unknown) => (typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString() : null);

/** The bounds of an EDTF value, or undefined when it does not parse. */
export function edtfBounds(value: string): TimeBounds | undefined {
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
