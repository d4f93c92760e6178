// The Markdown debrief: scenario, seed, ending and score, the month-by-month decision log, what
// moved each meter, the discussion questions and the comparison with the record; a networked
// table's messages between delegations sit in the month they were written. Every piece of text is
// escaped so a rationale, a message, a facilitator's reason or a custom title stays literal.

import { selectEnding } from '../model';
import { ALLY_NAMES, type Decision, type GameContext, METER_PHRASES, METERS, type TurnRecord } from '../model';
import { attribute, fmt, topItems, yourBiggest } from './attribution';
import { compareWithHistory, historySummary } from './historicalRecord';
import { eventTitle, postureName, turnLabel } from './labels';
import { type DebriefMessage, lastMessageTurn, messageHeading, messagesOfTurn } from './messages';
import { discussionQuestions } from './questions';
import { markdown as M } from '../strings/report';

const ANSWER_WORDS: Record<string, string> = M.answerWords;

/** Text made literal for Markdown and HTML: one line, entities for & < >, backslashes for the rest. */
export function md(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#{}]/g, (c) => `\\${c}`);
}

function facilitatorLine(ctx: GameContext, d: Decision): string | null {
  const e = d.event;
  switch (e.type) {
    case 'facilitator.adjust':
      return M.facilitatorSet(md(METER_PHRASES[e.meter]), fmt(e.value), md(e.reason));
    case 'facilitator.inject':
      return M.facilitatorInjected(md(eventTitle(ctx, e.event, d.turn)));
    case 'facilitator.injectCustom':
      return M.facilitatorCustom(md(e.custom.title), md(e.custom.text));
    case 'facilitator.end':
      return M.facilitatorEnded;
    case 'seat.assign':
      return M.seatHanded(md(e.seat), e.kind === 'human');
    default:
      return null;
  }
}

function monthLines(ctx: GameContext, h: TurnRecord): string[] {
  const { scenario } = ctx;
  const out = [M.posture(postureName(h.posture.seoul), postureName(h.posture.tokyo), h.stance)];
  const inits = h.initiatives.map((q) => M.initiative(md(scenario.initiatives[q.id]?.name ?? q.id), q.channel));
  out.push(M.initiatives(inits));
  for (const p of h.proposals) {
    const answers = p.asks.map((a) => {
      const why = p.rationales[a]?.trim();
      const word = ANSWER_WORDS[p.answers[a] ?? ''] ?? M.noAnswer;
      return M.answer(ALLY_NAMES[a], word, why ? md(why) : '');
    });
    const again = p.carried ? M.askedAgain(p.carried) : '';
    out.push(M.proposal(md(scenario.initiatives[p.initiative]?.name ?? p.initiative), again, answers));
  }
  for (const f of h.events) {
    const title = f.custom ? f.custom.title : eventTitle(ctx, f.id, h.turn);
    const choice = f.choice ? (scenario.events[f.id]?.choices.find((c) => c.id === f.choice)?.label ?? f.choice) : null;
    const by = f.injected ? M.injectedBy : '';
    out.push(M.event(md(title), by, choice ? md(choice) : null));
  }
  for (const r of h.elections) {
    const name = scenario.elections.find((e) => e.id === r.id)?.name ?? r.id;
    out.push(M.election(md(name), r.won));
  }
  for (const id of h.milestones) out.push(M.milestone(md(scenario.milestones[id]?.name ?? id)));
  return out;
}

function decisionLog(ctx: GameContext, messages: readonly DebriefMessage[]): string[] {
  const out = [M.monthByMonth, ''];
  const lastTurn = Math.max(ctx.turn, ctx.history.at(-1)?.turn ?? 0, lastMessageTurn(messages));
  for (let t = 0; t <= lastTurn; t++) {
    const h = ctx.history.find((r) => r.turn === t);
    const fac = ctx.decisions.filter((d) => d.turn === t).map((d) => facilitatorLine(ctx, d));
    const lines = [
      ...(h ? monthLines(ctx, h) : []),
      ...fac.filter((l): l is string => l !== null).map((l) => `- ${l}`),
      ...messagesOfTurn(messages, t).map((m) => M.message(messageHeading(m), md(m.text))),
    ];
    if (!lines.length) continue;
    out.push(M.month(turnLabel(ctx.scenario, t), !!h), '', ...lines, '');
  }
  return out;
}

function attributionSection(ctx: GameContext, perMeter: number): string[] {
  const attr = attribute(ctx);
  const out = [M.whatMoved, ''];
  for (const k of METERS) {
    const a = attr[k];
    const sign = a.change > 0 ? '+' : '';
    out.push(M.meter(md(a.label), fmt(a.start), fmt(a.final), `${sign}${fmt(a.change)}`), '');
    const items = topItems(a, perMeter);
    out.push(...(items.length ? items.map((i) => `- ${md(i.sentence)}`) : [M.nothingMoved]));
    const own = yourBiggest(a, 1)[0];
    if (own && !items.includes(own)) out.push(M.ownLargest(md(own.sentence)));
    out.push('');
  }
  return out;
}

export interface MarkdownOptions {
  /** Causes listed per meter before the rest are summed into one line (default 5). */
  causesPerMeter?: number;
  /** A networked table's messages between delegations, shown in their months. */
  messages?: readonly DebriefMessage[];
}

/** The whole debrief as Markdown text. */
export function debriefMarkdown(ctx: GameContext, opts: MarkdownOptions = {}): string {
  const { scenario, settings } = ctx;
  const ending = selectEnding(ctx);
  const out = [
    M.title(md(scenario.title)),
    '',
    M.scenario(md(scenario.title), md(scenario.id), turnLabel(scenario, 0), turnLabel(scenario, scenario.months - 1)),
    M.settings(settings.seed, settings.difficulty, settings.eventDensity, !!settings.historicalCalendar),
    M.played(ctx.history.length, scenario.months),
  ];
  if (ending) {
    const s = ending.score;
    out.push(
      M.ending(md(ending.title), md(ending.text)),
      M.score(s.total, s.milestones, s.durability, s.credibility, s.ending),
    );
  } else out.push(M.inProgress);
  out.push('', ...decisionLog(ctx, opts.messages ?? []), ...attributionSection(ctx, opts.causesPerMeter ?? 5));
  out.push(M.questions, '');
  discussionQuestions(ctx).forEach((q, i) => {
    out.push(`${i + 1}. ${md(q.text)}`);
  });
  const lines = compareWithHistory(ctx);
  out.push('', M.record, '', ...lines.map((l) => `- ${md(l.text)}`), '', md(historySummary(lines)), '');
  return out.join('\n');
}
