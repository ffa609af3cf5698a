// The RDF model (docs/rdf.md) on a small fixture story that has every feature: checked with
// SPARQL against an in-process store, so each test states a triple pattern the docs promise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA, FIXTURE_DATA, local, storeFor, type Row } from '../sparql/helpers.js';

const P = `
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX sg: <https://storygraph.invalid/vocab#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX person: <https://storygraph.invalid/id/person/>
PREFIX event: <https://storygraph.invalid/id/event/>
PREFIX claim: <https://storygraph.invalid/id/claim/>
PREFIX city: <https://storygraph.invalid/id/city/>
PREFIX rel: <https://storygraph.invalid/id/rel/>
PREFIX article: <https://storygraph.invalid/id/article/>
PREFIX story: <https://storygraph.invalid/story/>
`;

let select: (q: string) => Row[];
let ask: (q: string) => boolean;
beforeAll(async () => {
  ({ select, ask } = await storeFor(FIXTURE_DATA));
});

describe('RDF model', () => {
  it('types nodes with schema.org classes and event kinds as sg: classes', () => {
    expect(
      ask(`${P} ASK { person:ann-lee a schema:Person . city:a-town a schema:City . claim:lee-will-talk-again a schema:Claim .
      event:envoy-meeting a schema:Event , sg:Meeting ; sg:eventType sg:Meeting . article:rdf-fixture a schema:NewsArticle }`),
    ).toBe(true);
  });

  it('links Wikidata with owl:sameAs only where the link is confirmed; weak links are flagged', () => {
    expect(ask(`${P} ASK { person:ann-lee owl:sameAs wd:Q1 ; schema:sameAs wd:Q1 ; sg:kbStatus "confirmed" }`)).toBe(true);
    expect(ask(`${P} ASK { person:bo-park sg:wikidata wd:Q2 ; sg:kbStatus "weak" }`)).toBe(true);
    expect(ask(`${P} ASK { person:bo-park owl:sameAs ?x }`)).toBe(false);
    expect(ask(`${P} ASK { person:cy-ode sg:kbStatus "unlinked" ; sg:kbReason "test data" }`)).toBe(true);
  });

  it('writes a relation twice: a direct triple, and a resource that carries its annotations', () => {
    expect(
      ask(`${P} ASK { event:envoy-meeting sg:participant person:ann-lee .
      rel:meeting-lee a sg:Relation , rdf:Statement ; rdf:subject event:envoy-meeting ; rdf:predicate sg:participant ;
        rdf:object person:ann-lee ; sg:relationType sg:participant ; sg:role "party" ; sg:factuality sg:asserted ;
        sg:story story:rdf-fixture ; sg:evidence ?a . ?a a oa:Annotation ; oa:hasBody rel:meeting-lee }`),
    ).toBe(true);
  });

  it('records factuality per source', () => {
    expect(
      ask(`${P} ASK { rel:meeting-ode sg:factuality sg:unknown ; sg:factualityBySource ?f .
      ?f a sg:SourceFactuality ; sg:accordingTo person:bo-park ; sg:factuality sg:unknown ; rdfs:comment "did not say whether" }`),
    ).toBe(true);
  });

  it('gives the attribution chain as PROV-O qualified attributions ordered by sg:position', () => {
    const rows = select(`${P} SELECT ?agent ?role ?position ?explicit ?cue WHERE {
      claim:lee-will-talk-again prov:qualifiedAttribution ?a . claim:lee-will-talk-again prov:wasAttributedTo ?agent .
      ?a a prov:Attribution ; prov:agent ?agent ; prov:hadRole ?role ; sg:position ?position ; sg:explicit ?explicit ;
         sg:cue/oa:hasTarget/oa:hasSelector/oa:exact ?cue } ORDER BY ?position`);
    expect(rows.map((r) => [local(r.agent), local(r.role), r.position, r.explicit, r.cue])).toEqual([
      ['ann-lee', 'speaker', '0', 'true', 'Lee said'],
      ['bo-park', 'source', '1', 'true', 'according to Park'],
      ['test-wire', 'channel', '2', 'false', 'a Wire report said'],
      ['rdf-fixture', 'publisher', '3', 'true', 'Test Wire'],
    ]);
  });

  it('makes a derived attribution edge the same resource as the chain link (no duplicates)', () => {
    const rows = select(`${P} SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { claim:lee-will-talk-again prov:qualifiedAttribution ?a .
      ?a a sg:Relation ; rdf:predicate sg:attributed_to ; rdf:subject claim:lee-will-talk-again }`);
    expect(rows[0]?.n).toBe('4');
    expect(select(`${P} SELECT ?p WHERE { <https://storygraph.invalid/id/claim/lee-will-talk-again/attribution/0> sg:position ?p }`)).toHaveLength(1);
  });

  it('gives claims their content, cue and verbatim quote', () => {
    expect(
      ask(`${P} ASK { claim:lee-will-talk-again sg:content "They will talk again in December." ;
      sg:cue/oa:hasTarget/oa:hasSelector/oa:exact "Lee said" ; sg:quote/oa:hasTarget/oa:hasSelector/oa:exact "We will talk again in December" }`),
    ).toBe(true);
  });

  it('writes time as EDTF with xsd:date bounds where the value has them', () => {
    expect(
      ask(`${P} ASK { event:envoy-meeting sg:time ?t . ?t a sg:Time ; sg:edtf "2020-10-26/2020-10-30" ; sg:timeExpression "this week" ;
      sg:earliest "2020-10-26"^^xsd:date ; sg:latest "2020-10-30"^^xsd:date ; sg:evidence/oa:hasTarget/oa:hasSelector/oa:exact "this week" }`),
    ).toBe(true);
    expect(ask(`${P} ASK { event:next-talks sg:time ?t . ?t sg:edtf "../2020-12-31" ; sg:latest "2020-12-31"^^xsd:date }`)).toBe(true);
    expect(ask(`${P} ASK { event:next-talks sg:time/sg:earliest ?e }`)).toBe(false);
    expect(ask(`${P} ASK { article:rdf-fixture schema:datePublished "2020-10-30"^^xsd:date ; sg:published ?p . ?p sg:inferred false }`)).toBe(true);
  });

  it('writes the condition of a hypothetical event with the event it names', () => {
    expect(
      ask(`${P} ASK { event:strike sg:factuality sg:hypothetical ; sg:conditional_on event:vote-fails ; sg:condition ?c .
      ?c a sg:Condition ; rdfs:label "if the vote fails" ; sg:conditionEvent event:vote-fails ; sg:evidence ?a }`),
    ).toBe(true);
  });

  it('selects evidence twice, by quote and by code-point position (astral characters count as one)', () => {
    const text = [...readFileSync(join(FIXTURE_DATA, 'stories', 'rdf-fixture', 'article.txt'), 'utf8')];
    const rows = select(`${P} SELECT ?exact ?start ?end ?source WHERE { ?a a oa:Annotation ; oa:hasTarget ?t . ?t a oa:SpecificResource ; oa:hasSource ?source ;
      oa:hasSelector ?q , ?p . ?q a oa:TextQuoteSelector ; oa:exact ?exact . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }`);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(text.slice(Number(r.start), Number(r.end)).join('')).toBe(r.exact);
      expect(r.source).toBe('https://storygraph.invalid/story/rdf-fixture');
    }
    expect(rows.find((r) => r.exact === '𝔸-town')).toMatchObject({ start: '67', end: '73' });
    expect(
      ask(`${P} ASK { ?a sg:mentionKind "short" ; oa:hasBody person:ann-lee ; oa:motivatedBy oa:identifying ;
      oa:hasTarget/oa:hasSelector ?q . ?q oa:exact "Lee" ; oa:prefix "said. " }`),
    ).toBe(true);
  });

  it('types its literals', () => {
    const types = select(`${P} SELECT DISTINCT ?p (DATATYPE(?o) AS ?dt) WHERE { ?s ?p ?o FILTER (isLiteral(?o) && DATATYPE(?o) != xsd:string) }`);
    const byProperty = Object.fromEntries(types.map((r) => [local(r.p), local(r.dt)]));
    expect(byProperty).toMatchObject({
      start: 'integer',
      end: 'integer',
      position: 'integer',
      explicit: 'boolean',
      inferred: 'boolean',
      earliest: 'date',
      latest: 'date',
    });
  });

  it('describes the story text, its article and its hash', () => {
    expect(ask(`${P} ASK { story:rdf-fixture a sg:Story ; sg:article article:rdf-fixture ; schema:sha256 ?h ; schema:text ?t ; schema:inLanguage "en" }`)).toBe(
      true,
    );
  });
});

describe.each([
  ['the fixture', FIXTURE_DATA],
  ['data/', DATA],
])('the sg: vocabulary, on %s', (_name, data) => {
  it('describes every sg: term the data uses', async () => {
    const store = await storeFor(data);
    const undescribed = store.select(`${P} SELECT DISTINCT ?term WHERE {
      { ?s ?term ?o } UNION { ?s a ?term } UNION { ?s sg:factuality|prov:hadRole|sg:eventType|sg:relationType ?term }
      FILTER (STRSTARTS(STR(?term), STR(sg:)))
      FILTER NOT EXISTS { ?term rdfs:label ?l ; rdfs:comment ?c } }`);
    expect(undescribed.map((r) => r.term)).toEqual([]);
  });
});
