// The code of a SPARQL text with its comments, strings and IRIs blanked out (same length), so
// that a keyword search (SERVICE, the query form) never matches inside a literal, an IRI or a
// comment. A rough lexer, not a parser: the engine still parses the query and reports errors.
const TOKEN = /#[^\n]*|'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>/g;

export function sparqlCode(query: string): string {
  return query.replace(TOKEN, (m) => (m.startsWith('<') ? '<>' : '').padEnd(m.length, ' '));
}

/** Whether the code uses a keyword (not a variable ?x, a prefixed name x:y or part of a word). */
export function hasKeyword(code: string, keyword: string): boolean {
  return new RegExp(`(?<![\\w?$:.-])${keyword}(?![\\w:.-])`, 'i').test(code);
}
