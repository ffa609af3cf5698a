// Search in a large corpus, whose page holds one story: the search box says so ("searching story
// X only (1 of N stories loaded)") and asks the server (data/search/TEXT.json, `storygraph search`
// over every story) for the matches the other stories hold, each opening its story.
import type { NodeType } from '../../src/model/index.js';
import type { MatchedField } from '../../src/queries/search.js';
import type { CorpusIndex } from './corpus-index.js';

export interface OtherMatch {
  id: string;
  type: NodeType;
  label: string;
  matched: MatchedField;
  text: string;
  /** The story to open it in (the first other story that tells it). */
  story: string;
  storyName: string;
}

export interface SearchScope {
  note: string;
  /** Matches this page does not hold (in other stories), or [] when the server does not answer. */
  others(text: string): Promise<OtherMatch[]>;
  open(id: string, story: string): void;
}

interface Answer {
  results: { id: string; type: NodeType; label: string; matched: MatchedField; text: string; stories: string[] }[];
}

export function searchScope(corpus: CorpusIndex, story: string, open: (id: string, story: string) => void): SearchScope | undefined {
  if (!corpus.large) return undefined;
  const title = corpus.ref(story)?.title ?? story;
  return {
    note: `Searching story “${title}” only (1 of ${corpus.list.length} stories loaded); matches in other stories are listed after.`,
    async others(text) {
      // The server's paths refuse an encoded "/" or "%": such a search stays in this story.
      const enc = encodeURIComponent(text.trim());
      if (!enc || /%(2F|25|5C)/i.test(enc) || text.trim().startsWith('.')) return [];
      const res = await fetch(`data/search/${enc}.json`).catch(() => undefined);
      if (!res?.ok) return [];
      const answer = (await res.json()) as Answer;
      return answer.results.flatMap((r) => {
        if (r.stories.includes(story)) return [];
        const other = r.stories[0];
        return other ? [{ ...r, story: other, storyName: corpus.ref(other)?.publisher.label ?? other }] : [];
      });
    },
    open,
  };
}
