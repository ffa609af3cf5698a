// The query form and prefixes are read from the prologue: comments, BASE and PREFIX lines
// (whose IRIs may contain "#") before the keyword.
import { describe, expect, it } from 'vitest';
import { queryPrologue } from '../../src/rdf/query-form.js';

describe('queryPrologue', () => {
  it.each([
    ['SELECT * WHERE {}', 'SELECT'],
    ['ask {}', 'ASK'],
    ['# a comment\nCONSTRUCT WHERE { ?s ?p ?o }', 'CONSTRUCT'],
    ['BASE <http://x/>\nDESCRIBE <a>', 'DESCRIBE'],
    ['PREFIX sg: <https://storygraph.invalid/vocab#>\n# SELECT in a comment\nASK { ?s sg:x ?o }', 'ASK'],
  ])('%j is a %s query', (query, form) => {
    expect(queryPrologue(query).form).toBe(form);
  });

  it('collects the declared prefixes, the empty one included', () => {
    expect(queryPrologue('PREFIX sg: <https://storygraph.invalid/vocab#>\nPREFIX : <http://x/#>\nSELECT * {}').prefixes).toEqual({
      sg: 'https://storygraph.invalid/vocab#',
      '': 'http://x/#',
    });
  });

  it('has no form for text that is not a query (the parser reports the error)', () => {
    expect(queryPrologue('INSERT DATA {}').form).toBeUndefined();
    expect(queryPrologue('SELEC ?x {}').form).toBeUndefined();
  });
});
