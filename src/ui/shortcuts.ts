// The keyboard shortcuts, listed once for the help overlay (and the README).

import { ONBOARDING } from '../strings/onboarding';

export const SHORTCUTS: [string, string][] = [
  ['Tab / Shift+Tab, arrows', 'move the focus ring between controls'],
  ['Enter or Space', 'use the focused control'],
  ['? or F1', 'open or close this help; Esc closes it'],
  ['N / C / M / S (title)', 'new game, continue, reduced motion, sources & credits'],
  ['1–3, D, R, Enter (setup)', 'scenario 1–3, cycle difficulty, random seed, start'],
  ['1–4', 'Seoul posture: quiet, nudge, press, lean hard'],
  ['Shift+1–4', 'Tokyo posture: quiet, nudge, press, lean hard'],
  ['E', 'end the turn (commit the month)'],
  ['G (room)', ONBOARDING.help.guide],
  ['1–4 (event card)', 'pick a choice'],
  ['Enter or C (report)', 'continue to the next month'],
];
