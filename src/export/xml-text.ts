// XML escaping for the hand-written XML formats: markup characters become entities, and the
// whitespace an XML parser would normalise (CR in text; TAB, LF, CR in attributes) becomes a
// character reference so that it survives a round trip. Characters XML 1.0 cannot carry at all
// (most C0 controls, lone surrogates) become U+FFFD.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
