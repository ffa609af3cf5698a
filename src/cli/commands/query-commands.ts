// The research query commands of the registry (search, show, neighbors, path, claims, timeline,
// mentions, and the corpus's stories, sources and compare): each declares its options and reads
// them into its own typed object; index.ts lists them among the other commands.
import { InvalidArgumentError, Option } from 'commander';
import { defineCommand, noOptions as none, type RegisteredCommand } from '../command.js';
import { FACTUALITY_VALUES } from '../../model/factuality.js';
import { SPEECH_ACT_VALUES } from '../../model/speech-acts.js';
import { NODE_TYPE_NAMES } from '../../model/node-types.js';
import { RELATION_TYPE_NAMES } from '../../model/relation-types.js';
import { QueryError } from '../../queries/errors.js';
import { parseCrossings, PATH_CROSSINGS } from '../../queries/path-crossings.js';
import { factualityOption, limitOption, relationOption, typeOption, wholeNumber } from '../query-options.js';

/** --via: a comma-separated list of path crossings, refused (exit 2) before any data is read. */
function crossings(value: string): string {
  try {
    return parseCrossings(value).join(',');
  } catch (e) {
    throw e instanceof QueryError ? new InvalidArgumentError(e.message.replace(/^--via: /, '')) : e;
  }
}

export const QUERY_COMMANDS = {
  search: defineCommand({
    description: 'Find nodes by label, alias, quote or claim content (case, accent and width folded; CJK works).',
    data: true,
    json: true,
    configure: (c) => c.argument('<text...>', 'what to look for').addOption(typeOption('only nodes of this type')).addOption(limitOption()),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly'), story: o.string('story'), type: o.choice('type', NODE_TYPE_NAMES), limit: o.number('limit') }),
    curated: true,
    story: true,
    load: async () => (await import('./search.js')).run,
  }),
  show: defineCommand({
    description: 'One node: its attributes and every relation, with factuality, attribution and quotes.',
    data: true,
    json: true,
    configure: (c) => c.argument('<name>', 'an id, label, alias or mention'),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly'), story: o.string('story') }),
    curated: true,
    story: true,
    load: async () => (await import('./show.js')).run,
  }),
  neighbors: defineCommand({
    description: 'Nodes within N steps of a node (edges either way), with the edges that reach them.',
    data: true,
    json: true,
    configure: (c) =>
      c
        .argument('<name>', 'an id, label, alias or mention')
        .option('--depth <n>', 'how many steps (1-10)', wholeNumber(1, 10), 1)
        .addOption(typeOption('only report nodes of this type'))
        .addOption(relationOption('only walk edges of this relation type'))
        .addOption(factualityOption('only walk edges with this factuality')),
    options: (o) => ({
      curatedOnly: o.flag('curatedOnly'),
      story: o.string('story'),
      depth: o.number('depth') ?? 1,
      type: o.choice('type', NODE_TYPE_NAMES),
      relation: o.choice('relation', RELATION_TYPE_NAMES),
      factuality: o.choice('factuality', FACTUALITY_VALUES),
    }),
    curated: true,
    story: true,
    load: async () => (await import('./neighbors.js')).run,
  }),
  path: defineCommand({
    description: 'Shortest path(s) between two nodes, edges taken either way, each step with its direction and quote.',
    data: true,
    json: true,
    configure: (c) =>
      c
        .argument('<from>', 'an id, label, alias or mention')
        .argument('<to>', 'an id, label, alias or mention')
        .option('--all', 'every shortest path, not only the first')
        .option('--max <n>', 'at most this many paths (default 100 with --all)', wholeNumber(1))
        .option(
          '--via <kinds>',
          `also cross these (comma-separated: ${PATH_CROSSINGS.join(', ')}); by default a path crosses entities and events only`,
          crossings,
        ),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly'), story: o.string('story'), all: o.flag('all'), max: o.number('max'), via: o.string('via') }),
    curated: true,
    story: true,
    load: async () => (await import('./path.js')).run,
  }),
  claims: defineCommand({
    description:
      'Claims: speech act, speaker(s), cue, content, quote, attribution chain (joint speakers at one level), factuality and what they assert, deny, announce or urge.',
    data: true,
    json: true,
    configure: (c) =>
      c
        .option('--speaker <name>', 'said by this node')
        .option('--about <name>', 'with a relation to this node')
        .addOption(factualityOption('with this factuality'))
        .option('--via <name>', 'reached the article through this node (or a document it published)')
        .addOption(new Option('--act <act>', 'with this speech act (storygraph model lists them)').choices(SPEECH_ACT_VALUES))
        .addOption(limitOption()),
    options: (o) => ({
      curatedOnly: o.flag('curatedOnly'),
      story: o.string('story'),
      speaker: o.string('speaker'),
      about: o.string('about'),
      via: o.string('via'),
      factuality: o.choice('factuality', FACTUALITY_VALUES),
      act: o.choice('act', SPEECH_ACT_VALUES),
      limit: o.number('limit'),
    }),
    curated: true,
    story: true,
    load: async () => (await import('./claims.js')).run,
  }),
  timeline: defineCommand({
    description: 'Dated events in time order (EDTF), with status (past, ongoing, planned, hypothetical, denied, unknown, reported).',
    data: true,
    json: true,
    configure: (c) => c.option('--from <date>', 'overlapping or after this EDTF date').option('--to <date>', 'overlapping or before this EDTF date'),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly'), story: o.string('story'), from: o.string('from'), to: o.string('to') }),
    curated: true,
    story: true,
    load: async () => (await import('./timeline.js')).run,
  }),
  mentions: defineCommand({
    description: 'Every quote of a node in the text, with offsets (code points) and its sentence.',
    data: true,
    json: true,
    configure: (c) => c.argument('<name>', 'an id, label, alias or mention'),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly'), story: o.string('story') }),
    curated: true,
    story: true,
    load: async () => (await import('./mentions.js')).run,
  }),
  stories: defineCommand({
    description: 'The corpus: each story with its title, publisher, date, counts, shared nodes, drafts awaiting review and coverage.',
    data: true,
    json: true,
    options: none,
    load: async () => (await import('./stories.js')).run,
  }),
  sources: defineCommand({
    description: 'Every story that mentions an entity or event: how it refers to it and what it says about it (relations, claims, factuality, attribution).',
    data: true,
    json: true,
    configure: (c) => c.argument('<name>', 'an id, label, alias or mention'),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly') }),
    curated: true,
    load: async () => (await import('./sources.js')).run,
  }),
  compare: defineCommand({
    description:
      'Two stories side by side: shared entities and events, what one asserts and the other reports, denies, hedges or leaves out, who each quotes, dates that differ.',
    data: true,
    json: true,
    configure: (c) => c.argument('<storyA>', 'a story id (or a part of it that one story alone has)').argument('<storyB>', 'another story'),
    options: (o) => ({ curatedOnly: o.flag('curatedOnly') }),
    curated: true,
    load: async () => (await import('./compare.js')).run,
  }),
} satisfies Record<string, RegisteredCommand>;
