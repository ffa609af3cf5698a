// The sg: vocabulary described in RDF (labels and comments from the model's own tables), so an
// export explains its terms: relation types, factuality values, event kinds, attribution roles.
import { ATTRIBUTION_ROLES, EVENT_KINDS, FACTUALITY, RELATION_TYPES, RELATION_TYPE_NAMES, SPEECH_ACTS, VOICES } from '../model/index.js';
import { voiceValue } from './annotation-quads.js';
import type { QuadSet } from './quad-set.js';
import { eventClass, SG_CLASSES, SG_PROPERTIES, speechActValue, t, type PrefixedName } from './vocabulary.js';

const ROLES: Record<(typeof ATTRIBUTION_ROLES)[number], string> = {
  speaker: 'Said it.',
  source: 'Relays what the speaker said.',
  channel: 'A news agency, report or statement (a document) through which it reached the article.',
  publisher: 'The article that publishes it.',
};

export function addVocabulary(out: QuadSet): void {
  const describe = (name: PrefixedName, type: PrefixedName, comment: string) => {
    const s = t(name);
    out.add(s, 'rdf:type', type);
    out.text(s, 'rdfs:label', name.slice(name.indexOf(':') + 1));
    out.text(s, 'rdfs:comment', comment);
    out.add(s, 'rdfs:isDefinedBy', 'sg:');
  };
  for (const [name, comment] of Object.entries(SG_CLASSES)) describe(`sg:${name}`, 'rdfs:Class', comment);
  for (const [name, comment] of Object.entries(SG_PROPERTIES)) describe(`sg:${name}`, 'rdf:Property', comment);
  for (const name of RELATION_TYPE_NAMES) describe(`sg:${name}`, 'rdf:Property', RELATION_TYPES[name].description);
  for (const [name, comment] of Object.entries(FACTUALITY)) describe(`sg:${name}`, 'sg:Factuality', comment);
  for (const [act, comment] of Object.entries(SPEECH_ACTS)) describe(speechActValue(act), 'sg:SpeechAct', comment);
  for (const [voice, comment] of Object.entries(VOICES)) describe(voiceValue(voice), 'sg:Voice', comment);
  for (const role of ATTRIBUTION_ROLES) describe(`sg:${role}`, 'prov:Role', ROLES[role]);
  for (const kind of EVENT_KINDS) {
    describe(eventClass(kind), 'rdfs:Class', `An event of kind "${kind}".`);
    out.add(t(eventClass(kind)), 'rdfs:subClassOf', 'schema:Event');
  }
}
