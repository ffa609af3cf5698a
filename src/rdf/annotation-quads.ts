// The annotations that nodes and relations share, as RDF: factuality (an sg: value, and per
// source), the attribution chain (PROV-O qualified attribution, one per level of the chain,
// ordered by sg:position; joint speakers are several prov:agent of one level), the narrator's
// voice (an sg: voice value, with the framing words as Web Annotations), time
// (EDTF with xsd:date bounds), the condition of hypothetical events, CAMEO codes and notes.
import type { NamedNode } from 'n3';
import type { NodeAttributes } from '../model/graph-attributes.js';
import { addEvidence, addEvidenceList } from './evidence-quads.js';
import type { IriScheme } from './iris.js';
import { lit, type QuadSet } from './quad-set.js';
import type { PrefixedName } from './vocabulary.js';

type Annotated = Pick<
  NodeAttributes,
  'factuality' | 'factualityBySource' | 'attribution' | 'time' | 'condition' | 'cameo' | 'note' | 'draft' | 'voice' | 'framing'
>;
type AttributionLink = NonNullable<NodeAttributes['attribution']>[number];

/** sg:edtf with its bounds (the days the loader computed), on a time resource. */
export function addEdtf(
  out: QuadSet,
  subject: NamedNode,
  time: { edtf: string; earliest?: string | null | undefined; latest?: string | null | undefined },
): void {
  out.text(subject, 'sg:edtf', time.edtf);
  if (time.earliest) out.add(subject, 'sg:earliest', lit.date(time.earliest.slice(0, 10)));
  if (time.latest) out.add(subject, 'sg:latest', lit.date(time.latest.slice(0, 10)));
}

/** The narrator's voice of an element as an sg: value: presupposed → sg:PresupposedVoice. */
export const voiceValue = (voice: string): PrefixedName => `sg:${voice.charAt(0).toUpperCase()}${voice.slice(1)}Voice`;

/**
 * One level of an attribution chain: a prov:Attribution (also an sg:ChainLevel) at
 * <owner>/attribution/<position>, with one prov:agent per agent of the level.
 */
export function addAttributionLink(out: QuadSet, iris: IriScheme, owner: NamedNode, link: AttributionLink, position: number): NamedNode {
  const a = iris.part(owner, 'attribution', position);
  out.add(owner, 'prov:qualifiedAttribution', a);
  out.add(a, 'rdf:type', 'prov:Attribution');
  out.add(a, 'rdf:type', 'sg:ChainLevel');
  for (const id of link.agents) {
    const agent = iris.node(id);
    out.add(owner, 'prov:wasAttributedTo', agent);
    out.add(a, 'prov:agent', agent);
  }
  out.add(a, 'prov:hadRole', `sg:${link.role}`);
  out.add(a, 'sg:position', lit.int(position));
  out.add(a, 'sg:explicit', lit.bool(link.explicit));
  out.text(a, 'rdfs:comment', link.note);
  addEvidence(out, iris, { owner: a, property: 'sg:cue', annotation: iris.part(a, 'cue'), motivation: 'oa:describing' }, link.cue);
  return a;
}

export function addAnnotations(out: QuadSet, iris: IriScheme, owner: NamedNode, attrs: Annotated): void {
  if (attrs.draft) {
    // Drafted (storygraph add), not curated: the mark is kept so a store can tell them apart.
    out.text(owner, 'sg:draftOrigin', attrs.draft.origin);
    out.add(owner, 'sg:draftConfidence', lit.decimal(attrs.draft.confidence));
    out.text(owner, 'sg:draftReview', attrs.draft.review);
  }
  if (attrs.factuality) out.add(owner, 'sg:factuality', `sg:${attrs.factuality}`);
  if (attrs.voice) out.add(owner, 'sg:voice', voiceValue(attrs.voice));
  attrs.framing?.forEach((ev, i) =>
    addEvidence(out, iris, { owner, property: 'sg:framing', annotation: iris.part(owner, 'framing', i), motivation: 'oa:describing' }, ev),
  );
  attrs.factualityBySource?.forEach((s, i) => {
    const f = iris.part(owner, 'factuality', i);
    out.add(owner, 'sg:factualityBySource', f);
    out.add(f, 'rdf:type', 'sg:SourceFactuality');
    out.add(f, 'sg:accordingTo', iris.node(s.source));
    out.add(f, 'sg:factuality', `sg:${s.value}`);
    out.text(f, 'rdfs:comment', s.note);
  });
  attrs.attribution?.forEach((link, i) => addAttributionLink(out, iris, owner, link, i));
  if (attrs.time) {
    const time = iris.part(owner, 'time');
    out.add(owner, 'sg:time', time);
    out.add(time, 'rdf:type', 'sg:Time');
    addEdtf(out, time, attrs.time);
    out.text(time, 'sg:timeExpression', attrs.time.expression);
    out.text(time, 'rdfs:comment', attrs.time.note);
    addEvidenceList(out, iris, time, attrs.time.evidence);
  }
  if (attrs.condition) {
    const c = iris.part(owner, 'condition');
    out.add(owner, 'sg:condition', c);
    out.add(c, 'rdf:type', 'sg:Condition');
    out.text(c, 'rdfs:label', attrs.condition.text);
    if (attrs.condition.event) out.add(c, 'sg:conditionEvent', iris.node(attrs.condition.event));
    addEvidenceList(out, iris, c, attrs.condition.evidence);
  }
  if (attrs.cameo) {
    out.text(owner, 'sg:cameoCode', attrs.cameo.code);
    out.text(owner, 'sg:cameoLabel', attrs.cameo.label);
  }
  out.text(owner, 'rdfs:comment', attrs.note);
}
