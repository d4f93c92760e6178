// Words for the situation room: the live-region summary, the event card and the turn report, built
// from the model's selectors. Formatting only; every number comes from a selector.

import {
  ALLY_NAMES,
  type GameContext,
  type GameEvent,
  POSTURE_NAMES,
  selectGoal,
  selectMonth,
  selectPendingChoices,
  selectBandwidth,
  selectWashingtonReport,
  selectWashingtonView,
} from '../model';
import { answerMarks, moveLines } from './feelModels';
import { answerLines, backlashSection, bandwidthLive } from './readouts';
import { FEEL } from '../strings/feel';
import type { EventCardModel, ReportModel } from './ResolutionView';
import { readouts as W, room as R } from '../strings';

export { ANSWER_WORDS } from './readouts';

/**
 * The goal in words (selectGoal): the top bar's line, and what the live region says, which adds the
 * next step while more than the capstone itself is ahead ("within reach" already names it).
 */
export function goalWords(ctx: GameContext): { line: string; said: string } {
  const g = selectGoal(ctx);
  const line = g.reached ? R.goalSecured(g.end, g.boiling, g.momentum) : R.goalAhead(g.capstone, g.stepsLeft);
  return { line, said: R.goalSaid(line, g.reached || g.stepsLeft < 2 ? null : g.next) };
}

export function monthLine(ctx: GameContext): string {
  const m = selectMonth(ctx);
  return W.monthLine(m.label, m.turn + 1, m.months);
}

export function metersSummary(ctx: GameContext): string {
  const v = selectWashingtonView(ctx);
  const ally = (name: string, a: typeof v.seoul) =>
    W.allySummary(
      name,
      Math.round(a.backlash.backlash),
      Math.round(a.backlash.uncertainty),
      a.mood,
      Math.round(a.willingness.willingness),
      Math.round(a.willingness.uncertainty),
      Math.round(a.approval),
    );
  return [
    ally(ALLY_NAMES.seoul, v.seoul),
    ally(ALLY_NAMES.tokyo, v.tokyo),
    W.trustSummary(Math.round(v.trust)),
    W.momentumSummary(Math.round(v.momentum)),
    W.threatSummary(Math.round(v.threat), v.threatBand),
    W.credibilitySummary(Math.round(v.credibility)),
    W.bandwidthSummary(v.bandwidthUsed, v.bandwidth, bandwidthLive(selectBandwidth(ctx))),
    W.stanceSummary(v.stance),
    W.postureSummary(POSTURE_NAMES[v.posture.seoul], POSTURE_NAMES[v.posture.tokyo]),
  ].join('. ');
}

export function eventCard(ctx: GameContext, blocked: (e: GameEvent) => string | null): EventCardModel | null {
  const ev = selectPendingChoices(ctx)[0];
  if (!ev) return null;
  return {
    kind: 'event',
    id: ev.id,
    title: ev.title,
    text: ev.text,
    choices: ev.choices.map((c) => ({
      id: c.id,
      label: c.label,
      text: R.choiceText(c.text, c.bandwidth),
      blocked: blocked({ type: 'event.choose', event: ev.id, choice: c.id }),
    })),
  };
}

export function eventLive(card: EventCardModel): string {
  const choices = card.choices.map((c, i) => W.choiceSaid(i + 1, c.label, c.text)).join(' ');
  return W.eventSaid(card.title, card.text, choices, card.choices.length);
}

export function turnReport(ctx: GameContext, blocked: string | null): ReportModel | null {
  const r = selectWashingtonReport(ctx);
  if (!r) return null;
  const answers = answerLines(ctx);
  const h = ctx.history;
  const elections = r.elections.map((e) => {
    const name = ctx.scenario.elections.find((x) => x.id === e.id)?.name ?? e.id;
    return W.electionResult(name, e.won);
  });
  const fired = (h.at(-1)?.events ?? []).map((f) => f.custom?.title ?? ctx.scenario.events[f.id]?.title ?? f.id);
  // a crowded month names its first five events (the news ticker and the debrief have them all)
  const events = fired.length > 5 ? [...fired.slice(0, 5), W.moreEvents(fired.length - 5)] : fired;
  return {
    kind: 'report',
    title: W.reportTitle(r.label),
    sections: [
      {
        heading: W.answersHeading,
        lines: answers.length ? answers : [W.noProposals],
        live: answerLines(ctx, true),
        marks: answers.length ? answerMarks(ctx) : undefined,
        animate: true,
      },
      { heading: W.happenedHeading, lines: [[...events, ...elections].join(' · ')].filter(Boolean) },
      { heading: W.milestonesHeading, lines: r.milestones },
      // the public meters that moved, each with its main cause (true backlash and willingness stay hidden)
      { heading: FEEL.report.movesHeading, lines: moveLines(ctx), animate: true },
      {
        heading: W.backlashHeading,
        lines: backlashSection(ctx),
        column: 1,
      },
    ],
    continueLabel: r.ending ? W.seeEnding : W.nextMonth,
    blocked,
  };
}

export function reportLive(m: ReportModel): string {
  const sentence = (t: string) => (/[.!?]$/.test(t) ? t : `${t}.`);
  const parts = m.sections
    .filter((s) => s.lines.length)
    .map((s) => sentence(W.sectionSaid(s.heading, s.live?.length ? s.live : s.lines)));
  return W.reportSaid(m.title, parts, m.continueLabel);
}
