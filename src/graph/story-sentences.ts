// The sentences of a story's text, split on demand: ICU's sentence rules cost ~10 ms to load,
// so only the commands that need sentences (coverage, mentions) pay for them.
import { splitSentences, type Sentence } from '../text/sentences.js';
import type { StoryAttributes } from '../model/graph-attributes.js';

const cache = new WeakMap<StoryAttributes, Sentence[]>();

export function storySentences(story: StoryAttributes): Sentence[] {
  let s = cache.get(story);
  if (!s) cache.set(story, (s = splitSentences(story.text, story.language)));
  return s;
}
