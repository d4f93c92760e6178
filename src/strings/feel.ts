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
  /** Marks before each answered proposal, one per capital asked. */
  answerMark: { yes: '✓', stall: '…', no: '✗', pending: '·' },
  sound: {
    on: 'Sound: on',
    off: 'Sound: off',
    volume: (percent: number) => `Volume: ${percent}%`,
    said: (on: boolean, percent: number) => `Sound ${on ? 'on' : 'off'}, volume ${percent}%.`,
  },
} as const;
