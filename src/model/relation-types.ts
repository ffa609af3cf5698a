// The relation types: for each, the node types allowed at each end and a one-line description.
// The validator, the CLI help, the exports and the explorer's legend all derive from this table.
import { NODE_TYPE_NAMES, type NodeType } from './node-types.js';

const AGENTS = ['person', 'organization', 'country'] as const satisfies readonly NodeType[];
const PLACES = ['country', 'city', 'region', 'place'] as const satisfies readonly NodeType[];
/** Any node type (the entity types, event, claim, article, and any type the model adds). */
const ANY = NODE_TYPE_NAMES;

interface RelationSpec {
  readonly source: readonly NodeType[];
  readonly target: readonly NodeType[];
  readonly description: string;
}

export const RELATION_TYPES = {
  holds_office: {
    source: ['person'],
    target: ['organization', 'country'],
    description: 'A person holds an office in an institution or state; the title is in `title`.',
  },
  part_of: { source: ['organization'], target: ['organization', 'country'], description: 'An organisation is part of a larger organisation or of a state.' },
  located_in: { source: ['city', 'region', 'place'], target: [...PLACES], description: 'A place lies in a larger place.' },
  controlled_by: {
    source: ['place', 'region'],
    target: [...AGENTS],
    description: 'A place is held, built or claimed by a state or body (as the text describes it).',
  },
  stands_for: {
    source: ['city', 'organization'],
    target: ['country', 'organization'],
    description: 'Metonymy: the text uses a capital or a building for a government or institution.',
  },
  participant: { source: ['event'], target: [...AGENTS], description: 'An agent takes part in an event; its part is in `role`.' },
  location: { source: ['event'], target: [...PLACES], description: 'Where an event takes place.' },
  destination: { source: ['event'], target: [...PLACES], description: 'A place visited on a tour or trip.' },
  instrument: { source: ['event'], target: ['equipment'], description: 'Equipment used, or to be used, in an event.' },
  target: { source: ['event'], target: [...PLACES, 'organization', 'equipment'], description: 'What an attack or action is aimed at.' },
  about: { source: ['event', 'claim', 'document'], target: [...ANY], description: 'What an event or a claim concerns.' },
  amid: { source: ['event'], target: ['event'], description: 'An event takes place during, or against the background of, another.' },
  conditional_on: { source: ['event', 'claim'], target: ['event'], description: 'Would happen (or holds) only if the target event happens.' },
  plans: { source: ['event'], target: ['event'], description: 'A plan, or a review of a plan, is for the target action.' },
  outcome_of: { source: ['event'], target: ['event'], description: 'An event is a possible or actual outcome of another (a loss in an election).' },
  asserts: { source: ['claim'], target: ['event', 'claim'], description: 'A claim says that the target event happened, happens or is the case.' },
  denies: {
    source: ['claim'],
    target: ['event', 'claim', 'document'],
    description: 'A claim says that the target is not the case or rejects it (a report: what it says).',
  },
  announces: { source: ['claim'], target: ['event'], description: 'A claim announces a planned or future event.' },
  urges: { source: ['claim'], target: [...AGENTS], description: 'A claim urges or calls on an addressee to act.' },
  made_during: { source: ['claim'], target: ['event'], description: 'A claim was made during, or as part of, an event (a meeting, a statement).' },
  rules_out: {
    source: ['claim'],
    target: ['event'],
    description: 'A reassurance or promise rules out doing the target ("has no intention of creating a crisis"); not a denial of a fact.',
  },
  declined_by: {
    source: ['claim'],
    target: [...AGENTS],
    description: "For a decline-to-comment claim: the agent that did not say (the claim's speaker is whoever tells of the silence).",
  },
  precedes: {
    source: ['event', 'claim', 'document'],
    target: ['event', 'claim', 'document'],
    description: 'Temporal order the text implies between elements it does not date: the source comes before the target (the report before its denial).',
  },
  purpose: {
    source: ['event', 'claim'],
    target: ['event'],
    description: 'The source is done, or to be done, for the purpose of the target ("channels to prevent crisis").',
  },
  attributed_to: {
    source: ['claim'],
    target: [...AGENTS, 'event', 'document', 'article'],
    description:
      "A link of a claim's attribution chain (derived from `attribution`): an agent of one level (speaker, source, channel or publisher), with the level's position.",
  },
  published_by: { source: ['article', 'document'], target: [...AGENTS], description: 'The publisher of an article, or the publisher or author of a document.' },
  dateline: { source: ['article'], target: ['city'], description: "The place in an article's dateline." },
  cites: {
    source: ['article', 'document'],
    target: [...AGENTS, 'document'],
    description: 'An article or document names a source it relies on: a document (a report, a statement) or an agent.',
  },
  credits: { source: ['article', 'document'], target: [...AGENTS], description: 'Material (a photo) is credited to an agency or author.' },
  contains: { source: ['article'], target: ['document'], description: 'An article carries a document within it (a photo).' },
  reports: { source: ['document'], target: ['event', 'claim'], description: 'What a document reports: an event it tells of, or a claim it carries.' },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** Relation types a curator may write; the others are derived by the loader. */
export const DERIVED_RELATION_TYPES: readonly RelationType[] = ['attributed_to'];

export function relationAllows(type: RelationType, end: 'source' | 'target', nodeType: NodeType): boolean {
  return (RELATION_TYPES[type][end] as readonly NodeType[]).includes(nodeType);
}
