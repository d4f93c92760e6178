// The facilitator's console (console.html, src/seminar/console): its status line, seats, timer,
// briefs, news, log and notes, what it says after a press, and why it cannot run or rebuild the game.

export const waiting = 'Waiting for the game window… (open the game with the same session code)';
export const seats = (washington: string, seoul: string, tokyo: string) =>
  `Seats: Washington ${washington}, Seoul ${seoul}, Tokyo ${tokyo}`;
export const month = (label: string, n: number, of: number) => `${label} (month ${n} of ${of})`;
export const phase = (p: string) => `phase: ${p}`;
export const paused = 'PAUSED';
export const running = 'running';
export const revealed = 'hidden values REVEALED to the room';
export const hidden = 'hidden values hidden';
export const seatToggle = (name: string, human: boolean) =>
  `${name}: ${human ? 'human team' : 'computer'} → make it ${human ? 'computer' : 'human'}`;
export const timerPaused = ' (paused)';
export const publicMeter = 'public';

export const brief = {
  seoul: 'Seoul delegation',
  tokyo: 'Tokyo delegation',
  backlash: 'Backlash (true)',
  approval: 'Approval',
  willingness: 'Willingness (true)',
  season: 'Season',
  nextElection: 'Next election',
  noElection: 'none scheduled',
  electionIn: (months: number) => `in ${months} month${months === 1 ? '' : 's'}`,
  ask: (initiative: string, channel: string, cost: number, ask: string) =>
    `${initiative} (${channel}): domestic cost ${cost} — ${ask}`,
  noAsks: 'No open asks.',
  asks: 'Open asks',
  handover: (seat: string, asks: number, headroom: string) =>
    `Hand-over: the ${seat} delegation must answer now (${asks} ask(s); headroom before boiling ${headroom}).`,
  waitingFor: (who: string[]) => `Waiting for answers: ${who.join(', ')}.`,
  waitingOne: (seat: string, proposal: string) => `${seat} on ${proposal}`,
  nobodyAsked: 'No delegation is being asked right now.',
} as const;

export const news = {
  injected: ' (injected) — ',
  plain: ' — ',
  ended: (title: string, score: number) => `Ended: ${title} (score ${score})`,
  none: 'No events this month yet.',
} as const;

export const logReason = (reason: string) => ` — reason: ${reason}`;
export const noLog = 'No facilitator actions yet.';
export const noteMonth = (n: number) => ` · month ${n}`;
export const noNotes = 'No notes yet. Notes stay in this browser only.';

export const noSession =
  'No session. Open this console from the game (title screen → Facilitator console), or add ?session=<session code> to the address.';
export const sessionLabel = (id: string) => `— session ${id}`;
export const noKey =
  "This console needs the facilitator's key, which only the game window hands out: open the console from the game's seminar setup screen (Open facilitator console, F). Keep that console's address (it carries the key) to reopen it later.";
export const badCode = (why: string) => `Note: ${why}. The event list will come from the game window.`;
export const sent = (kind: string) => `Sent: ${kind}…`;
export const notSent = (why: string) => `Not sent: ${why}`;
export const confirmEnd = 'End the session now and go to the debrief? (Undo can bring it back.)';
export const noteSaved = 'Note saved in this browser.';
export const done = (kind: string) => `Done: ${kind}.`;
export const refused = (kind: string, why: string) => `Refused (${kind}): ${why}`;
export const effectNotNumber = (meter: string, raw: string) => `effect on ${meter} must be a number, got "${raw}"`;

export const mirror = {
  unknownScenario: (id: string) =>
    `The game window plays the scenario "${id}", which this console does not have. Open the console from the game window.`,
  otherVersion: (title: string) =>
    `The game window plays another version of the scenario "${title}" than this console. Reload both windows so that they run the same version of the game.`,
  notRebuilt: (why: string) => `This console could not rebuild the game: ${why}`,
} as const;
