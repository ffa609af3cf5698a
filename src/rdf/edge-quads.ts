// A graph edge as RDF, twice: a direct triple `source sg:<type> target` for easy querying, and
// the relation as a resource (sg:Relation, also an rdf:Statement) that carries its evidence,
// factuality, attribution and time. A derived attribution edge is the claim's PROV-O
// qualified attribution (prov:Attribution with prov:agent, prov:hadRole and sg:position).
import type { EdgeAttributes } from '../model/graph-attributes.js';
import { addAnnotations, addAttributionLink } from './annotation-quads.js';
import { addEvidenceList } from './evidence-quads.js';
import type { IriScheme } from './iris.js';
import type { QuadSet } from './quad-set.js';

export function addEdge(out: QuadSet, iris: IriScheme, key: string, source: string, target: string, a: EdgeAttributes): void {
  const r = iris.edge(key, a, source);
  const s = iris.node(source);
  const o = iris.node(target);
  const predicate = `sg:${a.type}` as const;
  out.add(s, predicate, o);
  out.add(r, 'rdf:type', 'sg:Relation');
  out.add(r, 'rdf:type', 'rdf:Statement');
  out.add(r, 'rdf:subject', s);
  out.add(r, 'rdf:predicate', predicate);
  out.add(r, 'rdf:object', o);
  out.add(r, 'sg:relationType', predicate);
  out.add(r, 'sg:story', iris.story(a.story));
  out.text(r, 'sg:title', a.title);
  out.text(r, 'sg:role', a.role);
  if (a.derived && a.attributionRole && a.position !== undefined && a.evidence[0]) {
    // The same resource (and cue annotation) as the claim's attribution link.
    addAttributionLink(
      out,
      iris,
      s,
      { agents: [target], role: a.attributionRole, explicit: a.explicit ?? true, cue: a.evidence[0], ...(a.note ? { note: a.note } : {}) },
      a.position,
    );
    out.add(r, 'sg:factuality', `sg:${a.factuality}`);
    return;
  }
  addEvidenceList(out, iris, r, a.evidence);
  addAnnotations(out, iris, r, a);
}
