// JSON Schemas for the data files, generated from the zod schemas (the one definition), so an
// editor validates and completes story.json and annotations.json through their `$schema`.
import { z } from 'zod';
import { AnnotationFile, StoryMeta } from './story-files.js';

export const SCHEMA_FILES = {
  'story.schema.json': StoryMeta,
  'annotations.schema.json': AnnotationFile,
} as const;

export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
    const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[name] = `${JSON.stringify({ ...js, $id: `https://storygraph.invalid/schema/${name}`, title: name.replace('.schema.json', '') }, null, 2)}\n`;
  }
  return out;
}
