// The guided first month's steps, in the order the guide shows them. Loaded only when the guide
// opens (a dynamic import), so a player who has finished it never downloads them again.

import type { GuideStep } from './onboarding';

/** The steps shown while planning the first month. */
export const PLANNING_STEPS: readonly GuideStep[] = [
  {
    target: 'capitals',
    heading: 'What Washington can see',
    text: 'Each capital’s backlash and willingness are estimates: the white mark is the best guess and the hatched band around it is how unsure the embassy is. The true values stay hidden until the debrief. A public that boils over can end the game.',
  },
  {
    target: 'posture',
    heading: 'The posture dials',
    text: 'Set how hard Washington leans on Seoul and on Tokyo this month, from quiet to lean hard. Pressure buys momentum and, short of leaning hard, some willingness; every step adds backlash, far more at lean hard and more than double while that capital campaigns. Keys 1–4 for Seoul, Shift+1–4 for Tokyo.',
  },
  {
    target: 'initiatives',
    heading: 'The initiative cards',
    text: 'Each card is a step you can launch, privately (cheaper, but it may leak) or publicly (more momentum, more backlash). A card costs bandwidth and many need earlier milestones. Hover over a card, or focus its buttons, and the panel on the left shows its summary, cost, every prerequisite and the terms it uses.',
  },
  {
    target: 'forecast',
    heading: 'The forecast',
    text: 'Above End turn, the forecast shows where each capital’s backlash and the momentum would land if you ended the month now, and the risks in your plan, the most serious first (Next risk, or F, shows the others). It leaves out the month’s events, which you cannot know yet.',
  },
  {
    target: 'endTurn',
    heading: 'End turn',
    text: 'When the plan is set, End turn (E) commits the month. The month’s events arrive as cards to answer; Seoul and Tokyo answer your proposals; then the turn report says what moved and why.',
  },
];

/** The step shown over the first month's turn report. */
export const REPORT_STEP: GuideStep = {
  target: 'report',
  heading: 'The turn report',
  text: 'The report lists each capital’s answer with its reasons, what moved on every meter and the largest causes. Read it, then Continue to plan the next month. That is the whole loop: you can reopen this guide from the menu or with G.',
};
