// Validates a value with its zod schema and turns zod's issues into problems with a JSON path,
// so one bad node does not hide the problems of the others. Unknown keys and URLs that are not
// http(s) get their own codes; values are quoted at most QUOTE_MAX characters long.
import type { z } from 'zod';
import { HTTP_URL } from '../model/index.js';
import { knownKeys, nearestKey } from './known-keys.js';
import { jsonPath, quote, type Problem } from './problem.js';

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? Object.getOwnPropertyDescriptor(v, k)?.value : undefined), value);

export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = nearestKey(key, known);
  if (near) return `unknown key ${quote(key)}; did you mean ${JSON.stringify(near)}?`;
  return `unknown key ${quote(key)}${known.length ? ` (known keys: ${known.join(', ')})` : ''}`;
}

/** The problems of a failed parse of `value` (found at `base` in `file`) by `schema`. */
export function zodProblems(file: string, base: readonly PropertyKey[], schema: z.ZodType, value: unknown, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const at = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, value, issue.path);
      return issue.keys.map((key) => ({ file, where: jsonPath([...at, key]), code: 'unknown-key', message: unknownKeyMessage(key, known) }));
    }
    if (issue.code === 'invalid_format' && (issue.format === 'url' || (issue.format === 'regex' && issue.pattern === String(HTTP_URL)))) {
      const v = valueAt(value, issue.path);
      return [
        {
          file,
          where: jsonPath(at),
          code: 'invalid-url',
          message: `${typeof v === 'string' ? quote(v) : 'this'} is not an http or https URL (only http and https, and only the characters RFC 3986 allows: percent-encode others)`,
        },
      ];
    }
    return [{ file, where: jsonPath(at), code: 'schema-violation', message: issue.message }];
  });
}

export function checkItem<T extends z.ZodType>(
  schema: T,
  value: unknown,
  file: string,
  base: readonly PropertyKey[],
  problems: Problem[],
): z.infer<T> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  problems.push(...zodProblems(file, base, schema, value, r.error));
  return undefined;
}
