// storygraph schema [--out DIR]: writes the JSON Schemas generated from the model.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../../model/json-schema.js';
import { writeFileAtomic } from '../write-output.js';
import type { CommandRun } from '../command.js';

export interface SchemaOptions {
  out: string;
}

export const run: CommandRun<SchemaOptions> = ({ options }) => {
  const schemas = jsonSchemas();
  mkdirSync(options.out, { recursive: true });
  for (const [name, text] of Object.entries(schemas)) writeFileAtomic(join(options.out, name), text);
  return { text: () => `wrote ${Object.keys(schemas).length} JSON Schemas to ${options.out}\n` };
};
