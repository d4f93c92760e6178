// A seminar in the game window: the hand-over (pass screen, the delegation's private brief and its
// answer), the HUD over the room (timer, facilitator link, pause, revealed values), seat buttons.

export const answerLabels = {
  accept: 'Accept',
  acceptPrivately: 'Accept privately',
  stall: 'Stall',
  reject: 'Reject',
} as const;

export const handoverScreen = 'Hand-over';
export const passTitle = (seat: string) => `Pass the device to the ${seat} delegation`;
/** The hand-over's instruction (src/seminar/handover.ts): who takes the device, who looks away. */
export const passTo = (seat: string, other: string) =>
  `Pass the device to the ${seat} delegation. Washington and ${other}, look away.`;
export const passSaid = (text: string, seat: string) =>
  `${text} Press Enter when the ${seat} delegation is ready, or W to open its brief in its own window, away from the projector.`;
export const awayTitle = (seat: string) => `The ${seat} delegation is answering`;
export const awayText = (seat: string) =>
  `Its private brief is open in its own window on the laptop; nothing private is shown here. The game goes on when the ${seat} delegation has answered. If that window was closed, press W to reopen it.`;
export const titled = (title: string, text: string) => `${title}. ${text}`;
export const nextElection = (monthsAway: number | null) =>
  monthsAway === null
    ? 'none in this scenario'
    : monthsAway === 0
      ? 'this month'
      : `in ${monthsAway} month${monthsAway === 1 ? '' : 's'}`;
export const briefRows = {
  backlash: 'Your public backlash (true)',
  boiling: (line: number) => `Headroom before the public boils (${line})`,
  rupture: (line: number) => `Headroom before rupture (${line})`,
  approval: 'Government approval',
  willingness: 'Willingness to deal',
  season: 'Political season',
  election: 'Next election',
  trust: 'Trust between Seoul and Tokyo',
  threat: 'Threat from the North',
  credibility: 'US credibility',
} as const;
export const askChannel = (channel: string, alsoAsked: string[], carried: number) =>
  `Channel: ${channel}${alsoAsked.length ? ` · also asked of ${alsoAsked.join(', ')}` : ''}${carried ? ` · carried over ${carried}×` : ''}`;
export const domesticCost = (cost: number | string) => `Domestic cost: ${cost}`;
export const ruptureWarning = ' ⚠ A yes would RUPTURE relations at home.';
export const boilWarning = ' ⚠ A yes would make your public boil.';
export const redLine = (ifAccepted: string, ifPrivately: string, warn: string) =>
  `A yes adds about ${ifAccepted} backlash at home (a private yes ${ifPrivately}).${warn}`;
export const stumpNo = (months: number) =>
  `You are campaigning: a no now holds this card back ${months} months longer than an ordinary no.`;
export const row = (label: string, value: string) => `${label}: ${value}`;
export const askHeading = (n: number, of: number, title: string) => `Ask ${n} of ${of}: ${title}`;
export const noAsks = 'No asks left';
export const askSaid = (heading: string, lines: string[]) => `${heading}. ${lines.join(' ')}`;
export const noAsksSaid = 'No asks left.';
export const chosen = (label: string | undefined) => `Chosen: ${label}.`;
export const chooseAnswer = 'Choose 1 accept, 2 accept privately, 3 stall or 4 reject,';
export const briefSaid = (seat: string, rows: string, ask: string, chosen: string) =>
  `${seat} delegation's private brief. ${rows}. ${ask} ${chosen} type a one-line reason, then press Enter to send.`;

export const ready = 'We are ready: show our brief';
export const openBrief = 'Open our brief in its own window';
export const reopenBrief = 'Reopen our brief window';
export const briefPanel = 'Private brief: only your delegation sees this';
export const proposalPanel = "Washington's proposal";
export const answerButton = (n: number, label: string) => `${n}. ${label}`;
export const reasonLabel = 'Your reason, in one line (it appears in the debrief):';
export const reasonField = 'Reason for this answer';
export const send = 'Send this answer';
export const thenWaiting = (seats: string[]) => ` · then the ${seats.join(' and ')} delegation answers`;
export const briefHeading = (seat: string, more: string) => `${seat} delegation · your private brief${more}`;
export const chooseFirst = 'choose an answer first (1–4)';
export const openingBrief = (seat: string) => `Opening the ${seat} delegation's brief in its own window…`;
export const notSent = (reason: string) => `Not sent: ${reason}`;
export const textField = (label: string, value: string) =>
  `${label}, text field${value ? `: ${value}` : ' (empty)'}. Press Enter to type.`;

export const seatsBlocked = (blocked: string | null) =>
  `the facilitator changes seats from the console${blocked ? `, between turns (${blocked})` : ''}`;
export const seatButton = (ally: string, kind: string) => `${ally}: ${kind}`;

export const timeUp = 'time!';
export const timer = (label: string) => `Timer ${label}`;
export const facilitatorConnected = (on: boolean, reopenKey: string) =>
  on ? '● Facilitator connected' : `○ No facilitator console (${reopenKey} opens it)`;
