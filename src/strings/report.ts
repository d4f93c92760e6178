// The report layer's words (src/report): a plain-English label for every ledger cause, the
// seasons' clauses, who sent a debrief message, why a replay, a branch or a file is refused,
// the Markdown export, the attribution sentences, the generated discussion questions and the
// comparison with the record. Pure, with no imports, so the report layer may use it. (The record's
// facts and each scenario's standing questions are content: report/historicalMilestones.ts and
// report/standingQuestions.ts.)

export const seasonClause = {
  campaigning: (who: string) => `during ${who}'s campaign window`,
  honeymoon: (who: string) => `in ${who}'s post-election honeymoon`,
  paralysed: (who: string) => `while ${who}'s leader was weakened by a lost vote`,
} as const;

export const postureVerbs = ['staying quiet toward', 'nudging', 'pressing', 'leaning hard on'] as const;

/** How a proposal's answers went, as the start of "… “Card”". */
export const outcome = {
  unknown: 'the answers to',
  rejecting: (who: string[]) => `${who.join(' and ')} rejecting`,
  quietAcceptance: 'the quiet acceptance of',
  acceptance: 'the acceptance of',
  stalling: 'the stalling of',
} as const;

/** What each ledger cause was, as a phrase that can start a sentence. */
export const cause = {
  card: (name: string) => `“${name}”`,
  facilitator: (reason: string) => `the facilitator's adjustment (${reason || 'no reason given'})`,
  posture: (verb: string, ally: string) => `${verb} ${ally}`,
  postureUnknown: 'your posture toward',
  launch: (card: string, isPublic: boolean) => `launching ${card} in ${isPublic ? 'public' : 'private'}`,
  leak: (card: string) => `the leak of your private ${card}`,
  ask: (card: string) => `putting ${card} to the capitals`,
  megaphone: (card: string) => `announcing ${card} while pressing`,
  opening: 'the public mood the game opened with',
  answer: (outcome: string, card: string) => `${outcome} ${card}`,
  milestone: (name: string) => `reaching “${name}”`,
  event: (title: string) => `the event “${title}”`,
  choice: (label: string, event: string) => `your choice “${label}” on “${event}”`,
  election: (name: string, won: boolean | undefined) =>
    `the ${name}${won === undefined ? '' : won ? ' (governing side did well)' : ' (governing side did badly)'}`,
  drift: 'the month passing',
  stance: "Washington's reputation for overreaching",
} as const;

/** What each part of the month's drift is. */
export const drift: Record<string, string> = {
  cooling: 'the public cooling off',
  reciprocity: 'resentment of one-sided concessions',
  willingness: 'willingness settling to the situation',
  approval: 'approval returning to its usual level',
  momentum: 'momentum fading without fresh effort',
  threat: 'the threat receding',
  trust: 'trust settling back',
  credibility: "Washington's standing recovering",
};

/** Who sent a debrief message and to whom ("The facilitator to everyone"). */
export const roleNames = {
  washington: 'Washington',
  seoul: 'Seoul',
  tokyo: 'Tokyo',
  facilitator: 'The facilitator',
  all: 'everyone',
} as const;
export const messageTooLong = (max: number) => `a message is at most ${max} characters`;
export const tooManyMessages = (max: number) => `a replay holds at most ${max} messages`;

export const tooLarge = (kind: string, size: string, max: string) =>
  `The ${kind} file is too large (${size}; at most ${max}).`;

export const branch = {
  noMonth: (turn: number, last: number) => `month ${turn} is not in this scenario (0 to ${last})`,
  ended: (ending: string) => `the game ended (${ending}) before`,
  stopped: 'the decisions stop before',
  cannot: (turn: number, where: string) => `cannot branch at month ${turn}: ${where} its planning phase`,
} as const;

