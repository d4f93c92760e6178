// Every player-facing string of the game's feel: the milestone moment, the turn report's answer
// reactions and meter moves, and the sound settings. One typed object, for the string catalogue
// (and a later translation) to take over.

export const FEEL = {
  milestone: {
    one: 'Milestone reached',
    many: 'Milestones reached',
    capstone: 'The capstone is in place',
    /** The banner's mark: a plain diamond, a star for the capstone (shape, not colour alone). */
    mark: '◆',
    capstoneMark: '★',
  },
  report: {
    movesHeading: 'What moved, and the main cause of each',
    mostly: 'mostly',
    noCause: 'no single cause',
  },
  /** The room's meters, for a few seconds after a month closes: the change and its largest causes. */
  meters: {
    /** "▲ +6", "▼ −3" beside the bar (counts from 0 unless motion is reduced). */
    change: (n: number) => `${n > 0 ? '▲ +' : '▼ −'}${Math.abs(n)}`,
    /** One cause's share: "pressure +3.1", a range "cooling −1…−3", or the word alone (unsized). */
    share: (word: string, amount: string) => (amount ? `${word} ${amount}` : word),
    joiner: ' · ',
    /** What the live region adds once the room is back: "Last month: Momentum ▲ +6 (pressure +3.1 · launch +2.4)." */
    said: (parts: string[]) => `Last month: ${parts.join('; ')}.`,
    estimateName: (meter: string) => `${meter} estimate`,
    saidPart: (meter: string, change: string, causes: string) => `${meter} ${change}${causes ? ` (${causes})` : ''}`,
    /** Short words for each kind of cause (the model's causeKind), for the line beside a meter. */
    causeWords: {
      posture: 'pressure',
      initiative: 'launch',
      ask: 'your asks',
      megaphone: 'megaphone',
      leak: 'leak',
      answer: 'answers',
      milestone: 'milestone',
      event: 'events',
      choice: 'your choice',
      election: 'election',
      stance: 'overreach',
      opening: 'opening mood',
      revision: 'revised reading',
      facilitator: 'facilitator',
      'drift.cooling': 'cooling',
      'drift.reciprocity': 'one-sidedness',
      'drift.willingness': 'drift',
      'drift.approval': 'drift',
      'drift.momentum': 'fading',
      'drift.threat': 'receding',
      'drift.trust': 'drift',
      'drift.credibility': 'recovery',
    } as Record<string, string>,
    otherCause: 'other',
  },
  /** Marks before each answered proposal, one per capital asked. */
  answerMark: { yes: '✓', stall: '…', no: '✗', pending: '·' },
  sound: {
    on: 'Sound: on',
    off: 'Sound: off',
    volume: (percent: number) => `Volume: ${percent}%`,
    said: (on: boolean, percent: number) => `Sound ${on ? 'on' : 'off'}, volume ${percent}%.`,
  },
} as const;
