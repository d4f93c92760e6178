// The hand-over screen's words, from the seminar layer's HandoverView: the pass screen, the
// delegation's private brief and the ask it answers now. Pure; numbers only from the view.

import { type Answer, round1 } from '../../model';
import type { HandoverView, RedLine } from '../../seminar/handover';

const one = (n: number) => round1(n).toString();

export const ANSWER_CHOICES: { answer: Answer; label: string }[] = [
  { answer: 'accept', label: 'Accept' },
  { answer: 'acceptPrivately', label: 'Accept privately' },
  { answer: 'stall', label: 'Stall' },
  { answer: 'reject', label: 'Reject' },
];

export const MAX_RATIONALE = 200;

export function passLines(h: HandoverView): { title: string; text: string; live: string } {
  const title = `Pass the device to the ${h.seatName} delegation`;
  const text = h.passTo;
  return {
    title,
    text,
    live: `${text} Press Enter when the ${h.seatName} delegation is ready, or W to open its brief in its own window, away from the projector.`,
  };
}

/** What the projected window shows while a delegation answers in its own brief window: nothing private. */
export function awayLines(h: HandoverView): { title: string; text: string; live: string } {
  const title = `The ${h.seatName} delegation is answering`;
  const text = `Its private brief is open in its own window on the laptop; nothing private is shown here. The game goes on when the ${h.seatName} delegation has answered. If that window was closed, press W to reopen it.`;
  return { title, text, live: `${title}. ${text}` };
}

/** The private brief as label/value rows. */
export function briefRows(h: HandoverView): [string, string][] {
  const b = h.brief;
  const election =
    b.electionIn === null
      ? 'none in this scenario'
      : b.electionIn === 0
        ? 'this month'
        : `in ${b.electionIn} month${b.electionIn === 1 ? '' : 's'}`;
  return [
    ['Your public backlash (true)', one(b.backlash)],
    [`Headroom before the public boils (${h.lines.boiling})`, one(h.headroom.boiling)],
    [`Headroom before rupture (${h.lines.rupture})`, one(h.headroom.rupture)],
    ['Government approval', one(b.approval)],
    ['Willingness to deal', one(b.willingness)],
    ['Political season', b.season],
    ['Next election', election],
    ['Trust between Seoul and Tokyo', one(b.trust)],
    ['Threat from the North', one(b.threat)],
    ['US credibility', one(b.credibility)],
  ];
}

export interface AskModel {
  index: number;
  count: number;
  key: string;
  title: string;
  lines: string[];
}

export function currentAsk(h: HandoverView): AskModel | null {
  const ask = h.brief.asks[0];
  if (!ask) return null;
  const red = h.redLines.find((r) => r.proposal === ask.key);
  const lines = [
    ask.ask,
    `Channel: ${ask.channel}${ask.alsoAsked.length ? ` · also asked of ${ask.alsoAsked.join(', ')}` : ''}${ask.carried ? ` · carried over ${ask.carried}×` : ''}`,
    `Domestic cost: ${ask.domesticCost}`,
    ...(red ? [redLineText(red)] : []),
  ];
  return { index: 1, count: h.brief.asks.length, key: ask.key, title: ask.initiative, lines };
}

export function redLineText(r: RedLine): string {
  const warn = r.crossesRupture
    ? ' ⚠ A yes would RUPTURE relations at home.'
    : r.crossesBoiling
      ? ' ⚠ A yes would make your public boil.'
      : '';
  return `A yes adds about ${one(r.backlashIfAccepted)} backlash at home (a private yes ${one(r.backlashIfAcceptedPrivately)}).${warn}`;
}

export function briefLive(h: HandoverView, ask: AskModel | null, chosen: Answer | null): string {
  const rows = briefRows(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join('. ');
  const askText = ask ? `Ask ${ask.index} of ${ask.count}: ${ask.title}. ${ask.lines.join(' ')}` : 'No asks left.';
  const chosenText = chosen
    ? `Chosen: ${ANSWER_CHOICES.find((c) => c.answer === chosen)?.label}.`
    : 'Choose 1 accept, 2 accept privately, 3 stall or 4 reject,';
  return `${h.seatName} delegation's private brief. ${rows}. ${askText} ${chosenText} type a one-line reason, then press Enter to send.`;
}
