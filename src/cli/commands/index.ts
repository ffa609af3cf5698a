// The command registry: main.ts wires each entry into commander; help derives from it.
import { Option } from 'commander';
import type { CommandSpec } from '../command.js';
import { FORMAT_NAMES, FORMATS } from '../../export/registry.js';

export const COMMANDS = {
  validate: {
    description: 'Check every story under the data folder; print a summary or every problem.',
    data: true,
    load: async () => (await import('./validate.js')).run,
  },
  stats: {
    description: 'Counts per node type, relation type and factuality value.',
    data: true,
    configure: (c) => c.option('--json', 'print JSON'),
    load: async () => (await import('./stats.js')).run,
  },
  coverage: {
    description: 'Sentences that no annotation covers and that are not left out on purpose.',
    data: true,
    configure: (c) => c.option('--json', 'print JSON (every sentence with its status)').option('--all', 'list every sentence, not only uncovered ones'),
    load: async () => (await import('./coverage.js')).run,
  },
  export: {
    description: 'Export the graph in a standard format.',
    data: true,
    configure: (c) =>
      c
        .addOption(new Option('--format <format>', FORMAT_NAMES.map((f) => `${f}: ${FORMATS[f].description}`).join('; ')).choices(FORMAT_NAMES).default('graphology'))
        .option('--out <path>', 'write to this file (or folder, for multi-file formats) instead of stdout'),
    load: async () => (await import('./export.js')).run,
  },
  schema: {
    description: 'Write the JSON Schemas of story.json and annotations.json (generated from the model).',
    configure: (c) => c.option('--out <dir>', 'the folder to write into', 'schema'),
    load: async () => (await import('./schema.js')).run,
  },
  summary: {
    description: 'A short summary of the graph (what `npm start` prints before the explorer exists).',
    data: true,
    load: async () => (await import('./summary.js')).run,
  },
} satisfies Record<string, CommandSpec>;