export const consoleReopened = (opened: boolean) =>
  opened ? 'The facilitator console is open in its own window.' : 'The browser blocked the console window.';
export const revealedPanel = 'Revealed by the facilitator: true values';
export const revealLine = (
  ally: string,
  backlash: string,
  estimate: number,
  band: number,
  willingness: string,
  approval: string,
) =>
  `${ally}: backlash ${backlash} (Washington estimated ${estimate} ± ${band}), willingness ${willingness}, approval ${approval}`;
export const injectedItem = (title: string, text: string) => `${title}: ${text}`;
export const pausedTitle = 'Paused by the facilitator';
export const pausedText = 'The game carries on when the facilitator resumes.';
export const pausedSaid = 'Paused by the facilitator. Input is blocked until the facilitator resumes.';
// a second game window on a session id another window of this browser runs (seminar/leader.ts)
export const elsewhereTitle = 'This seminar is open in another window';
export const elsewhereText = 'Only one window runs it: use that one, or close it and reload this one.';
export const elsewhereSaid = `This seminar is open in another window of this browser; this one does not run it. ${elsewhereText}`;
export const injectedSaid = (items: string[]) => `Injected by the facilitator: ${items.join(' · ')}`;
export const revealedSaid = (lines: string[]) => `Revealed by the facilitator, the true values: ${lines.join('; ')}`;
export const timeUpSaid = "Time! The month's timer has run out; the facilitator decides.";

// the seminar setup screen (the instructor's laptop)
export const setupScreen = 'Seminar setup';
export const lengthHeading = 'Session length (L cycles)';
export const minutes = (n: number) => `${n} minutes`;
export const seatsHeading = 'Seats';
export const washingtonSeat = 'Washington: a team of people (always)';
export const seatRow = (ally: string, key: string) => `${ally} [${key}]`;
export const seatKind = { human: 'human team', computer: 'computer' } as const;
export const difficultyHeading = 'Difficulty (D cycles)';
export const seedHeading = 'Seed (type digits when focused)';
export const randomSeed = 'Random seed';
export const startSeminar = 'Start seminar';
export const back = 'Back';
export const scenarioHeading = 'Scenario (A cycles, O opens a file)';
export const ownFile = 'Your own scenario file…';
export const codePanel = 'Session code';
/** The session code's face: a monospace font, so 0/O and 1/I read apart. */
export const codeFont = 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace';
export const openConsole = 'Open facilitator console';
export const toBriefing = 'Go to the briefing';
export const startFailed = 'The seminar could not start';
export const frozen = 'the seminar has started (Back, then Seminar, to make another)';
export const started = 'the seminar has started';
export const fileChosen = (title: string) => `File: ${title}`;
export const scenarioLine = (
  title: string,
  months: number,
  fromFile: boolean,
  preset: number,
  perMonth: number,
  suggested: string,
) =>
  `${title}: ${months} months${fromFile ? ' (from a file: every table needs the same file)' : ''}. At ${preset} minutes: ${perMonth} min per month. Suggested for ${preset} minutes: ${suggested}.`;
export const seed = (n: number) => `Seed: ${n}`;
export const calendar = (historical: boolean) =>
  `Calendar (C): ${historical ? 'historical (random events in their real month)' : 'drawn'}`;
export const plan = (briefing: number, play: number, debrief: number) =>
  `${briefing} min briefing, ${play} min play, ${debrief} min debrief`;
export const density = (factor: number) => (factor === 1 ? 'Normal' : factor < 1 ? 'Fewer' : 'More');
export const presetLine = (label: string, density: string, factor: number, plan: string) =>
  `${label}. ${density} random events (×${factor}). Plan: ${plan}.`;
export const seatsLine = (seoul: string, tokyo: string) => `Seoul ${seoul}, Tokyo ${tokyo}`;
export const setupSaid = (
  preset: number,
  presetText: string,
  scenarioText: string,
  seats: string,
  difficulty: string,
  historical: boolean,
  seed: number,
) =>
  `Length ${preset} minutes: ${presetText} Scenario: ${scenarioText} Seats: Washington human, ${seats}. Difficulty ${difficulty}. Calendar ${historical ? 'historical' : 'drawn'}. Seed ${seed}. Press S to start the seminar.`;
export const codeHelp = (link: string) => [
  'Put this code on your slides. Every table that types it (Title screen → Join with a session code) starts the same game: the same decisions give the same results.',
  `Or share the link: ${link}`,
  "Open the facilitator console (F) in a second window of this browser on your laptop, and keep its address: it carries the facilitator's key. The game window goes on the projector; at a hand-over, W opens the delegation's private brief in its own window, away from the projector.",
];
export const codeSaid = (id: string, link: string) =>
  `Session code ${id.split('').join(' ')}. Link: ${link}. Press F to open the facilitator console, B to go to the briefing.`;
