// The command registry: main.ts wires each entry into commander; help derives from it.
import { InvalidArgumentError, Option } from 'commander';
import type { CommandSpec } from '../command.js';
import { FORMAT_NAMES, FORMATS } from '../../export/registry.js';
import { parseCrossings, PATH_CROSSINGS } from '../../queries/path-crossings.js';
import { QueryError } from '../../queries/errors.js';
import { factualityOption, relationOption, typeOption, wholeNumber, withJson } from '../query-options.js';

/** --via: a comma-separated list of path crossings, refused (exit 2) before any data is read. */
function crossings(value: string) {
  try {
    return parseCrossings(value);
  } catch (e) {
    throw e instanceof QueryError ? new InvalidArgumentError(e.message.replace(/^--via: /, '')) : e;
  }
}

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
  model: {
    description: 'The model: node types, relation types (allowed ends, description) and factuality values.',
    configure: (c) => c.option('--json', 'print JSON'),
    load: async () => (await import('./model.js')).run,
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
  sparql: {
    description: 'Run a SPARQL 1.1 query (text or @FILE, e.g. @queries/who-met-whom.rq) over the graph\'s RDF (docs/rdf.md).',
    data: true,
    configure: (c) =>
      c
        .argument('<query>', 'the query text, or @FILE to read it from a file')
        .addOption(new Option('--format <format>', 'SELECT results as a table, SPARQL JSON, CSV or TSV; ASK prints true/false; CONSTRUCT prints Turtle (JSON-LD with json)').choices(['table', 'json', 'csv', 'tsv']).default('table')),
    load: async () => (await import('./sparql.js')).run,
  },
  search: {
    description: 'Find nodes by label, alias, quote or claim content (case, accent and width folded; CJK works).',
    data: true,
    configure: (c) => withJson(c.argument('<text...>', 'what to look for').addOption(typeOption('only nodes of this type'))),
    load: async () => (await import('./search.js')).run,
  },
  show: {
    description: 'One node: its attributes and every relation, with factuality, attribution and quotes.',
    data: true,
    configure: (c) => withJson(c.argument('<name>', 'an id, label, alias or mention')),
    load: async () => (await import('./show.js')).run,
  },
  neighbors: {
    description: 'Nodes within N steps of a node (edges either way), with the edges that reach them.',
    data: true,
    configure: (c) => withJson(c.argument('<name>', 'an id, label, alias or mention')
      .option('--depth <n>', 'how many steps (1-10)', wholeNumber(1, 10), 1)
      .addOption(typeOption('only report nodes of this type'))
      .addOption(relationOption('only walk edges of this relation type'))
      .addOption(factualityOption('only walk edges with this factuality'))),
    load: async () => (await import('./neighbors.js')).run,
  },
  path: {
    description: 'Shortest path(s) between two nodes, edges taken either way, each step with its direction and quote.',
    data: true,
    configure: (c) => withJson(c.argument('<from>', 'an id, label, alias or mention').argument('<to>', 'an id, label, alias or mention')
      .option('--all', 'every shortest path, not only the first')
      .option('--max <n>', 'at most this many paths (default 100 with --all)', wholeNumber(1))
      .option('--via <kinds>', `also cross these (comma-separated: ${PATH_CROSSINGS.join(', ')}); by default a path crosses entities and events only`, crossings)),
    load: async () => (await import('./path.js')).run,
  },
  claims: {
    description: 'Claims: speaker, cue, content, quote, attribution chain, factuality and what they assert, deny, announce or urge.',
    data: true,
    configure: (c) => withJson(c.option('--speaker <name>', 'said by this node').option('--about <name>', 'with a relation to this node')
      .addOption(factualityOption('with this factuality')).option('--via <name>', 'reached the article through this node')),
    load: async () => (await import('./claims.js')).run,
  },
  timeline: {
    description: 'Dated events in time order (EDTF), with status (past, ongoing, planned, hypothetical, denied, unknown, reported).',
    data: true,
    configure: (c) => withJson(c.option('--from <date>', 'overlapping or after this EDTF date').option('--to <date>', 'overlapping or before this EDTF date')),
    load: async () => (await import('./timeline.js')).run,
  },
  mentions: {
    description: 'Every quote of a node in the text, with offsets (code points) and its sentence.',
    data: true,
    configure: (c) => withJson(c.argument('<name>', 'an id, label, alias or mention')),
    load: async () => (await import('./mentions.js')).run,
  },
  serve: {
    description: 'Serve the explorer (graph and article side by side) on http://127.0.0.1:PORT/.',
    data: true,
    configure: (c) => c.option('--port <n>', 'the port (0 picks a free one)', '5178').option('--host <host>', 'the address to bind', '127.0.0.1'),
    load: async () => (await import('./serve.js')).run,
  },
  'build-web': {
    description: 'Write the explorer as a static site (app + graph data with stored layout) into a folder.',
    data: true,
    configure: (c) => c.option('--out <dir>', 'the folder to write (created or replaced; must be empty or an earlier site)'),
    load: async () => (await import('./build-web.js')).run,
  },
} satisfies Record<string, CommandSpec>;
