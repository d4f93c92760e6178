// The hand-over screen's words, from the seminar layer's HandoverView: the pass screen, the
// delegation's private brief and the ask it answers now. Pure; numbers only from the view.

import { type Answer, round1 } from '../../model';
import type { HandoverView, RedLine } from '../../seminar/handover';
import { seminar as M } from '../../strings';

const one = (n: number) => round1(n).toString();

export const ANSWER_CHOICES: { answer: Answer; label: string }[] = [
  { answer: 'accept', label: M.answerLabels.accept },
  { answer: 'acceptPrivately', label: M.answerLabels.acceptPrivately },
  { answer: 'stall', label: M.answerLabels.stall },
  { answer: 'reject', label: M.answerLabels.reject },
];

export const MAX_RATIONALE = 200;

export function passLines(h: HandoverView): { title: string; text: string; live: string } {
  const title = M.passTitle(h.seatName);
  const text = h.passTo;
  return {
    title,
    text,
    live: M.passSaid(text, h.seatName),
  };
}

/** What the projected window shows while a delegation answers in its own brief window: nothing private. */
export function awayLines(h: HandoverView): { title: string; text: string; live: string } {
  const title = M.awayTitle(h.seatName);
  const text = M.awayText(h.seatName);
  return { title, text, live: M.titled(title, text) };
}

/** The private brief as label/value rows. */
export function briefRows(h: HandoverView): [string, string][] {
  const b = h.brief;
  const r = M.briefRows;
  return [
    [r.backlash, one(b.backlash)],
    [r.boiling(h.lines.boiling), one(h.headroom.boiling)],
    [r.rupture(h.lines.rupture), one(h.headroom.rupture)],
    [r.approval, one(b.approval)],
    [r.willingness, one(b.willingness)],
    [r.season, b.season],
    [r.election, M.nextElection(b.electionIn)],
    [r.trust, one(b.trust)],
    [r.threat, one(b.threat)],
    [r.credibility, one(b.credibility)],
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
    M.askChannel(ask.channel, ask.alsoAsked, ask.carried),
    M.domesticCost(ask.domesticCost),
    ...(red ? [redLineText(red)] : []),
    ...(red?.noHoldsLonger ? [M.stumpNo(red.noHoldsLonger)] : []),
  ];
  return { index: 1, count: h.brief.asks.length, key: ask.key, title: ask.initiative, lines };
}

export function redLineText(r: RedLine): string {
  const warn = r.crossesRupture ? M.ruptureWarning : r.crossesBoiling ? M.boilWarning : '';
  return M.redLine(one(r.backlashIfAccepted), one(r.backlashIfAcceptedPrivately), warn);
}

export function briefLive(h: HandoverView, ask: AskModel | null, chosen: Answer | null): string {
  const rows = briefRows(h)
    .map(([k, v]) => M.row(k, v))
    .join('. ');
  const askText = ask ? M.askSaid(M.askHeading(ask.index, ask.count, ask.title), ask.lines) : M.noAsksSaid;
  const chosenText = chosen ? M.chosen(ANSWER_CHOICES.find((c) => c.answer === chosen)?.label) : M.chooseAnswer;
  return M.briefSaid(h.seatName, rows, askText, chosenText);
}
