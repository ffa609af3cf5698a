// A graph node as RDF: schema.org classes, label and aliases, its mentions as Web Annotations,
// the Wikidata link (owl:sameAs only where the link is confirmed), and per type the fields of
// events (kind, format, topic), claims (content, cue, verbatim quote) and articles.
import { DataFactory, type NamedNode } from 'n3';
import type { NodeAttributes } from '../model/graph-attributes.js';
import { addAnnotations, addEdtf } from './annotation-quads.js';
import { addEvidence, addEvidenceList } from './evidence-quads.js';
import type { IriScheme } from './iris.js';
import { lit, type QuadSet } from './quad-set.js';
import { eventClass, NODE_CLASSES, t } from './vocabulary.js';

function addKb(out: QuadSet, s: NamedNode, kb: NonNullable<NodeAttributes['kb']>): void {
  out.text(s, 'sg:kbStatus', kb.status);
  if (kb.status === 'unlinked') {
    out.text(s, 'sg:kbReason', kb.reason);
    return;
  }
  const item = t(`wd:${kb.wikidata}`);
  out.add(s, 'sg:wikidata', item);
  if (kb.status === 'confirmed') {
    out.add(s, 'owl:sameAs', item);
    out.add(s, 'schema:sameAs', item);
  }
}

function addArticle(out: QuadSet, iris: IriScheme, s: NamedNode, a: NodeAttributes): void {
  out.text(s, 'schema:headline', a.label);
  for (const alias of a.aliases) out.text(s, 'schema:alternativeHeadline', alias);
  if (a.publisher) out.add(s, 'schema:publisher', iris.node(a.publisher));
  out.text(s, 'schema:dateline', a.dateline);
  out.text(s, 'schema:inLanguage', a.language);
  if (a.url) out.add(s, 'schema:url', DataFactory.namedNode(a.url));
  if (a.published) {
    const p = iris.part(s, 'published');
    out.add(s, 'sg:published', p);
    out.add(p, 'rdf:type', 'sg:Time');
    addEdtf(out, p, a.published);
    out.add(p, 'sg:inferred', lit.bool(a.published.inferred));
    out.text(p, 'rdfs:comment', a.published.reason);
    if (/^\d{4}-\d{2}-\d{2}$/.test(a.published.edtf)) out.add(s, 'schema:datePublished', lit.date(a.published.edtf));
  }
}

export function addNode(out: QuadSet, iris: IriScheme, id: string, a: NodeAttributes): void {
  const s = iris.node(id);
  for (const c of NODE_CLASSES[a.type]) out.add(s, 'rdf:type', c);
  out.text(s, 'rdfs:label', a.label);
  out.text(s, 'schema:name', a.label);
  for (const alias of a.aliases) out.text(s, 'schema:alternateName', alias);
  for (const story of a.stories) out.add(s, 'sg:mentionedIn', iris.story(story));
  addEvidenceList(out, iris, s, a.evidence, 'evidence', 'oa:identifying');
  if (a.kb) addKb(out, s, a.kb);
  addAnnotations(out, iris, s, a);
  // Each story's own annotations of a shared event or claim (the node's are the first story's).
  for (const v of a.perStory ?? []) {
    const r = iris.part(s, 'story', v.story);
    out.add(s, 'sg:storyView', r);
    out.add(r, 'rdf:type', 'sg:StoryView');
    out.add(r, 'sg:story', iris.story(v.story));
    out.text(r, 'rdfs:label', v.label);
    addAnnotations(out, iris, r, v);
  }
  if (a.eventType) {
    out.add(s, 'rdf:type', eventClass(a.eventType));
    out.add(s, 'sg:eventType', eventClass(a.eventType));
  }
  out.text(s, 'sg:format', a.format);
  out.text(s, 'sg:topic', a.topic);
  out.text(s, 'sg:content', a.content);
  if (a.cue) addEvidence(out, iris, { owner: s, property: 'sg:cue', annotation: iris.part(s, 'cue'), motivation: 'oa:describing' }, a.cue);
  if (a.quote) addEvidence(out, iris, { owner: s, property: 'sg:quote', annotation: iris.part(s, 'quote'), motivation: 'oa:describing' }, a.quote);
  if (a.type === 'article') addArticle(out, iris, s, a);
}
