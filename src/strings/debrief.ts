// The debrief: its header, section tabs, exports, charts and their words, the decision log, what
// moved each meter, the paging of long texts and the branch replay. The reasons, causes and
// questions it lists are the report layer's (src/report) and the model's sentences, shown as they come.

export const screen = 'Debrief';
export const sections = ['Charts', 'Decision log', 'What moved', 'Questions', 'Against the record', 'Branch replay'];
export const keys =
  'Keys: 1 to 6 switch sections, ↑ ↓ Page Up/Down scroll, J replay file, M Markdown report, C CSV, P print, Esc back to the ending, T title screen.';
export const heading = (scenario: string, ending: { title: string; score: number } | null) =>
  `Debrief: ${scenario}${ending ? ` · ${ending.title} · score ${ending.score}` : ' · in progress'}`;
export const subheading = (seed: number, difficulty: string, months: number) =>
  `seed ${seed} · ${difficulty} · ${months} months · ? help`;
export const replayFile = 'Replay file (JSON)';
export const markdownReport = 'Report (Markdown)';
export const metersCsv = 'Meters (CSV)';
export const printHandout = 'Print handout';
export const back = 'Back';
export const sectionSaid = (n: number, of: number, name: string) => `Section ${n} of ${of}, ${name}.`;
export const branchNote = ' This game is a branch; section 6 compares it with the original.';
export const chartsSaid = (charts: string[], timeline: string[], note: string) =>
  `${charts.join(' ')} Milestone timeline: ${timeline.join('; ')}.${note}`;
export const itemsSaid = (from: number, to: number, total: number, text: string) =>
  `Items ${from} to ${to} of ${total}: ${text}`;
export const said = (section: string, body: string, status: string) =>
  `${section} ${body}${status ? ` ${status}` : ''} ${keys}`;
export const downloaded = (what: string, file: string) => `Downloaded the ${what} as ${file}.`;
export const printing = 'Printing the handout.';

export const noMonth = 'no month';
export const notEnded = 'not ended';
export const branchedAt = (month: string) => `This game branched from the original at ${month}.`;
export const gamesAgree = 'The two games agree month by month.';
export const gamesDiffer = (month: string) => `They first differ at the end of ${month}.`;
export const endings = (original: string, branch: string) => `Endings: original ${original}, branch ${branch}.`;
export const branchDelta = (month: string, seoul: string, tokyo: string, momentum: string) =>
  `Branch minus original at ${month}: Seoul backlash ${seoul}, Tokyo backlash ${tokyo}, momentum ${momentum}.`;
export const branchIntro =
  "Choose a month with ← and →, then press B: the game is replayed exactly up to that month's planning, and you play on from there as a new game with its own log. This game stays available for comparison.";
export const noMonthCompleted = 'no month of this game was completed';
export const branchSaid = (month: string, n: number, months: number, text: string) =>
  `Month chosen: ${month} (month ${n} of ${months}). ${text} Press B to play a different choice from ${month}.`;
export const branchFailed = (lines: string[]) => `The branch could not be started: ${lines.join(' ')}`;

export const timelinePanel = 'Milestone timeline (◆ milestone, ▲ election)';
export const timelineMore = (n: number) => `… and ${n} more (see the log, key 2)`;
export const branchPanel = 'Play a different choice from a past month';
export const earlier = '◀ Earlier';
export const later = 'Later ▶';
export const playFromMonth = 'Play from this month';
export const playFrom = (month: string) => `Play a different choice from ${month}`;
export const noBranch = 'No branch yet: after you play a branch to its end, it is compared here with this game';

export const moreAbove = '↑ more above';
export const moreBelow = '↓ more below';
export const paging = (more: string[], from: number, to: number, total: number) =>
  `${more.join(' · ')}${more.length ? ' · ' : ''}items ${from}–${to} of ${total} (↑ ↓ Page Up/Down to scroll)`;

export const lineNames = {
  seoulTrue: 'Seoul backlash (true)',
  tokyoTrue: 'Tokyo backlash (true)',
  seoulEstimate: 'Seoul: Washington’s estimate',
  tokyoEstimate: 'Tokyo: Washington’s estimate',
  postureSeoul: 'Posture toward Seoul',
  postureTokyo: 'Posture toward Tokyo',
  trust: 'Trust',
  threat: 'Threat',
  momentum: 'Momentum',
  seoulBranch: 'Seoul backlash, branch',
  seoulOriginal: 'Seoul backlash, original',
  tokyoBranch: 'Tokyo backlash, branch',
  tokyoOriginal: 'Tokyo backlash, original',
  momentumBranch: 'Momentum, branch',
  momentumOriginal: 'Momentum, original',
} as const;
export const timelineEntry = (month: string, election: boolean, title: string) =>
  `${month} ${election ? '▲ election' : '◆ milestone'}: ${title}`;