export const replay = {
  broke: (n: number, type: string) => `decision ${n} (${type}) broke the game`,
  refused: (n: number, type: string, turn: number) =>
    `decision ${n} (${type}) was refused at turn ${turn}: the replay does not match this scenario`,
  notPlayed: (why: string) => `The replay could not be played back: ${why}.`,
  noScenario: (id: string) => `This replay needs the scenario "${id}", which is not available.`,
  tooManyDecisions: (max: number) => `a replay holds at most ${max} decisions`,
  theFile: 'the file',
  empty: 'The replay file is empty.',
  cut: (detail: string) =>
    `The replay file is cut short: it looks truncated, perhaps by an interrupted download${detail}.`,
  notJson: (detail: string) => `The replay file is not valid JSON${detail}.`,
  notObject: 'This is not a Mending Fences replay: expected a JSON object.',
  otherFormat: (format: string) => `This is not a Mending Fences replay: its format is "${format}".`,
  noFormat: 'This is not a Mending Fences replay: it has no "format" field.',
  newer: (file: number, reads: number) =>
    `This replay was saved by a newer version of Mending Fences (file version ${file}; this game reads version ${reads}). Update the game to open it.`,
  unknownVersion: (v: string) => `Unknown replay version ${v}.`,
  theReplayFile: 'The replay file',
  damaged: (what: string, why: string) => `${what} is damaged: ${why}.`,
  seedMismatch: 'its seed and its settings disagree',
} as const;

/** The Markdown debrief's headings and lines (report/markdown.ts); the values come escaped. */
export const markdown = {
  answerWords: { accept: 'accepted', acceptPrivately: 'accepted privately', stall: 'stalled', reject: 'rejected' },
  noAnswer: 'no answer',
  facilitatorSet: (meter: string, value: string, reason: string) => `Facilitator set ${meter} to ${value}: “${reason}”`,
  facilitatorInjected: (title: string) => `Facilitator injected the event “${title}”`,
  facilitatorCustom: (title: string, text: string) => `Facilitator injected a custom event “${title}”: ${text}`,
  facilitatorEnded: 'Facilitator ended the session',
  seatHanded: (seat: string, human: boolean) => `${seat} seat handed to ${human ? 'a person' : 'the computer'}`,
  posture: (seoul: string, tokyo: string, stance: string) =>
    `- Posture: Seoul ${seoul}, Tokyo ${tokyo} (Washington seen as ${stance})`,
  initiative: (name: string, channel: string) => `${name} (${channel})`,
  initiatives: (list: string[]) => `- Initiatives: ${list.length ? list.join('; ') : 'none'}`,
  answer: (ally: string, word: string, why: string) => `${ally} ${word}${why ? ` (“${why}”)` : ''}`,
  askedAgain: (n: number) => `, asked again (${n})`,
  proposal: (name: string, again: string, answers: string[]) => `- Proposal ${name}${again}: ${answers.join('; ')}`,
  injectedBy: ' (injected by the facilitator)',
  event: (title: string, by: string, choice: string | null) =>
    `- Event: ${title}${by}${choice ? `; you chose: ${choice}` : ''}`,
  election: (name: string, won: boolean) => `- Election: ${name}, the governing side ${won ? 'did well' : 'did badly'}`,
  milestone: (name: string) => `- Milestone reached: ${name}`,
  monthByMonth: '## Month by month',
  message: (heading: string, text: string) => `- Message, ${heading}: “${text}”`,
  month: (label: string, completed: boolean) => `### ${label}${completed ? '' : ' (not completed)'}`,
  whatMoved: '## What moved the meters',
  meter: (label: string, start: string, final: string, change: string) =>
    `### ${label}: ${start} → ${final} (${change})`,
  nothingMoved: '- Nothing moved it.',
  ownLargest: (sentence: string) => `- Your largest own move on it: ${sentence}`,
  title: (scenario: string) => `# Mending Fences debrief: ${scenario}`,
  scenario: (title: string, id: string, from: string, to: string) => `- Scenario: ${title} (${id}), ${from} to ${to}`,
  settings: (seed: number, difficulty: string, density: number, historical: boolean) =>
    `- Seed: ${seed}; difficulty: ${difficulty}; event density: ${density}${historical ? '; historical calendar' : ''}`,
  played: (n: number, of: number) => `- Months played: ${n} of ${of}`,
  ending: (title: string, text: string) => `- Ending: **${title}**. ${text}`,
  score: (total: number, milestones: number, durability: number, credibility: number, ending: number) =>
    `- Score: ${total} (milestones ${milestones}, durability ${durability}, credibility ${credibility}, ending ${ending})`,
  inProgress: '- Ending: the game is still in progress',
  questions: '## Questions for discussion',
  record: '## Against the record',
} as const;

