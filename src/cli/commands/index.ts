// The command registry: program.ts wires each entry into commander; help derives from it. Each
// entry declares its options and reads them into its own typed object.
import { Argument, InvalidArgumentError, Option } from 'commander';
import { defineCommand, noOptions as none, type RegisteredCommand } from '../command.js';
import { QUERY_COMMANDS } from './query-commands.js';
import { FORMAT_NAMES, FORMATS } from '../../export/registry.js';
import { wholeNumber } from '../query-options.js';

/** A commander parser for a duration in seconds (more than 0, at most a day). */
const seconds = (value: string): number => {
  const n = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(n > 0 && n <= 86_400)) throw new InvalidArgumentError('expected a number of seconds above 0 (at most 86400).');
  return n;
};

export const COMMANDS = {
  validate: defineCommand({
    description: 'Check every story under the data folder; print a summary or every problem.',
    data: true,
    options: none,
    load: async () => (await import('./validate.js')).run,
  }),
  stats: defineCommand({
    description: 'Counts per node type, relation type and factuality value.',
    data: true,
    json: true,
    story: true,
    options: (o) => ({ story: o.string('story') }),
    load: async () => (await import('./stats.js')).run,
  }),
  coverage: defineCommand({
    description: 'Sentences that no annotation covers and that are not left out on purpose.',
    data: true,
    json: true,
    configure: (c) => c.option('--all', 'list every sentence, not only uncovered ones (with --json: every sentence with its status)'),
    story: true,
    options: (o) => ({ all: o.flag('all'), story: o.string('story') }),
    load: async () => (await import('./coverage.js')).run,
  }),
  export: defineCommand({
    description: 'Export the graph in a standard format.',
    data: true,
    configure: (c) =>
      c
        .addOption(
          new Option('--format <format>', FORMAT_NAMES.map((f) => `${f}: ${FORMATS[f].description}`).join('; ')).choices(FORMAT_NAMES).default('graphology'),
        )
        .option('--out <path>', 'write to this file (or folder, for multi-file formats) instead of stdout (- is stdout)')
        .option('--force', 'replace an --out folder even if it holds files this export does not write'),
    options: (o) => ({ format: o.choice('format', FORMAT_NAMES) ?? 'graphology', out: o.string('out'), force: o.flag('force') }),
    load: async () => (await import('./export.js')).run,
  }),
  model: defineCommand({
    description: 'The model: node types, relation types (allowed ends, description) and factuality values.',
    json: true,
    options: none,
    load: async () => (await import('./model.js')).run,
  }),
  schema: defineCommand({
    description: 'Write the JSON Schemas of story.json and annotations.json (generated from the model).',
    configure: (c) => c.option('--out <dir>', 'the folder to write into', 'schema'),
    options: (o) => ({ out: o.string('out') ?? 'schema' }),
    load: async () => (await import('./schema.js')).run,
  }),
  summary: defineCommand({
    description: 'A short summary of the graph (what `npm start` prints before the explorer exists).',
    data: true,
    options: none,
    load: async () => (await import('./summary.js')).run,
  }),
  sparql: defineCommand({
    description: "Run a SPARQL 1.1 query (text or @FILE, e.g. @queries/who-met-whom.rq) over the graph's RDF (docs/rdf.md).",
    data: true,
    configure: (c) =>
      c
        .argument('<query>', 'the query text, or @FILE to read it from a file')
        .addOption(
          new Option(
            '--format <format>',
            'SELECT results as a table, SPARQL JSON, CSV or TSV; ASK prints true/false; CONSTRUCT prints Turtle (JSON-LD with json)',
          )
            .choices(['table', 'json', 'csv', 'tsv'])
            .default('table'),
        )
        .option('--timeout <seconds>', 'stop the query after this many seconds', seconds, 30)
        .option('--max-rows <n>', 'print at most this many rows (or triples); more is an error that says so', wholeNumber(1), 10_000)
        .option('--endpoint <url>', 'query this SPARQL 1.1 server (loaded by `storygraph push`) instead of the embedded engine')
        .option('--graph-base <iri>', 'with --endpoint: the named graphs `push` wrote (default: the RDF base + "graph/")'),
    options: (o) => ({
      format: o.choice('format', ['table', 'json', 'csv', 'tsv'] as const) ?? 'table',
      timeout: o.number('timeout') ?? 30,
      maxRows: o.number('maxRows') ?? 10_000,
      endpoint: o.string('endpoint'),
      graphBase: o.string('graphBase'),
    }),
    load: async () => (await import('./sparql.js')).run,
  }),
  push: defineCommand({
    description:
      'Load the graph into a SPARQL 1.1 server (Graph Store Protocol), one named graph per story, replacing only stories that changed (docs/rdf.md).',
    data: true,
    json: true,
    configure: (c) =>
      c
        .requiredOption('--endpoint <url>', "the server's SPARQL query endpoint, e.g. http://127.0.0.1:8890/sparql")
        .option('--graph-store <url>', "its Graph Store Protocol endpoint (default: Virtuoso's, <endpoint>-graph-crud, for an endpoint ending in /sparql)")
        .option('--graph-base <iri>', 'the prefix of the named graphs (default: the RDF base + "graph/")')
        .option('--timeout <seconds>', 'give up on a request after this many seconds', seconds, 300),
    options: (o) => ({
      endpoint: o.string('endpoint') ?? '',
      graphStore: o.string('graphStore'),
      graphBase: o.string('graphBase'),
      timeout: o.number('timeout') ?? 300,
    }),
    load: async () => (await import('./push.js')).run,
  }),
  ...QUERY_COMMANDS,
  serve: defineCommand({
    description: 'Serve the explorer (graph and article side by side) on http://127.0.0.1:PORT/.',
    data: true,
    configure: (c) =>
      c
        .option('--port <n>', 'the port (0 picks a free one)', '5178')
        .option('--host <host>', 'the address to bind', '127.0.0.1')
        .option('--edit', 'curate in the browser: the page may save changes to annotations.json (loopback only)')
        .option('--endpoint <url>', "the query view asks this SPARQL 1.1 server (loaded by `storygraph push`) instead of the browser's own engine")
        .option('--graph-base <iri>', 'with --endpoint: the named graphs `push` wrote (default: the RDF base + "graph/")'),
    options: (o) => ({
      port: o.string('port') ?? '5178',
      host: o.string('host') ?? '127.0.0.1',
      edit: o.flag('edit'),
      endpoint: o.string('endpoint'),
      graphBase: o.string('graphBase'),
    }),
    load: async () => (await import('./serve.js')).run,
  }),
  'build-web': defineCommand({
    description: 'Write the explorer as a static site (app + graph data with stored layout) into a folder.',
    data: true,
    configure: (c) =>
      c
        .option('--out <dir>', 'the folder to write (created or replaced; must be empty or an earlier site)')
        .option('--force', 'replace an --out folder even if it holds other files'),
    options: (o) => ({ out: o.string('out'), force: o.flag('force') }),
    load: async () => (await import('./build-web.js')).run,
  }),
  // Bring your own story (issue 11): the drafting code lives in src/draft.
  add: defineCommand({
    description: 'Add an article as a new story (data/stories/ID/) with drafted annotations, marked for review.',
    data: true,
    json: true,
    configure: (c) =>
      c
        .argument('<article...>', 'the article file(s), plain UTF-8 text')
        .option('--id <id>', 'the story id (a slug: a-z, 0-9, hyphens)')
        .option('--id-from-filename', 'each story id from its file name (for several files)')
        .option('--title <title>', 'the title (default: the first line)')
        .option('--publisher <name>', 'the publisher (default: from a "CITY (Publisher) —" dateline)')
        .option('--published <edtf>', 'the publication date, EDTF (default: today, marked inferred)')
        .option('--url <url>', 'where the article was published')
        .option('--language <tag>', 'BCP 47 language tag', 'en')
        .option('--replace', 'replace a story with the same id'),
    options: (o) => ({
      id: o.string('id'),
      idFromFilename: o.flag('idFromFilename'),
      title: o.string('title'),
      publisher: o.string('publisher'),
      published: o.string('published'),
      url: o.string('url'),
      language: o.string('language'),
      replace: o.flag('replace'),
    }),
    load: async () => (await import('./add.js')).run,
  }),
  draft: defineCommand({
    description: "Draft a story's annotations again: curated, reviewed and rejected elements are kept as they are.",
    data: true,
    json: true,
    configure: (c) => c.argument('<id>', 'the story id').option('--replace', 'drop the earlier unreviewed drafts first'),
    options: (o) => ({ replace: o.flag('replace') }),
    load: async () => (await import('./draft.js')).run,
  }),
  cache: defineCommand({
    description: 'The data cache: `info` (where, how full against STORYGRAPH_CACHE_MAX) or `clear` (remove every entry).',
    json: true,
    configure: (c) => c.addArgument(new Argument('<action>', 'info or clear').choices(['info', 'clear'])),
    options: none,
    load: async () => (await import('./cache.js')).run,
  }),
} satisfies Record<string, RegisteredCommand>;
