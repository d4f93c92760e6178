// Why the model refuses a facilitator's move or a setting (src/model/phases/events.ts,
// facilitation.ts), a plan or an answer (planning.ts, resolution.ts), or any event now
// (acceptance.ts, whyNot.ts): the console, the seminar server and
// the error dialogs show these as they come.
// Pure, with no imports, so the model may use it.

export const event = {
  unknown: (id: string) => `unknown event "${id}"`,
  alreadyThisMonth: (title: string) => `"${title}" has already happened this month`,
  customNeedsTitle: 'a custom event needs a title',
  customNeedsText: 'a custom event needs a text',
  customTooLong: (title: number, text: string) =>
    `a custom event title is at most ${title} characters, its text ${text}`,
  unknownMeter: (meter: string) => `unknown meter "${meter}"`,
  effectRange: (meter: string, limit: number) => `effect on ${meter} must be a number between -${limit} and ${limit}`,
  notWaiting: (id: string) => `event "${id}" is not waiting for a choice`,
  alreadyChosen: (id: string) => `a choice was already made for "${id}"`,
  notAChoice: (choice: string, title: string) => `"${choice}" is not a choice of ${title}`,
  notOffered: (choice: string) => `"${choice}" is not offered in this game`,
} as const;

export const settings = {
  notObject: 'settings must be an object',
  seed: (got: string) => `seed must be an integer, got ${got}`,
  difficulty: (got: string) => `difficulty must be easy, normal or hard, got ${got}`,
  density: (min: number, max: number, got: string) => `event density must be between ${min} and ${max}, got ${got}`,
  unknownSeat: (seat: string) => `unknown seat "${seat}"`,
  seatKind: (got: string) => `a seat is human or computer, got ${got}`,
  washingtonHuman: 'Washington is always played by a person',
  unknownMeter: (meter: string) => `unknown meter "${meter}"`,
  meterRange: (got: string) => `a meter is set between 0 and 100, got ${got}`,
  adjustReason: 'an adjustment needs a reason',
} as const;

/** Why a plan or a move of it is refused (src/model/phases/planning.ts). */
export const plan = {
  unknownAlly: (ally: string) => `unknown ally "${ally}"`,
  posture: (got: string) => `posture must be 0 (quiet) to 3 (lean hard), got ${got}`,
  unknownInitiative: (id: string) => `unknown initiative "${id}"`,
  channel: (got: string) => `channel must be private or public, got ${got}`,
  notPlanned: (id: string) => `"${id}" is not planned this month`,
  shape: 'a plan needs a posture for each ally and a list of initiatives',
} as const;

/** Why a delegation's answer is refused (src/model/phases/resolution.ts). */
export const answer = {
  noProposal: (key: string) => `no open proposal "${key}"`,
  kind: (answers: string, last: string, got: string) => `answer must be ${answers} or ${last}, got ${got}`,
  notAddressed: (seat: string) => `this proposal is not addressed to ${seat}`,
  computer: (seat: string) => `${seat} is played by the computer`,
  answered: (seat: string) => `${seat} has already answered`,
} as const;

/** Why the machine would not take an event now (src/model/acceptance.ts, whyNot.ts). */
export const now = {
  choicePending: 'an event is waiting for your choice',
  wrongPhase: (phase: string) => `not possible now: the game is in the ${phase} phase`,
} as const;
