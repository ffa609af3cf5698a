// Validates one array item with its zod schema and turns zod's issues into problems with a
// JSON path, so one bad node does not hide the problems of the others.
import type { z } from 'zod';
import { jsonPath, type Problem, type ProblemCode } from './problem.js';

export function zodProblems(file: string, base: readonly PropertyKey[], error: z.ZodError, code: ProblemCode = 'schema-violation'): Problem[] {
  return error.issues.map((issue) => ({
    file,
    where: jsonPath([...base, ...issue.path]),
    code,
    message: issue.message,
  }));
}

export function checkItem<T extends z.ZodType>(schema: T, value: unknown, file: string, base: readonly PropertyKey[], problems: Problem[]): z.infer<T> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  problems.push(...zodProblems(file, base, r.error));
  return undefined;
}
