// The narrator's voice: how the article itself stands to an element, apart from the factuality of
// what the element says happened. A curator marks what the article takes for granted or frames
// with its own wording, so researchers can separate the article's presuppositions from what it
// states and from what it only reports. No zod here (the CLI loads it cheaply).
export const VOICES = {
  asserted: 'The article states it in its own voice.',
  reported: "The article attributes it to a source (it is in a claim's content or a source's account).",
  presupposed: 'The article takes it for granted without stating it: a definite description, "amid ...", a possessive ("Esper and Pompeo\'s tour").',
  evaluative: 'The article\'s own evaluative or framing wording ("increasingly heightened", "the growing security threat"); the words are in `framing`.',
} as const;

export type Voice = keyof typeof VOICES;
export const VOICE_VALUES = Object.keys(VOICES) as [Voice, ...Voice[]];
