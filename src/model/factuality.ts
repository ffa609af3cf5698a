// Factuality values (FactBank-style), from the point of view of the source that reports them.
// One list: the schema, the CLI's choices, the exports and the explorer's legend all read it.
// No zod here, so the CLI can offer these choices without loading the schemas.
export const FACTUALITY = {
  asserted: "Stated as fact by the source (for the article: in the author's own voice).",
  reported: 'Attributed to someone else; the source does not commit to it.',
  denied: 'Said not to be the case by the source or by someone it quotes.',
  possible: 'Said to be possible or probable, not certain.',
  planned: 'Announced or scheduled for the future; has not happened at the time of the source.',
  hypothetical: 'Would happen only under a condition (see `condition`); not said to have happened.',
  unknown: 'The source says it does not know or declines to say (e.g. "did not say whether").',
} as const;

export type Factuality = keyof typeof FACTUALITY;
export const FACTUALITY_VALUES = Object.keys(FACTUALITY) as [Factuality, ...Factuality[]];
