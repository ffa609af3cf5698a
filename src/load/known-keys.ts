// The keys a place of a data file may hold, read from the zod model along the path of a value,
// so an unknown key is reported with the nearest key that place knows ("leftout" → "leftOut"),
// not with a guess among every key of the model.
import { z } from 'zod';
import { editDistance } from '../text/edit-distance.js';

/** Unwraps optional, default, nullable and similar wrappers to the schema they hold. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = s._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType; getter?: () => z.ZodType };
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else if (def.type === 'lazy' && def.getter) s = def.getter();
    else break;
  }
  return s;
}

const field = (value: unknown, key: PropertyKey): unknown =>
  typeof value === 'object' && value !== null ? Object.getOwnPropertyDescriptor(value, key)?.value : undefined;

/** The object schemas that may describe `value` (the options of a union whose discriminator matches it, else all). */
function objectsFor(schema: z.ZodType, value: unknown): z.ZodObject[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) return [s];
  if (s instanceof z.ZodUnion) {
    const options = (s.options as z.ZodType[]).flatMap((o) => objectsFor(o, value));
    const discriminator = (s._zod.def as { discriminator?: string }).discriminator;
    if (discriminator) {
      const tag = field(value, discriminator);
      const matching = options.filter((o) => o.shape[discriminator]?.safeParse(tag).success);
      if (matching.length) return matching;
    }
    return options;
  }
  return [];
}

/** The schema of the value at `path` under `schema` (undefined where the model does not describe it). */
function schemaAt(schema: z.ZodType, value: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  let v = value;
  for (const key of path) {
    if (!s) return undefined;
    const u = unwrap(s);
    if (u instanceof z.ZodArray && typeof key === 'number') s = u.element as z.ZodType;
    else if (typeof key === 'string') {
      const shapes = objectsFor(u, v)
        .filter((o) => Object.hasOwn(o.shape, key))
        .map((o) => o.shape[key] as z.ZodType);
      s = shapes[0];
    } else return undefined;
    v = field(v, key);
  }
  return s;
}

/** The keys the object at `path` may have, sorted as the model declares them. */
export function knownKeys(schema: z.ZodType, value: unknown, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, value, path);
  const target = path.reduce<unknown>((v, k) => field(v, k), value);
  const keys = at ? objectsFor(at, target).flatMap((o) => Object.keys(o.shape)) : [];
  return [...new Set(keys)];
}

/** The known key nearest to `key` (case aside), if it is close enough to be a typo. */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 100) return undefined; // no typo is that long; and the distance costs length²
  const k = key.toLowerCase();
  let best: { key: string; d: number } | undefined;
  for (const candidate of known) {
    const d = editDistance(k, candidate.toLowerCase());
    if (!best || d < best.d) best = { key: candidate, d };
  }
  // Two edits (a swap of two letters is two) or a third of the word, and never the whole word.
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) && best.d < key.length ? best.key : undefined;
}
