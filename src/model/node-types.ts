// The node types of the model: one record each, with the id prefix it uses and a one-line
// description that help texts, exports and the explorer's legend derive from.

export const NODE_TYPES = {
  person: { prefix: 'person', description: 'A named individual.' },
  organization: { prefix: 'org', description: 'A government body, armed force, company or news organisation.' },
  country: { prefix: 'country', description: 'A sovereign state, also when a text uses it for its government.' },
  city: { prefix: 'city', description: 'A city; capitals often stand for governments (metonymy).' },
  region: { prefix: 'region', description: 'A sea, ocean or geopolitical region.' },
  place: { prefix: 'place', description: 'A place or geographic feature (islands, reefs, bases).' },
  equipment: { prefix: 'equipment', description: 'Military or technical equipment (a weapon system, an aircraft type).' },
  event: { prefix: 'event', description: 'Something that happens, happened, is planned or would happen: meetings, tours, elections, plans, reports, attacks.' },
  claim: { prefix: 'claim', description: 'Something said: speaker, cue, content, verbatim quote and attribution chain.' },
  document: {
    prefix: 'doc',
    description:
      'A document other than the article that the text names as a source or carries: a report, statement, wire story or photo, with its publisher or author (published_by, credits) and what it reports.',
  },
  article: { prefix: 'article', description: 'A news story of the corpus: the document itself.' },
} as const;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as [NodeType, ...NodeType[]];
export const ENTITY_TYPES = ['person', 'organization', 'country', 'city', 'region', 'place', 'equipment'] as const satisfies readonly NodeType[];
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The type an id belongs to, from its prefix (`person/mark-esper` → person), or undefined. */
export function typeOfId(id: string): NodeType | undefined {
  const prefix = id.split('/')[0];
  return NODE_TYPE_NAMES.find((t) => NODE_TYPES[t].prefix === prefix);
}
