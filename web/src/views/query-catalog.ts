// The research questions of the queries/ catalog (queries/*.rq), bundled into the query panel's
// chunk at build time. Each file starts with a comment stating its question; the comment lines
// after it explain the query.
export interface CatalogQuery {
  /** The file name without .rq, e.g. "who-said-what". */
  name: string;
  question: string;
  about: string;
  text: string;
}

const FILES = import.meta.glob<string>('../../../queries/*.rq', { query: '?raw', import: 'default', eager: true });

export function parseCatalogQuery(path: string, text: string): CatalogQuery {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.rq$/, '');
  const comments: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*#\s?(.*)$/.exec(line);
    if (!m) break;
    comments.push(m[1]!.trim());
  }
  return { name, question: comments[0] || name, about: comments.slice(1).join(' '), text };
}

/** The catalog, by file name. */
export const CATALOG: readonly CatalogQuery[] = Object.entries(FILES)
  .map(([path, text]) => parseCatalogQuery(path, text))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
