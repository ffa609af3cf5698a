// The rough SPARQL lexer behind the SERVICE and update checks: keywords are found in code only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasKeyword, sparqlCode } from '../../src/rdf/sparql-lexer.js';

describe('sparqlCode', () => {
  it('blanks strings, IRIs and comments, keeping the length', () => {
    const q = `SELECT ?x WHERE { ?x <urn:SERVICE> "SERVICE" , 'a\\'SERVICE' , """x\nSERVICE""" } # SERVICE\nLIMIT 1`;
    const code = sparqlCode(q);
    expect(code).toHaveLength(q.length);
    expect(hasKeyword(code, 'SERVICE')).toBe(false);
    expect(code).toMatch(/^SELECT \?x WHERE \{ \?x <>\s+,\s+,\s+\}\s+LIMIT 1$/);
  });

  it('finds the keyword in code, in any case, but not in ?service, service: or a word', () => {
    expect(hasKeyword('{ Service <> { } }', 'SERVICE')).toBe(true);
    expect(hasKeyword('{ ?service ?p ?o }', 'SERVICE')).toBe(false);
    expect(hasKeyword('{ ?s service:x ?o }', 'SERVICE')).toBe(false);
    expect(hasKeyword('{ ?s ex:SERVICE ?o }', 'SERVICE')).toBe(false);
    expect(hasKeyword('{ ?s ?p ?o } # noSERVICEx', 'SERVICE')).toBe(false);
  });

  it('never finds a keyword inside a string literal, whatever the string holds', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const literal = JSON.stringify(`${s} SERVICE `); // a valid SPARQL "…" string with escapes
        return !hasKeyword(sparqlCode(`SELECT * WHERE { ?s ?p ${literal} }`), 'SERVICE');
      }),
      { numRuns: 500 },
    );
  });
});
