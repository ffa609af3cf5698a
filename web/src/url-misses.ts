// A URL naming a story or a node this corpus does not have (a typo, an old link, a story removed):
// the explorer says so in the status line and what it shows instead, and writes the URL it shows.
import type { CorpusIndex } from './corpus-index.js';
import type { UrlState } from './url-state.js';

/** The status text for what the URL named and the page could not find, or null when all was found. */
export function urlMisses(u: UrlState, corpus: CorpusIndex, found: { selection: boolean; story: string }): string | null {
  const missing: string[] = [];
  if (u.story && !corpus.list.some((s) => s.id === u.story)) missing.push(`no story “${u.story}”`);
  if (u.selection && !found.selection) missing.push(corpus.large ? `“${u.selection}” is not in this story` : `nothing is called “${u.selection}”`);
  if (!missing.length) return null;
  const shown = corpus.ref(found.story)?.title ?? found.story;
  return `Not found from the URL: ${missing.join('; ')}. Showing ${corpus.many ? `“${shown}”` : 'the story'}.`;
}
