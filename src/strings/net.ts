// The networked seminar pages (table.html, src/net): a seat's or the facilitator's panels, the
// messages between seats, the dashboard of every table and the connection status.

export const seatNames: Record<string, string> = {
  washington: 'Washington',
  seoul: 'Seoul',
  tokyo: 'Tokyo',
  facilitator: 'Facilitator',
  all: 'everyone',
};

// main.ts: the page's header and status
export const noReply = 'No answer from the server; try again when the connection is back.';
export const refused = (reason: string | undefined) => `Refused: ${reason}`;
export const openDebrief = 'Open the debrief (charts, month by month, messages)';
export const debriefNotKept =
  'This browser would not keep the replay for the game page; download it from the facilitator.';
export const saved = (name: string) => `Saved ${name}.`;
export const pageTitle = (seat: string, facilitator: boolean, tables: number, table: string, code: string) =>
  `${seat} · ${facilitator ? `${tables} tables` : `table ${table}`} · ${code}`;
export const paused = 'Paused by the facilitator.';
export const waitingForWindow = 'Waiting for the game window… (keep it open on this computer)';
export const localBrief = 'Your private brief, from the game window on this computer.';
export const notInBrief = 'not available in a brief window';
export const needsLink = 'This page needs a join link from the facilitator (…/table.html?join=…).';
export const connected = (resumed: boolean) => (resumed ? 'Connected (resumed).' : 'Connected.');
export const connectionLost = 'Connection lost; reconnecting…';
export const cannotConnect = (message: string) => `Cannot connect: ${message}`;

// messages.ts
export const sendTo = 'Send to';
export const message = 'Message';
export const sendMessage = 'Send message';
export const messages = 'Messages';

// views.ts: every seat's panels
export const publicMeters = {
  trust: 'Trust Seoul–Tokyo',
  momentum: 'Momentum',
  threat: 'Threat',
  credibility: 'US credibility',
  seoulApproval: 'Seoul approval',
  tokyoApproval: 'Tokyo approval',
} as const;
export const room = 'The room';
export const trueValues = (ended: boolean) => (ended ? 'The true values' : 'Revealed by the facilitator');
export const truthRows = {
  seoulBacklash: 'Seoul backlash',
  seoulWillingness: 'Seoul willingness',
  tokyoBacklash: 'Tokyo backlash',
  tokyoWillingness: 'Tokyo willingness',
} as const;
export const newsItem = (title: string, text: string) => `${title}: ${text}`;
export const news = 'News';
export const ending = (title: string) => `The ending: ${title}`;
export const endingLine = (score: string, decisions: number) => `Score ${score} · ${decisions} decisions · game hash `;
export const estimate = (backlash: string, willingness: string, band: string) =>
  `backlash ~${backlash}, willingness ~${willingness} (±${band})`;
export const estimatesPanel = 'Washington’s estimates';
export const situation = 'The situation';
export const advisers = 'Advisers’ counsel';
export const adviserLine = (title: string, line: string) => `${title}: ${line}`;
export const monthsAhead = 'The months ahead';
export const calendarMonth = (label: string, campaigns: string[], events: string[]) =>
  [label, campaigns.length ? `campaigning: ${campaigns.join(', ')}` : '', ...events].filter(Boolean).join(' · ');
export const milestones = 'Milestones';
export const milestoneRow = (name: string, reached: boolean, capstone: boolean) =>
  `${reached ? '✔' : '○'} ${name}${capstone ? ' (the capstone)' : ''}`;
export const backlashHeading = 'Backlash as Washington accounts for it (the true level stays hidden)';
export const bandwidthRow = 'Bandwidth';
export const bandwidthUsed = (used: number, total: number) => `${used} of ${total} used`;
export const stanceRow = 'Stance';
export const briefing = 'Briefing';
export const beginFirstMonth = 'Begin the first month';
export const decide = 'Decide';
export const plan = 'This month’s plan';
export const postureToward = (ally: string) => `Posture toward ${ally}:`;
export const postures = ['quiet', 'nudge', 'press', 'lean hard'];
export const cardCost = (bandwidth: number, summary: string) => ` (${bandwidth} bandwidth) ${summary} `;
export const cancelQueued = (channel: string) => `Cancel (${channel})`;
export const queue = (channel: string) => `Queue ${channel}`;
export const initiatives = 'Initiatives';
export const commitMonth = 'Commit the month';
export const waiting = 'Waiting';
export const waitingFor = (seats: string[]) => `Waiting for ${seats.join(' and ')} to answer.`;
export const waitingForSeats = (seats: string[]) => `Waiting for ${seats.join(' and ')}.`;
/** Washington's heading over the answers already given while it waits for the rest. */
export const answeredSoFar = 'Answered so far';
export const washingtonPhase = (phase: string) => `Washington is in the ${phase} phase.`;
export const report = (month: string) => `Report: ${month}`;
export const reportAnswer = (seat: string, answer: string, why: string | undefined) =>
  `${seat}: ${answer}${why ? ` — “${why}”` : ''}`;
