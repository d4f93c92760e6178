// Words for the situation room: the live-region summary, the event card and the turn report, built
// from the model's selectors. Formatting only; every number comes from a selector.

import {
  type GameContext,
  type GameEvent,
  POSTURE_NAMES,
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

export { ANSWER_WORDS } from './readouts';

export function monthLine(ctx: GameContext): string {
  const m = selectMonth(ctx);
  return `${m.label}, month ${m.turn + 1} of ${m.months}`;
}

export function metersSummary(ctx: GameContext): string {
  const v = selectWashingtonView(ctx);
  const ally = (name: string, a: typeof v.seoul) =>
    `${name} backlash estimate ${Math.round(a.backlash.backlash)} ± ${Math.round(a.backlash.uncertainty)} (${a.mood}), willingness estimate ${Math.round(a.willingness.willingness)} ± ${Math.round(a.willingness.uncertainty)}, approval ${Math.round(a.approval)}`;
  return [
    ally('Seoul', v.seoul),
    ally('Tokyo', v.tokyo),
    `Trust ${Math.round(v.trust)}`,
    `Momentum ${Math.round(v.momentum)}`,
    `Threat ${Math.round(v.threat)} (${v.threatBand})`,
    `Credibility ${Math.round(v.credibility)}`,
    `Bandwidth ${v.bandwidthUsed} of ${v.bandwidth} used (${bandwidthLive(selectBandwidth(ctx))})`,
    `Stance ${v.stance}`,
    `Posture: Seoul ${POSTURE_NAMES[v.posture.seoul]}, Tokyo ${POSTURE_NAMES[v.posture.tokyo]}`,
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
    choices: ev.choices.map((c) => ({ ...c, blocked: blocked({ type: 'event.choose', event: ev.id, choice: c.id }) })),
  };
}

export function eventLive(card: EventCardModel): string {
  const choices = card.choices.map((c, i) => `${i + 1}. ${c.label}: ${c.text}`).join(' ');
  return `Event card: ${card.title}. ${card.text} Choices: ${choices} Press 1 to ${card.choices.length} to choose.`;
}

export function turnReport(ctx: GameContext, blocked: string | null): ReportModel | null {
  const r = selectWashingtonReport(ctx);
  if (!r) return null;
  const answers = answerLines(ctx);
  const h = ctx.history;
  const elections = r.elections.map((e) => {
    const name = ctx.scenario.elections.find((x) => x.id === e.id)?.name ?? e.id;
    return `${name}: the governing side ${e.won ? 'held on' : 'lost'}`;
  });
  const fired = (h.at(-1)?.events ?? []).map((f) => f.custom?.title ?? ctx.scenario.events[f.id]?.title ?? f.id);
  // a crowded month names its first five events (the news ticker and the debrief have them all)
  const events = fired.length > 5 ? [...fired.slice(0, 5), `${fired.length - 5} more`] : fired;
  return {
    kind: 'report',
    title: `Turn report: ${r.label}`,
    sections: [
      {
        heading: 'Answers to your proposals',
        lines: answers.length ? answers : ['No proposals were put this month.'],
        live: answerLines(ctx, true),
        marks: answers.length ? answerMarks(ctx) : undefined,
        animate: true,
      },
      { heading: 'What happened', lines: [[...events, ...elections].join(' · ')].filter(Boolean) },
      { heading: 'Milestones reached', lines: r.milestones },
      // the public meters that moved, each with its main cause (true backlash and willingness stay hidden)
      { heading: FEEL.report.movesHeading, lines: moveLines(ctx), animate: true },
      {
        heading: 'Backlash as Washington accounts for it (the true level stays hidden)',
        lines: backlashSection(ctx),
        column: 1,
      },
    ],
    continueLabel: r.ending ? 'See the ending' : 'Continue to next month',
    blocked,
  };
}

export function reportLive(m: ReportModel): string {
  const sentence = (t: string) => (/[.!?]$/.test(t) ? t : `${t}.`);
  const parts = m.sections
    .filter((s) => s.lines.length)
    .map((s) => sentence(`${s.heading}: ${(s.live?.length ? s.live : s.lines).join('; ')}`));
  return `${m.title}. ${parts.join(' ')} Press Enter to ${m.continueLabel.toLowerCase()}.`;
}
