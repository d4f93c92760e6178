// The room's readouts in words: the plan forecast, the bandwidth line, the backlash account, the
// answers' reasons, the event card and the turn report, on the screen and in the live region.
// Numbers and reasons arrive computed (src/views/readouts.ts, roomModels.ts read the selectors).

/** How each capital answered a proposal. */
export const answerWords = {
  accept: 'accepts',
  acceptPrivately: 'accepts privately',
  stall: 'stalls',
  reject: 'rejects',
} as const;

export const forecastTitle = 'Forecast at the month’s end (no events counted)';
/** With several risks: which one the panel shows (its Next button shows the next). */
export const forecastTitleOf = (i: number, n: number) => `Forecast (no events) · risk ${i} of ${n}`;
export const forecastRanges = (seoul: string, tokyo: string, momentum: string) =>
  `Backlash Seoul ${seoul} · Tokyo ${tokyo} · momentum ${momentum}`;
export const noRisk = 'No leak, vote or costly yes in this plan.';
export const forecastAlly = (ally: string, now: string, after: string) =>
  `${ally} backlash from ${now} now to ${after} after the month`;
export const forecastSaid = (
  seoul: string,
  tokyo: string,
  momentumNow: number,
  momentumAfter: string,
  risks: string,
  leavesOut: string,
) => `Forecast: ${seoul}; ${tokyo}; momentum from ${momentumNow} to ${momentumAfter}. ${risks} ${leavesOut}`;

export const bandwidthFull = (available: number) => `Full bandwidth this month (${available})`;
export const bandwidthBase = (base: number) => `Base ${base}`;
export const bandwidthReason = (short: string, amount: string) => `${short} ${amount}`;
export const bandwidthFullSaid = (available: number) => `Bandwidth ${available}: nothing takes any away this month`;
export const bandwidthSaid = (available: number, base: number, reasons: string[]) =>
  `Bandwidth ${available} of a usual ${base}: ${reasons.join(', ')}`;
export const bandwidthReasonSaid = (amount: string, what: string) => `${amount} for ${what}`;

export const coolingPart = (what: string, high: string, low: string) =>
  `${what} ${high} to ${low} (by the hidden level)`;
export const causePart = (what: string, amount: string) => `${what} ${amount}`;
export const causeRange = (what: string, low: string, high: string) => `${what} ${low} to ${high}`;
/** What weighs a capital's pressure: its political season, Washington's stance, a threat rally. */
export const seasonWords: Record<string, string> = {
  campaigning: 'its campaign',
  honeymoon: 'its honeymoon',
  paralysed: 'its paralysis',
  steady: 'its season',
};
/** The other factors of the weight (the season's word is in seasonWords). */
export const factorWords: Record<'rally' | 'stance' | 'heat' | 'difficulty', string> = {
  rally: 'a threat rally',
  stance: 'your pressing stance',
  heat: 'a heated public',
  difficulty: 'the difficulty',
};
/** A public below its usual mood climbs back: cooling with a range reaching above zero. */
export const settlingPart = (high: string, low: string) =>
  `the public settling toward its usual mood ${high} to ${low} (by the hidden level)`;
/** What the causes leave over of the estimate's move: the embassy's revised reading. */
export const revisionPart = (amount: string) => `the embassy's revised reading ${amount}`;
export const revisionRange = (low: string, high: string) => `the embassy's revised reading ${low} to ${high}`;
export const weightFactor = (word: string, factor: number) => `${word} ×${factor}`;
export const weightNote = (multiplier: number, why: string) => ` (pressure weighed ×${multiplier}: ${why})`;
export const estimateLine = (
  ally: string,
  weight: string,
  backlash: [number, number],
  willingness: [number, number],
  uncertainty: number,
) =>
  `${ally}${weight}: backlash est. ${backlash[0]} → ${backlash[1]} ± ${uncertainty}, willingness est. ${willingness[0]} → ${willingness[1]} ± ${uncertainty}.`;
export const smaller = (n: number) => `; ${n} smaller`;
export const nothingMoved = 'Nothing moved it that Washington can see.';
export const noAnswerYet = (initiative: string) => `${initiative}: no answer yet`;
export const byDelegation = ' (its delegation)';
export const answerSaid = (ally: string, answer: string, whose: string, why: string) =>
  `${ally} ${answer}${whose}: ${why}`;
export const answerLine = (initiative: string, said: string[]) => `${initiative}. ${said.join(' ')}`;
/** A proposal stalled last month and put to every capital again. */
export const askedAgain = (initiative: string) => `${initiative} (asked again after last month's stall)`;

export const monthLine = (label: string, n: number, months: number) => `${label}, month ${n} of ${months}`;
export const allySummary = (
  ally: string,
  backlash: number,
  backlashBand: number,
  mood: string,
  willingness: number,
  willingnessBand: number,
  approval: number,
) =>
  `${ally} backlash estimate ${backlash} ± ${backlashBand} (${mood}), willingness estimate ${willingness} ± ${willingnessBand}, approval ${approval}`;
export const trustSummary = (n: number) => `Trust ${n}`;
export const momentumSummary = (n: number) => `Momentum ${n}`;
export const threatSummary = (n: number, band: string) => `Threat ${n} (${band})`;
export const credibilitySummary = (n: number) => `Credibility ${n}`;
export const bandwidthSummary = (used: number, total: number, why: string) =>
  `Bandwidth ${used} of ${total} used (${why})`;
export const stanceSummary = (stance: string) => `Stance ${stance}`;
export const postureSummary = (seoul: string, tokyo: string) => `Posture: Seoul ${seoul}, Tokyo ${tokyo}`;

export const choiceSaid = (n: number, label: string, text: string) => `${n}. ${label}: ${text}`;
export const eventSaid = (title: string, text: string, choices: string, count: number) =>
  `Event card: ${title}. ${text} ${count === 1 ? `Your response: ${choices} Press 1 to take it.` : `Choices: ${choices} Press 1 to ${count} to choose.`}`;

export const electionResult = (name: string, won: boolean) =>
  `${name}: the governing side ${won ? 'did well' : 'did badly'}`;
export const moreEvents = (n: number) => `${n} more`;
export const reportTitle = (month: string) => `Turn report: ${month}`;
export const answersHeading = 'Answers to your proposals';
export const noProposals = 'No proposals were put this month.';
export const happenedHeading = 'What happened';
export const milestonesHeading = 'Milestones reached';
export const backlashHeading = 'Backlash as Washington accounts for it (the true level stays hidden)';
export const seeEnding = 'See the ending';
export const nextMonth = 'Continue to next month';
/** A section read aloud: its lines joined, a line's own full stop kept rather than doubled with a semicolon. */
export const sectionSaid = (heading: string, lines: string[]) =>
  `${heading}: ${lines.map((l, i) => (i < lines.length - 1 && !/[.!?]$/.test(l) ? `${l};` : l)).join(' ')}`;
export const reportSaid = (title: string, parts: string[], next: string) =>
  `${title}. ${parts.join(' ')} Press Enter to ${next.toLowerCase()}.`;
