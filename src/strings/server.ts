// What the networked seminar's server tells its clients (src/server): why a link, an action, a
// message or an export is refused, and the words of the facilitator's exports (the transcript,
// a table's debrief log). Lines for the operator (a damaged log, a record refused on replay) stay
// in the server's code. Pure, with no imports.

/** Why the server refuses a connection or a message (seminarServer.ts, rights.ts, inbound.ts). */
export const refuse = {
  badLink: 'this link is not valid for this seminar',
  unknownLink: 'this link or device is not known to this seminar',
  heldElsewhere: (table: string) => `table ${table} is held by another server process; connect to that one for it`,
  noTable: (table: string | undefined) => `there is no table ${table ?? '(none named)'}`,
  notSaved: (why: string) => `the server could not save this, so nothing changed (${why})`,
  tooManyActions: 'too many actions at once; wait a moment',
  failed: (why: string) => `the server could not handle this: ${why}`,
  consoleNeedsKey: 'console actions need the facilitator key',
  notSent: (kind: string) => `"${kind}" is not sent to the server (notes stay on the console)`,
  seatNeedsKey: 'only the facilitator changes who plays a seat',
  tooManyMessages: 'too many messages; wait a few seconds',
  ownTable: 'a delegation writes only at its own table',
  toSomeoneElse: 'a message goes to another seat or to all',
  nameMessageTable: 'name the table the message is for',
  noSuchTable: 'no such table',
  nameExportTable: 'name the table to export',
  exportKinds: 'export grading, activity, transcript, debrief or replay',
  seatExport: 'a seat exports only its own table’s replay; the other exports need the facilitator key',
  replayAfterEnd: 'the replay opens once the game has ended',
  facilitatorConsole: 'the facilitator acts through the console actions',
  delegationAnswers: 'only a delegation answers a proposal',
  notForSeat: (seat: string) => `not an event for the ${seat} seat`,
  notPlanning: 'not planning now',
  notFound: 'not found',
} as const;

/** Why an inbound message does not parse (inbound.ts). */
export const inbound = {
  credential: 'a code or token is 8–64 letters, digits, - or _',
  tooLong: (what: string, max: number) => `${what} is at most ${max} characters`,
  tableId: 'a table id is a number',
  rationale: 'a rationale',
  message: 'a message',
  emptyMessage: 'a message cannot be empty',
  action: 'action',
  inAction: (where: string, problem: string) => `${where}: ${problem}`,
  malformed: (where: string, problem: string) => `malformed message: ${where ? `${where}: ` : ''}${problem}`,
} as const;

/** A scripted seat's rationale (scriptedSeat.ts, the load tests' and demos' delegations). */
export const scriptedRationale = (seat: string, initiative: string) => `${seat} agrees to ${initiative}`;

/** The facilitator's Markdown exports (grading.ts). */
export const exports = {
  transcript: '# Messages between delegations',
  table: (id: string) => `## Table ${id}`,
  noMessages: 'No messages.',
  tableLog: (id: string) => `## The table's log: decisions, answers and messages (table ${id})`,
  nothingYet: 'Nothing happened at this table yet.',
  /** What each kind of act is, after who did it ("Seoul, answered: …"). */
  acts: { decision: 'decided', answer: 'answered', message: 'wrote', console: 'facilitator action' },
} as const;
