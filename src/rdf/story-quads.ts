// A story as RDF: the verbatim text (the oa:hasSource of every selector) with its sha256 and
// language, the article node it belongs to, and the sentences left out on purpose.
import type { StoryAttributes } from '../model/graph-attributes.js';
import { addEvidenceList } from './evidence-quads.js';
import type { IriScheme } from './iris.js';
import type { QuadSet } from './quad-set.js';
import { DataFactory } from 'n3';

export function addStory(out: QuadSet, iris: IriScheme, story: StoryAttributes): void {
  const s = iris.story(story.id);
  out.add(s, 'rdf:type', 'sg:Story');
  out.text(s, 'rdfs:label', story.title);
  out.add(s, 'sg:article', iris.node(story.article));
  out.text(s, 'schema:sha256', story.sha256);
  out.text(s, 'schema:inLanguage', story.language);
  out.text(s, 'schema:text', story.text);
  if (story.url) out.add(s, 'schema:url', DataFactory.namedNode(story.url));
  out.text(s, 'rdfs:comment', story.source);
  story.leftOut.forEach((l, i) => {
    const r = iris.part(s, 'left-out', i);
    out.add(s, 'sg:leftOut', r);
    out.add(r, 'rdf:type', 'sg:LeftOut');
    out.text(r, 'rdfs:comment', l.reason);
    addEvidenceList(out, iris, r, [l.evidence]);
  });
}
