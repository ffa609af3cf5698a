// The RDF vocabularies the exports use: standard ones (schema.org, PROV-O, W3C Web Annotation,
// OWL) wherever they have the term, and storygraph's own `sg:` for what they lack. One table
// of namespaces, so that the Turtle prefixes, the JSON-LD @context and docs/rdf.md agree.
import { DataFactory, type NamedNode } from 'n3';
import { NODE_TYPES, type NodeType } from '../model/index.js';
import { NS, type Prefix } from './namespaces.js';

export { NS, type Prefix };

export type PrefixedName = `${Prefix}:${string}`;

const cache = new Map<string, NamedNode>();

/** A named node from a prefixed name: `t('schema:Person')`. */
export function t(name: PrefixedName): NamedNode {
  let node = cache.get(name);
  if (!node) {
    const i = name.indexOf(':');
    node = DataFactory.namedNode(NS[name.slice(0, i) as Prefix] + name.slice(i + 1));
    cache.set(name, node);
  }
  return node;
}

/** The classes each node type gets (schema.org first; sg: where schema.org has no term). */
export const NODE_CLASSES: Record<NodeType, readonly PrefixedName[]> = {
  person: ['schema:Person', 'prov:Agent'],
  organization: ['schema:Organization', 'prov:Agent'],
  country: ['schema:Country'],
  city: ['schema:City'],
  region: ['schema:Place', 'sg:Region'],
  place: ['schema:Place'],
  equipment: ['schema:Product', 'sg:Equipment'],
  event: ['schema:Event'],
  claim: ['schema:Claim', 'prov:Entity'],
  document: ['schema:CreativeWork', 'prov:Entity'],
  article: ['schema:NewsArticle', 'prov:Entity'],
};

/** An event kind as a class: meeting → sg:Meeting. */
export function eventClass(kind: string): PrefixedName {
  return `sg:${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/** A speech act as an sg: value: decline-to-comment → sg:DeclineToCommentAct. */
export function speechActValue(act: string): PrefixedName {
  return `sg:${act
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}Act`;
}

/** The schema.org class a document kind adds to schema:CreativeWork, where there is one. */
export const DOCUMENT_CLASSES: Record<string, PrefixedName | undefined> = {
  photo: 'schema:Photograph',
  report: 'schema:Report',
  'wire-story': undefined, // not schema:NewsArticle: that class marks the corpus's own articles
  statement: undefined,
};

/** sg: classes with their descriptions, for the vocabulary section of an export. */
export const SG_CLASSES: Record<string, string> = {
  Relation: 'A relation of the graph as a resource (also an rdf:Statement), so that it carries evidence, factuality, attribution and time.',
  Story: 'The verbatim text of a news story: the source that evidence selectors point into.',
  Time: 'When something happens: an EDTF value, the expression the text uses, and xsd:date bounds where known.',
  Condition: 'The condition under which a hypothetical event or claim would hold.',
  SourceFactuality: 'The factuality of an event or relation as one source presents it (FactBank).',
  Factuality: 'A factuality value (FactBank-style), from the point of view of the reporting source.',
  StoryView: 'What one story says of an event or claim that several stories annotate: its label, factuality, attribution and time there.',
  LeftOut: 'A sentence of a story left out of the annotations on purpose, with the reason.',
  ChainLevel: "A level of a claim's attribution chain (also a prov:Attribution): one or more agents (joint speakers) in one role, at an sg:position.",
  SpeechAct: 'What a claim does with its content: assert, report, deny, reassure, urge, announce, warn, decline to comment.',
  Voice: "The narrator's voice: whether the article asserts, reports, presupposes or evaluates an element.",
  OutsideName: 'A name or label of a node that the text does not contain, with where it comes from.',
  Region: 'A sea, ocean or geopolitical region.',
  Equipment: NODE_TYPES.equipment.description,
};

/** sg: properties with their descriptions (relation types are added from the model). */
export const SG_PROPERTIES: Record<string, string> = {
  act: 'The speech act of a claim (an sg:SpeechAct value).',
  voice: "The narrator's voice on an element (an sg:Voice value).",
  framing: "The Web Annotation of the article's own evaluative or framing words about an element.",
  documentType: 'The kind of a document: report, statement, wire-story, photo.',
  outsideName: 'A name the text does not contain (an sg:OutsideName).',
  nameSource: 'Where an outside name comes from.',
  relationType: 'The type of a reified relation; the same IRI is the property of its direct triple.',
  factuality: 'The factuality of an event, claim or relation (an sg:Factuality value).',
  factualityBySource: 'Factuality per source: an sg:SourceFactuality.',
  accordingTo: 'The source of an sg:SourceFactuality.',
  eventType: 'The kind of an event, as an sg: class (sg:Meeting, sg:Tour...).',
  format: 'How an event happens ("video conference").',
  topic: 'What an event is about, in words.',
  content: "What a claim says, in the curator's words.",
  cue: 'The Web Annotation of the attribution cue ("said", "according to").',
  quote: 'The Web Annotation of the verbatim words a claim quotes.',
  evidence: 'A Web Annotation whose target is the text that supports this resource.',
  mentionKind: 'How a mention refers: name, short, title, description, pronoun, demonym, metonym, alias.',
  evidenceRole: 'What an evidence span supports when it is not the element itself: cue, quote, time, condition.',
  position: 'The level of an attribution chain: 0 is the speaker(s), the article comes last.',
  explicit: 'false when the text implies an attribution link without stating it.',
  time: 'The sg:Time of an event, claim or relation.',
  published: 'The publication time of an article (an sg:Time).',
  edtf: 'An Extended Date/Time Format (ISO 8601-2) value.',
  timeExpression: 'The time expression as the text has it ("this week").',
  earliest: 'The first day an EDTF value covers (xsd:date).',
  latest: 'The last day an EDTF value covers (xsd:date).',
  inferred: 'true when a date is inferred, not printed.',
  condition: 'The sg:Condition of a hypothetical event or claim.',
  conditionEvent: 'The event a condition names.',
  title: 'For holds_office: the title as the text gives it.',
  role: 'For participant: the part played (party, visitor, candidate, agent).',
  story: 'The story a relation or a story view is annotated in.',
  storyView: "An sg:StoryView: one story's own annotations of a shared event or claim.",
  mentionedIn: 'A story that mentions this resource.',
  article: 'The article node of a story.',
  leftOut: 'A sentence left out of the annotations on purpose.',
  cameoCode: 'CAMEO event code (an annotation, never a claim that something happened).',
  cameoLabel: 'CAMEO event code label.',
  wikidata: 'The Wikidata item an entity is linked to (whatever the link status).',
  kbStatus: 'The status of the Wikidata link: confirmed, weak (re-check before relying on it) or unlinked.',
  kbReason: 'Why an entity has no Wikidata link.',
  draftOrigin: 'Present on drafted (not curated) elements: what drafted it (corpus, nlp, title, metonym, time, claim, event, dateline).',
  draftConfidence: 'How sure the drafter was, 0 to 1.',
  draftReview: "A reviewer's decision on a drafted element: accepted or corrected.",
};
