// Evidence as W3C Web Annotations: each quote becomes an oa:Annotation whose body is the
// resource it supports and whose target is the story text, selected twice, as the curator
// wrote it (TextQuoteSelector: exact, prefix, suffix) and as the loader resolved it
// (TextPositionSelector: start, end, end-exclusive, in Unicode code points).
import type { NamedNode } from 'n3';
import type { ResolvedEvidence } from '../model/index.js';
import type { IriScheme } from './iris.js';
import { lit, type QuadSet } from './quad-set.js';
import type { PrefixedName } from './vocabulary.js';

export interface EvidenceLink {
  /** The resource the evidence supports (the annotation's body). */
  owner: NamedNode;
  /** The property from the owner to the annotation: sg:evidence, sg:cue, sg:quote. */
  property: PrefixedName;
  /** The annotation's IRI. */
  annotation: NamedNode;
  /** oa:identifying for mentions of a node, oa:describing for the rest. */
  motivation: 'oa:identifying' | 'oa:describing';
}

export function addEvidence(out: QuadSet, iris: IriScheme, link: EvidenceLink, ev: ResolvedEvidence): void {
  const { owner, property, annotation: a, motivation } = link;
  const target = iris.part(a, 'target');
  const quote = iris.part(a, 'quote');
  const position = iris.part(a, 'position');
  out.add(owner, property, a);
  out.add(a, 'rdf:type', 'oa:Annotation');
  out.add(a, 'oa:hasBody', owner);
  out.add(a, 'oa:motivatedBy', motivation);
  out.add(a, 'oa:hasTarget', target);
  out.text(a, 'sg:mentionKind', ev.kind);
  out.text(a, 'sg:evidenceRole', ev.role);
  out.text(a, 'rdfs:comment', ev.note);
  out.add(target, 'rdf:type', 'oa:SpecificResource');
  out.add(target, 'oa:hasSource', iris.story(ev.story));
  out.add(target, 'oa:hasSelector', quote);
  out.add(target, 'oa:hasSelector', position);
  out.add(quote, 'rdf:type', 'oa:TextQuoteSelector');
  out.text(quote, 'oa:exact', ev.exact);
  out.text(quote, 'oa:prefix', ev.prefix);
  out.text(quote, 'oa:suffix', ev.suffix);
  out.add(position, 'rdf:type', 'oa:TextPositionSelector');
  out.add(position, 'oa:start', lit.int(ev.start));
  out.add(position, 'oa:end', lit.int(ev.end));
}

/** Adds each evidence item as <owner>/<segment>/<i>. */
export function addEvidenceList(
  out: QuadSet,
  iris: IriScheme,
  owner: NamedNode,
  evidence: readonly ResolvedEvidence[] | undefined,
  segment = 'evidence',
  motivation: EvidenceLink['motivation'] = 'oa:describing',
): void {
  evidence?.forEach((ev, i) => addEvidence(out, iris, { owner, property: 'sg:evidence', annotation: iris.part(owner, segment, i), motivation }, ev));
}
