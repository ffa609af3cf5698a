// A setting the server gives the page (edit mode's secret, a large corpus, the SPARQL server):
// a meta element added to index.html's head, its content escaped for the attribute.
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

export function withMeta(html: string, name: string, content: string): string {
  const escaped = content.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
  return html.replace('</head>', `  <meta name="${name}" content="${escaped}">\n</head>`);
}
