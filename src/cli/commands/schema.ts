import { jsonSchemas } from '../../model/json-schema.js';
import { writeFileAtomic } from '../write-output.js';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandRun } from '../command.js';

export const run: CommandRun = ({ options }) => {
  const out = options.out as string;
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) writeFileAtomic(join(out, name), text);
  process.stdout.write(`wrote ${Object.keys(jsonSchemas()).length} JSON Schemas to ${out}\n`);
  return 0;
};