/** The debrief's attribution sentences (report/attribution.ts). */
export const attribution = {
  overGame: ' over the game',
  inMonth: (month: string) => ` in ${month}`,
  clause: (clause: string) => `, ${clause},`,
  added: (amount: string) => ` added ${amount} to `,
  took: (amount: string) => ` took ${amount} from `,
  meter: (phrase: string) => `${phrase}.`,
  smaller: (n: number) => `${n} smaller causes`,
  smallerSentence: (n: number, added: boolean, amount: string, meter: string) =>
    `${n} smaller causes together ${added ? 'added' : 'took'} ${amount} ${added ? 'to' : 'from'} ${meter}.`,
} as const;

/** The debrief's comparison with the record (report/historicalRecord.ts). */
export const record = {
  months: (n: number) => `${n} month${n === 1 ? '' : 's'}`,
  when: (month: string, what: string) => `${month} (${what})`,
  sameMonth: 'the same month',
  earlier: (months: string) => `${months} earlier`,
  later: (months: string) => `${months} later`,
  securedVs: (name: string, month: string, when: string, rel: string) =>
    `You secured ${name} in ${month}; historically it came in ${when}: ${rel}.`,
  secured: (name: string, month: string) => `You secured ${name} in ${month}.`,
  notSecured: (name: string) => `You did not secure ${name}.`,
  notSecuredAfter: (name: string, when: string) =>
    `You did not secure ${name}; historically it came only in ${when}, after this scenario ends.`,
  notSecuredVs: (name: string, when: string) => `You did not secure ${name}; historically it came in ${when}.`,
  summary: (earlier: number, later: number, same: number, missed: number) =>
    `Against the record: ${earlier} earlier than history, ${later} later, ${same} in the same month, ${missed} not secured.`,
} as const;

/** The debrief's generated discussion questions (report/questions.ts). */
export const questions = {
  inStep: (points: string) =>
    `Seoul's and Tokyo's backlash moved almost in step: the gap between them never moved more than ${points} points from where it started. Was that balance designed (matched asks, shared gestures) or luck?`,
  parted: (month: string, seoul: string, tokyo: string, seoul0: string, tokyo0: string, hotter: string) =>
    `The two publics parted most by ${month}: Seoul's backlash stood at ${seoul} and Tokyo's at ${tokyo}, against ${seoul0} and ${tokyo0} at the start. Why did ${hotter} bear more of the cost, and could Washington have balanced what it asked of each?`,
  leanedHard: 'leaned hard on',
  pressed: 'pressed',
  pushes: (n: number) => ` (You pushed into a campaign window ${n} times in all.)`,
  beforeVote: (vote: string) => ` before the ${vote}`,
  campaign: (month: string, verb: string, ally: string, vote: string, added: string, meter: string, more: string) =>
    `In ${month} you ${verb} ${ally} during its campaign window${vote}; that posture alone added ${added} to ${meter} that month.${more} What did you expect to gain, and what would waiting until after the vote have cost?`,
  and: ' and ',
  swing: (month: string, points: string, drivers: string) =>
    `${month} was the most turbulent month (${points} points of movement across all meters), driven mostly by ${drivers}. Could it have been foreseen, and did you steer through it or ride it out?`,
  lines: { boiling: 'boiling', rupture: 'rupture', discredited: 'discredited' },
  below: 'below',
  above: 'above',
  exactlyOn: 'exactly on',
  capstone: 'the capstone',
  /** `safe`: the meter ended on the good side of its line (a public below it, credibility above). */
  ending: (
    title: string,
    reached: boolean,
    capstone: string,
    meter: string,
    final: string,
    gap: string,
    side: string,
    line: string,
    safe: boolean,
  ) =>
    `Your ending, ${title}, came ${reached ? 'with' : 'without'} “${capstone}”. It hung most closely on ${meter}, which finished at ${final}, ${gap} points ${side} the ${line} line. ${safe ? 'Which single decision brought it closest to crossing, and what held it back?' : 'Which single decision would have kept it on the right side?'}`,
} as const;
