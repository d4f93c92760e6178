// The debrief's text sections as plain paragraphs (never markup): the month-by-month decision log
// (with a networked table's messages between delegations in the month they were written), what
// moved each meter, the discussion questions and the comparison with the record. Every number and
// sentence comes from the report layer; this file only arranges them for the pages.

import { ALLY_NAMES, type Decision, type GameContext, METER_PHRASES, METERS, type TurnRecord } from '../../model';
import {
  attribute,
  compareWithHistory,
  type DebriefMessage,
  discussionQuestions,
  fmt,
  historySummary,
  lastMessageTurn,
  messageHeading,
  messagesOfTurn,
  topItems,
  turnLabel,
  yourBiggest,
} from '../../report';
import { eventTitle, postureName } from '../../report/labels';
import { debrief as D } from '../../strings';

export type ParaKind = 'heading' | 'body' | 'note';

export interface Para {
  kind: ParaKind;
  text: string;
}

const h = (text: string): Para => ({ kind: 'heading', text });
const p = (text: string): Para => ({ kind: 'body', text });
const note = (text: string): Para => ({ kind: 'note', text });

const ANSWER_WORDS = D.answeredWords;

function facilitatorLine(ctx: GameContext, d: Decision): string | null {
  const e = d.event;
  switch (e.type) {
    case 'facilitator.adjust':
      return D.facilitatorSet(METER_PHRASES[e.meter], fmt(e.value), e.reason);
    case 'facilitator.inject':
      return D.facilitatorInjected(eventTitle(ctx, e.event, d.turn));
    case 'facilitator.injectCustom':
      return D.facilitatorCustom(e.custom.title, e.custom.text);
    case 'facilitator.end':
      return D.facilitatorEnded;
    case 'seat.assign':
      return D.seatHanded(e.seat, e.kind === 'human');
    default:
      return null;
  }
}

function monthParas(ctx: GameContext, r: TurnRecord): Para[] {
  const { scenario } = ctx;
  const out = [p(D.postureLog(postureName(r.posture.seoul), postureName(r.posture.tokyo), r.stance))];
  const inits = r.initiatives.map((q) => D.initiativeChannel(scenario.initiatives[q.id]?.name ?? q.id, q.channel));
  out.push(p(D.initiativesLog(inits)));
  for (const pr of r.proposals) {
    const answers = pr.asks.map((a) => {
      const why = pr.rationales[a]?.trim();
      const word = ANSWER_WORDS[pr.answers[a] ?? ''] ?? D.noAnswer;
      return D.answerLog(ALLY_NAMES[a], word, why);
    });
    const again = pr.carried ? D.askedAgain(pr.carried) : '';
    out.push(p(D.answersLog(scenario.initiatives[pr.initiative]?.name ?? pr.initiative, again, answers)));
  }
  for (const f of r.events) {
    const title = f.custom ? f.custom.title : eventTitle(ctx, f.id, r.turn);
    const choice = f.choice ? (scenario.events[f.id]?.choices.find((c) => c.id === f.choice)?.label ?? f.choice) : null;
    const by = f.injected ? D.injectedNote : '';
    out.push(p(D.eventLog(title, by, choice)));
  }
  for (const e of r.elections) {
    const name = scenario.elections.find((x) => x.id === e.id)?.name ?? e.id;
    out.push(p(D.electionLog(name, e.won)));
  }
  for (const id of r.milestones) out.push(p(D.milestoneLog(scenario.milestones[id]?.name ?? id)));
  return out;
}

/** The decision log, month by month, with the facilitator's actions and the messages in the month they were made. */
export function logParas(ctx: GameContext, messages: readonly DebriefMessage[] = []): Para[] {
  const out: Para[] = [];
  const lastTurn = Math.max(ctx.turn, ctx.history.at(-1)?.turn ?? 0, lastMessageTurn(messages));
  for (let t = 0; t <= lastTurn; t++) {
    const r = ctx.history.find((x) => x.turn === t);
    const fac = ctx.decisions
      .filter((d) => d.turn === t)
      .map((d) => facilitatorLine(ctx, d))
      .filter((l): l is string => l !== null)
      .map(p);
    const said = messagesOfTurn(messages, t).map((m) => p(D.message(messageHeading(m), m.text)));
    const lines = [...(r ? monthParas(ctx, r) : []), ...fac, ...said];
    if (!lines.length) continue;
    out.push(h(D.monthHeading(turnLabel(ctx.scenario, t), t + 1, !!r)), ...lines);
  }
  return out.length ? out : [note(D.noMonthLog)];
}

/** What moved each meter: its change and its largest causes as sentences. */
export function attributionParas(ctx: GameContext, perMeter = 3): Para[] {
  const attr = attribute(ctx);
  const out: Para[] = [];
  for (const k of METERS) {
    const a = attr[k];
    const sign = a.change > 0 ? '+' : '';
    out.push(h(D.meterHeading(a.label, fmt(a.start), fmt(a.final), `${sign}${fmt(a.change)}`)));
    const items = topItems(a, perMeter);
    out.push(...(items.length ? items.map((i) => p(i.sentence)) : [note(D.nothingMoved)]));
    const own = yourBiggest(a, 1)[0];
    if (own && !items.includes(own)) out.push(note(D.ownLargest(own.sentence)));
  }
  return out;
}

export function questionParas(ctx: GameContext): Para[] {
  return discussionQuestions(ctx).map((q, i) => p(D.question(i + 1, q.text)));
}

export function historyParas(ctx: GameContext): Para[] {
  const lines = compareWithHistory(ctx);
  return [h(historySummary(lines)), ...lines.map((l) => p(l.text))];
}
