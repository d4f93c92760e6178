// The situation room: its panels (map, meters, capitals, posture, calendar, advisers, news), the
// event and turn-report dialog, the pause menu and what the room says in the live region.

import { onOff } from './common';

export const screen = 'Situation room';
export const titleWithHelp = (title: string) => `${title} · press ? for keyboard help`;
/** The goal in the top bar: the capstone and the steps to it, then, once secured, what the end asks. */
export const goalAhead = (capstone: string, steps: number) =>
  `Goal: ${capstone} · ${steps === 1 ? 'within reach' : `${steps} steps to go`}`;
export const goalSecured = (end: string, boiling: number, momentum: number) =>
  `Goal secured · hold to ${end}: publics below ${boiling}, momentum ${momentum}+`;
/** What the live region says of the goal: the next step too. */
export const goalSaid = (line: string, next: string | null) => (next ? `${line}; next: ${next}.` : `${line}.`);
export const endTurn = 'End turn';
export const menu = 'Menu';
export const monthClosed = (month: string, closed: boolean) => `${month}${closed ? ' · month closed' : ''}`;
export const awaitingSaid = (month: string) => `${month}. Waiting for the delegations to answer.`;
export const planningSaid = (month: string, meters: string, forecast: string, moved = '', goal = '') =>
  `Planning. ${month}.${goal ? ` ${goal}` : ''}${moved ? ` ${moved}` : ''} ${meters}.${forecast ? ` ${forecast}` : ''} Press E to end the turn.`;
export const dialogSaid = (month: string, dialog: string) => `${month}. ${dialog}`;

export const paused = 'Paused';
export const pausedSaid = 'Paused. Resume, keyboard help, reduced motion, or back to the title screen.';
export const pausedMotionSaid = (on: boolean) => `Paused. Reduced motion ${onOff(on)}.`;
export const pausedSoundSaid = (what: string) => `Paused. ${what}`;
export const savedNote = 'The game is saved every month: Continue on the title screen resumes it.';
export const resume = 'Resume';
export const keyboardHelp = 'Keyboard help';
export const titleScreen = 'Title screen';

export const advisersPanel = 'Advisers’ counsel';
export const adviserLine = (role: string, line: string) => `${role}: “${line}”`;

export const calendarPanel = 'Calendar (shaded = campaign: S Seoul, T Tokyo, US)';
/** The campaign marks of the calendar strip (one or two letters on a month). */
export const campaignMark = { seoul: 'S', tokyo: 'T', washington: 'US' } as const;
export const electionMark = (month: string, what: string) => `◆ ${month}: ${what}`;
export const summitMark = (month: string, what: string) => `★ ${month}: ${what}`;
export const calendarEmpty = 'No elections or summits in the months shown.';
/** After the legend's last line when more marks are on the strip than its lines can name. */
export const calendarMore = (n: number) => ` · +${n} more`;

export const capitalsPanel = 'Capitals (Washington’s estimates)';
export const backlashEstimate = 'Backlash estimate';
export const willingnessEstimate = 'Willingness estimate';
export const approval = 'Approval';
/** The capitals' bar titles while a month's change and its causes share their row. */
export const backlashShort = 'Backlash';
export const willingnessShort = 'Willingness';
export const moodNote = (mood: string) => `(${mood})`;
export const electionClock = (monthsAway: number | null) =>
  monthsAway === null ? 'no election ahead' : monthsAway === 0 ? 'election this month' : `election in ${monthsAway} mo`;
export const capitalStatus = (season: string, clock: string) => `${season} · ${clock}`;

export const historyPanel = 'Over the months (0–100)';

export const trustLink = (trust: number, band: string) => `Trust ${trust}: ${band}`;
export const regionalThreat = (band: string) => `Regional threat: ${band}`;
export const publicMood = (mood: string) => `public: ${mood}`;

export const metersPanel = 'The relationship';
export const meterLabels = {
  trust: 'Trust (Seoul–Tokyo)',
  momentum: 'Momentum',
  threat: 'Threat',
  credibility: 'US credibility',
} as const;
/** The meters' titles while a month's change and its causes share their row. */
export const meterShortLabels = {
  trust: 'Trust',
  momentum: 'Momentum',
  threat: 'Threat',
  credibility: 'Credibility',
} as const;
export const threatNote = (band: string) => `(${band})`;
export const stanceNote = (stance: string) => `· stance: ${stance}`;
export const bandwidth = (used: number, total: number, free: number) =>
  `Bandwidth: ${used} of ${total} used (${free} free)`;

export const news = 'NEWS';
export const pressLine = { seoul: 'Seoul press: ', tokyo: 'Tokyo press: ', washington: 'Washington press: ' } as const;
export const newsItem = (title: string, text: string) => `${title}: ${text}`;
export const quietMonth = 'A quiet month: no headlines yet.';

export const posturePanel = 'Posture: how hard Washington leans';
export const postureKeys = { seoul: '1–4', tokyo: 'Shift+1–4' } as const;
export const postureRow = (ally: string, keys: string) => `${ally} (${keys})`;

export const continueReport = 'Continue';
export const eventKicker = 'EVENT — your choice';
export const reportKicker = 'TURN REPORT';
export const choiceLabel = (n: number, label: string) => `${n}. ${label}`;
/** A choice that borrows bandwidth says so: the next month's planning shows it taken away. */
export const choiceText = (text: string, bandwidth: number) =>
  bandwidth > 0 ? `${text} (Takes ${bandwidth} of next month's bandwidth.)` : text;

export const initiativesPanel = 'Initiatives (private or public channel)';
export const prevPage = '◀ Prev';
export const nextPage = 'Next ▶';
/** The forecast panel's button for its next risk. */
export const nextRisk = 'Next risk';
export const pager = (first: number, last: number, total: number) => `${first}–${last} of ${total} · keys [ ]`;
export const channelName = { private: 'Private', public: 'Public' } as const;
export const withdraw = 'Withdraw';
export const asks = (allies: string[]) => ` · asks ${allies.join(' & ')}`;
export const cardTitle = (name: string, queued: boolean) => `${queued ? '✔ ' : ''}${name}`;
export const unavailable = (why: string) => `Unavailable: ${why}`;
/** A card's short reason for one channel (the card names the channel, the details pane the rest). */
export const channelReason = (channel: 'private' | 'public', why: string) => `${channelName[channel]}: ${why}`;
export const queuedInfo = (channel: string, cost: number, asks: string) => `QUEUED (${channel}) · cost ${cost}${asks}`;
export const cardInfo = (kind: string, cost: number, asks: string) => `${kind} · cost ${cost} bandwidth${asks}`;
