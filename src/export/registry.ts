// The export formats: the CLI's choices, its help and the tests iterate over this one table.
import type { FormatSpec } from './exporter.js';

export const FORMATS = {
  graphology: {
    description: 'graphology serialized JSON (the project\'s own contract: nodes, edges, stories with text)',
    output: 'file', extension: 'json', load: async () => (await import('./graphology-json.js')).exporter,
  },
  turtle: {
    description: 'RDF Turtle: schema.org, PROV-O, Web Annotation and sg: terms (docs/rdf.md)',
    output: 'file', extension: 'ttl', load: async () => (await import('./turtle.js')).exporter,
  },
  ntriples: {
    description: 'RDF N-Triples: the same triples as turtle, one a line, sorted',
    output: 'file', extension: 'nt', load: async () => (await import('./ntriples.js')).exporter,
  },
  jsonld: {
    description: 'RDF as JSON-LD: the same triples as turtle, a flat @graph with a prefix @context',
    output: 'file', extension: 'jsonld', load: async () => (await import('./jsonld.js')).exporter,
  },
} satisfies Record<string, FormatSpec>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
