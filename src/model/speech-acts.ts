// Speech acts: what a claim does with its content (Searle/Austin style, reduced to the acts news
// reporting distinguishes). One closed list with descriptions: the schema, the CLI's choices,
// the exports and the explorer's legend all read it. No zod here (the CLI loads it cheaply).
export const SPEECH_ACTS = {
  assert: 'States the content as fact ("the militaries held a video conference").',
  report: 'Passes on what someone else said or did ("Wu said that Esper denied ...").',
  deny: 'Says that a reported fact or report is not true ("Esper denied a news report that ...").',
  reassure: 'Reassures or promises about the speaker\'s own conduct or intentions ("has no intention of creating a crisis"); not a denial of a fact.',
  urge: 'Calls on an addressee to act ("We urge the U.S. to ...").',
  announce: 'Announces a planned or future event ("will hold a video conference mid-November").',
  warn: 'Warns or threatens: what the speaker will do if something happens ("Beijing will respond in the event of an attack").',
  'decline-to-comment':
    'Someone did not say or declined to say: told by whoever reports the silence ("The Pentagon did not say whether ..."), not said by the silent party.',
} as const;

export type SpeechAct = keyof typeof SPEECH_ACTS;
export const SPEECH_ACT_VALUES = Object.keys(SPEECH_ACTS) as [SpeechAct, ...SpeechAct[]];