export const backlashChart = 'Backlash in both capitals: true (solid) and Washington’s estimate (dashed)';
export const postureChart = 'Your posture toward each ally (0 quiet – 3 lean hard)';
export const processChart = 'Trust, threat and momentum (0–100)';
export const noTimeline = 'No milestone or election in the months played.';
export const branchChart = 'Branch (solid) against the original game (thin dashes)';
export const noData = (line: string) => `${line}: no data`;
/** `at` is a month label, or null for the opening values (the chart's first point). */
export const lineWords = (line: string, from: string, to: string, high: string, at: string | null) =>
  `${line} from ${from} to ${to}, highest ${high} ${at === null ? 'at the start' : `in ${at}`}`;
export const chartWords = (title: string, lines: string[]) => `${title}: ${lines.join('; ')}.`;
export const electionMarker = (title: string, month: string) => `${title} (${month})`;
export const markerWords = (elections: string[], events: number) =>
  `Markers: ▲ elections: ${elections.join(', ') || 'none'}; ◆ milestones; ${events} events as ticks along the bottom.`;

/** How a capital answered, in the log's past tense. */
export const answeredWords: Record<string, string> = {
  accept: 'accepted',
  acceptPrivately: 'accepted privately',
  stall: 'stalled',
  reject: 'rejected',
};
export const facilitatorSet = (meter: string, value: string, reason: string) =>
  `Facilitator set ${meter} to ${value}: “${reason}”.`;
export const facilitatorInjected = (title: string) => `Facilitator injected the event “${title}”.`;
export const facilitatorCustom = (title: string, text: string) =>
  `Facilitator injected a custom event “${title}”: ${text}`;
export const facilitatorEnded = 'Facilitator ended the session.';
export const seatHanded = (seat: string, human: boolean) =>
  `The ${seat} seat was handed to ${human ? 'a person' : 'the computer'}.`;
export const postureLog = (seoul: string, tokyo: string, stance: string) =>
  `Posture: Seoul ${seoul}, Tokyo ${tokyo} (Washington seen as ${stance}).`;
export const initiativeChannel = (name: string, channel: string) => `${name} (${channel})`;
export const initiativesLog = (items: string[]) =>
  `Initiatives and channels: ${items.length ? items.join('; ') : 'none'}.`;
export const noAnswer = 'gave no answer';
export const answerLog = (ally: string, word: string, why: string | undefined) =>
  `${ally} ${word}${why ? `, saying “${why}”` : ''}`;
export const askedAgain = (carried: number | string) => ` (asked again, ${carried})`;
export const answersLog = (initiative: string, again: string, answers: string[]) =>
  `Answers on ${initiative}${again}: ${answers.join('; ')}.`;
export const injectedNote = ' (injected by the facilitator)';
export const eventLog = (title: string, by: string, choice: string | null) =>
  `Event: ${title}${by}${choice ? `; you chose: ${choice}` : ''}.`;
export const electionLog = (name: string, won: boolean) =>
  `Election: ${name}, the governing side ${won ? 'did well' : 'did badly'}.`;
export const milestoneLog = (name: string) => `Milestone reached: ${name}.`;
export const monthHeading = (month: string, n: number, completed: boolean) =>
  `${month} (month ${n})${completed ? '' : ', not completed'}`;
export const noMonthLog = 'No month was completed.';
export const meterHeading = (label: string, start: string, final: string, change: string) =>
  `${label[0].toUpperCase()}${label.slice(1)}: ${start} → ${final} (${change})`;
export const nothingMoved = 'Nothing moved it.';
export const ownLargest = (sentence: string) => `Your largest own move on it: ${sentence}`;
export const question = (n: number, text: string) => `${n}. ${text}`;
export const replayFailed = (message: string) => `The replay could not be loaded: ${message}`;
export const tableDebriefFailed = (message: string) => `The table's debrief could not be opened: ${message}`;
/** A networked table's message in the decision log: "Message, Seoul to Tokyo: “…”". */
export const message = (heading: string, text: string) => `Message, ${heading}: “${text}”`;
export const replayChooserLabel = 'Load a Mending Fences replay file';
