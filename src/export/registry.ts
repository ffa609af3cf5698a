// The export formats: the CLI's choices, its help and the tests iterate over this one table.
import type { FormatSpec } from './exporter.js';

export const FORMATS = {
  graphology: {
    description: "graphology serialized JSON (the project's own contract: nodes, edges, stories with text)",
    output: 'file',
    extension: 'json',
    load: async () => (await import('./graphology-json.js')).exporter,
  },
  turtle: {
    description: 'RDF Turtle: schema.org, PROV-O, Web Annotation and sg: terms (docs/rdf.md)',
    output: 'file',
    extension: 'ttl',
    load: async () => (await import('./turtle.js')).exporter,
  },
  ntriples: {
    description: 'RDF N-Triples: the same triples as turtle, one a line, sorted',
    output: 'file',
    extension: 'nt',
    load: async () => (await import('./ntriples.js')).exporter,
  },
  jsonld: {
    description: 'RDF as JSON-LD: the same triples as turtle, a flat @graph with a prefix @context',
    output: 'file',
    extension: 'jsonld',
    bytesPerElement: 1400,
    load: async () => (await import('./jsonld.js')).exporter,
  },
  graphml: {
    description: 'GraphML for Gephi, yEd, networkx, igraph: typed keys, nested values as JSON text',
    output: 'file',
    extension: 'graphml',
    bytesPerElement: 330,
    load: async () => (await import('./graphml.js')).exporter,
  },
  gexf: {
    description: 'GEXF 1.2 for Gephi: typed attributes, nested values as JSON text',
    output: 'file',
    extension: 'gexf',
    bytesPerElement: 420,
    load: async () => (await import('./gexf.js')).exporter,
  },
  cytoscape: {
    description: 'Cytoscape JSON (.cyjs) for Cytoscape desktop and cytoscape.js',
    output: 'file',
    extension: 'cyjs',
    bytesPerElement: 330,
    load: async () => (await import('./cytoscape.js')).exporter,
  },
  csv: {
    description: 'neo4j-admin import CSV: nodes.csv, relationships.csv, import.sh (needs --out DIR)',
    output: 'dir',
    extension: '',
    bytesPerElement: 160,
    load: async () => (await import('./csv.js')).exporter,
  },
  cypher: {
    description: 'Cypher script that loads the graph into Neo4j 5 (constraint, UNWIND/MERGE batches)',
    output: 'file',
    extension: 'cypher',
    bytesPerElement: 210,
    load: async () => (await import('./cypher.js')).exporter,
  },
  annotations: {
    description: 'W3C Web Annotations (JSON-LD): one annotation per evidence quote',
    output: 'file',
    extension: 'jsonld',
    bytesPerElement: 780,
    load: async () => (await import('./web-annotations.js')).exporter,
  },
  brat: {
    description: 'brat standoff: <story>.txt, <story>.ann, annotation.conf, visual.conf (needs --out DIR)',
    output: 'dir',
    extension: '',
    bytesPerElement: 110,
    load: async () => (await import('./brat.js')).exporter,
  },
} satisfies Record<string, FormatSpec>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
