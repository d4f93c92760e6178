// The seminar session's own words (the top-level src/seminar modules): the line the session log
// keeps for each facilitator action, why a console message or a player's event is refused, the
// session-length presets, and what is wrong with a session code or the scenario file it names. The
// console, the game window's dialogs and the seminar server show these as they come. Pure, with no
// imports, so the seminar's pure modules may use it.

/** The session log's line for each console action (src/seminar/actions.ts). */
export const action = {
  pause: 'paused the session',
  resume: 'resumed the session',
  timer: (minutes: number) =>
    `${minutes >= 0 ? 'added' : 'took'} ${Math.abs(minutes)} min ${minutes >= 0 ? 'to' : 'from'} the turn timer`,
  inject: (title: string) => `injected "${title}"`,
  injectCustom: (title: string) => `injected a custom event "${title}"`,
  adjust: (meter: string, from: number, to: number) => `set ${meter} from ${from} to ${to}`,
  reveal: (on: boolean) => (on ? 'revealed hidden values to the room' : 'hid the hidden values again'),
  seat: (seat: string, human: boolean, was: string) =>
    `made the ${seat} seat ${human ? 'a human team' : 'the computer'} (was ${was})`,
  undo: 'undid to the previous saved point',
  end: 'ended the session',
  note: 'took a private note',
  requestState: 'asked for the state',
  refused: (reason: string) => `refused: ${reason}`,
} as const;

/** Why the session refuses a console message or a player's event (controls.ts, session.ts). */
export const refuse = {
  alreadyPaused: 'the session is already paused',
  notPaused: 'the session is not paused',
  noTimer: 'no turn timer is running',
  paused: 'The facilitator has paused the session.',
  facilitatorOnly: 'facilitator powers are only available from the facilitator console',
  notesStay: 'private notes are kept in the console only',
  nothingToUndo: 'nothing to undo yet',
  notAnAction: (kind: string) => `"${kind}" is not a facilitator action`,
  notRebuilt: (message: string) => `the earlier game could not be rebuilt: ${message}`,
} as const;

/** Why a console or game message is not taken (protocol.ts). */
export const protocol = {
  sessionId: 'a session id is 1–80 letters, digits, . _ ~ -',
  notObject: 'not an object',
  version: (got: string, wants: number) => `protocol version ${got} is not ${wants}`,
  otherSession: (session: string) => `for another session (${session})`,
  malformed: (kind: string, path: string, problem: string) => `malformed ${kind}: ${path} ${problem}`,
  wholeMessage: '(message)',
} as const;

/** The session-length presets' names (presets.ts). */
export const presetLabels = {
  45: 'Short seminar (45 min)',
  90: 'Double period (90 min)',
  180: 'Afternoon (180 min)',
} as const;

/** What is wrong with a session's settings or a typed session code (sessionCode.ts). */
export const code = {
  noCodeFor: (scenario: string) => `no session code for scenario "${scenario}"`,
  seed: 'seed must be an integer 0–4294967295',
  unknownDifficulty: (d: string) => `unknown difficulty "${d}"`,
  washingtonHuman: 'Washington is always played by a person',
  length: 'session length must be 45, 90 or 180 minutes',
  empty: 'the session code is empty',
  badCharacter: (ch: string) => `"${ch}" cannot appear in a session code (letters, digits and dashes only; no U)`,
  groups: 'a session code has seven groups separated by dashes, like MF1-JW-8K3F2-N-HCC-90-Q',
  checkGroup: 'the last group of a session code is a single check character',
  typo: 'the session code has a typo: its check character does not match (compare it character by character)',
  otherVersion: (version: string, reads: string) =>
    `this code is for another version of the game (${version}); this one reads ${reads}`,
  unknownScenario: (s: string) => `unknown scenario "${s}" (MF, JW, BT, or F and four symbols for a file)`,
  seedMalformed: 'the seed group is malformed',
  seedRange: 'the seed is out of range',
  difficultyLetter: (d: string) => `unknown difficulty "${d}" (E, N or H, with Y for the historical calendar)`,
  seats: 'the seats group is three letters, H (human) or C (computer)',
  washingtonSeat: 'Washington is always played by a person (first seat letter must be H)',
  lengthGroup: 'the session length must be 45, 90 or 180',
} as const;

/** Why a session code's scenario file cannot start the session (setupFrom.ts). */
export const scenarioFile = {
  needed: 'this session plays a scenario file: open the same file from Seminar setup (O) on this computer to start it',
  differs: 'this scenario file is not the one the session code was made for (its content differs)',
} as const;