export const reportLine = (name: string, answers: string[]) => `${name}: ${answers.join('; ')}`;
export const nextMonth = 'Next month';
export const answers = {
  accept: 'Accept',
  acceptPrivately: 'Accept privately',
  stall: 'Stall',
  reject: 'Reject',
} as const;
export const briefPanel = (seat: string) => `${seat}’s private brief`;
export const briefRows = {
  backlash: 'Backlash at home (true)',
  willingness: 'Willingness (true)',
  approval: 'Approval',
  season: 'Season',
  election: 'Next election in',
  headroom: 'Headroom before boiling',
} as const;
export const electionIn = (months: number | null) => (months === null ? 'none ahead' : `${months} months`);
export const asks = 'Washington asks';
export const redLine = (ifAccepted: string, ifPrivate: string, boiling: boolean) =>
  `A yes adds about ${ifAccepted} backlash (${ifPrivate} if private)${boiling ? ' — past boiling' : ''}.`;
// the same rule in the same words as on a shared device
export { stumpNo } from './seminar';
export const reasonLabel = 'Your reason (optional, 200 characters)';

// dashboard.ts: the facilitator's tables and powers
export const tableColumns = [
  'Table',
  'Month',
  'Phase',
  'Waiting for',
  'Timer',
  'Trust',
  'Momentum',
  'Threat',
  'Credibility',
];
export const pausedPhase = (phase: string) => `${phase} (paused)`;
export const allTables = 'All tables';
export const reasonPlaceholder = 'reason for the log (optional)';
export const reasonField = 'Reason for the log';
export const pause = (paused: boolean) => (paused ? 'Resume' : 'Pause');
export const reveal = (revealed: boolean) => (revealed ? 'Hide true values' : 'Reveal true values to the room');
export const undo = 'Undo';
export const end = 'End → debrief';
export const timer = 'Timer:';
export const timerStep = (minutes: number) => `${minutes > 0 ? '+' : '−'}${Math.abs(minutes)} min`;
export const switchSeat = (seat: string, kind: string, other: string) => `${seat}: ${kind} → ${other}`;
export const tablePanel = (table: string, month: string, phase: string) => `Table ${table}: ${month}, ${phase}`;
export const eventToInject = 'Event to inject';
export const inject = 'Inject';
export const customTitlePlaceholder = 'custom event title';
export const customTitle = 'Custom event title';
export const customTextPlaceholder = 'text shown to the room';
export const customText = 'Custom event text';
export const injectCustom = 'Inject custom event';
export const meter = 'Meter';
export const newValue = 'New value';
export const whyPlaceholder = 'reason (required)';
export const whyField = 'Reason for the adjustment';
export const setValue = 'Set value';
export const powers = 'Inject and adjust';
export const estimates = (seoul: [string, string], tokyo: [string, string]) =>
  `Washington estimates: Seoul backlash ${seoul[0]}, willingness ${seoul[1]}; Tokyo backlash ${tokyo[0]}, willingness ${tokyo[1]}`;
export const logLine = (month: string, detail: string, reason: string | undefined) =>
  `${month}: ${detail}${reason ? ` — ${reason}` : ''}`;
export const truePanel = 'True values';
export const decisions = (n: number, hash: string) => `${n} decisions · hash ${hash}`;
export const sessionLog = 'Session log';
export const gradingCsv = 'Grading CSV (all tables)';
export const activityCsv = 'Activity CSV (all tables)';
export const transcript = 'Messages (Markdown)';
export const tableDebrief = (table: string) => `Debrief of table ${table} (Markdown, with its messages)`;
export const tableReplay = (table: string) => `Replay of table ${table}`;
export const exports = 'Exports';
