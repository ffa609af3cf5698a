// The export formats: the CLI's choices, its help and the tests iterate over this one table.
import type { FormatSpec } from './exporter.js';

export const FORMATS = {
  graphology: {
    description: 'graphology serialized JSON (the project\'s own contract: nodes, edges, stories with text)',
    output: 'file', extension: 'json', load: async () => (await import('./graphology-json.js')).exporter,
  },
} satisfies Record<string, FormatSpec>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
