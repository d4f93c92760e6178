// Words every screen shares: the help overlay and its shortcut table, the focus line of the live
// region, the error screen, file pickers and the seminar join dialog.

export const close = 'Close';
export const onOff = (on: boolean) => (on ? 'on' : 'off');
export const reducedMotion = (on: boolean) => `Reduced motion: ${onOff(on)}`;
export const helpTitle = 'Keyboard shortcuts';
/** The live region while the help overlay is open. */
export const helpSaid = (summary: string) => `Help. ${summary}`;
/** The live region's second line: the control the focus ring is on. */
export const focusedLine = (control: string) => `\nFocused: ${control}`;

/** The keyboard shortcuts, listed once for the help overlay (and the README): keys, what they do. */
export const shortcuts: [string, string][] = [
  ['Tab / Shift+Tab, arrows', 'move the focus ring between controls'],
  ['Enter or Space', 'use the focused control'],
  ['? or F1', 'open or close this help; Esc closes it'],
  ['N / C / M / O / V / S (title)', 'new game, continue, reduced motion, sound, volume, credits'],
  ['1–3, D, R, Enter (setup)', 'scenario 1–3, cycle difficulty, random seed, start'],
  ['1–4', 'Seoul posture: quiet, nudge, press, lean hard'],
  ['Shift+1–4', 'Tokyo posture: quiet, nudge, press, lean hard'],
  ['E', 'end the turn (commit the month)'],
  ['F', "the forecast's next risk (its Next button)"],
  ['[ and ]', 'page the initiative cards'],
  ['G (room)', 'open the guided first month again'],
  ['1–4 (event card)', 'pick a choice'],
  ['Enter or C (report)', 'continue to the next month'],
];
export const shortcutLine = (keys: string, what: string) => `${keys}: ${what}.`;

export const errorIntro = 'The game cannot start with this data. These are the problems found:';
export const reload = 'Reload';
/** main.ts: the live region's copy of the error screen. */
export const errorSaid = (title: string, lines: string[]) => `Error: ${title}. ${lines.join(' ')}`;
export const contentFailed = 'The game content could not be loaded';

export const fileUnreadable = (name: string) => `The file "${name}" could not be read.`;

export const joinTitle = 'Join with a session code';
export const joinHint = 'Type the code your instructor gave you, e.g. MF1-JW-883N2-N-HHC-45-6 (letters in any case).';
export const joinCodeLabel = 'Session code';
export const joinProblem = (problem: string) => `This code cannot be used: ${problem}.`;
export const join = 'Join';
export const cancel = 'Cancel';
