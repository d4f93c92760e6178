// The debrief's text sections as plain paragraphs (never markup): the month-by-month decision log
// (with a networked table's messages between delegations in the month they were written), what moved each meter, the discussion questions and the comparison with the record. Every number
// and sentence comes from the report layer; this file only arranges them for the pages.

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

export type ParaKind = 'heading' | 'body' | 'note';

export interface Para {
  kind: ParaKind;
  text: string;
}

const h = (text: string): Para => ({ kind: 'heading', text });
const p = (text: string): Para => ({ kind: 'body', text });
const note = (text: string): Para => ({ kind: 'note', text });

const ANSWER_WORDS: Record<string, string> = {
  accept: 'accepted',
  acceptPrivately: 'accepted privately',
  stall: 'stalled',
  reject: 'rejected',
};

function facilitatorLine(ctx: GameContext, d: Decision): string | null {
  const e = d.event;
  switch (e.type) {
    case 'facilitator.adjust':
      return `Facilitator set ${METER_PHRASES[e.meter]} to ${fmt(e.value)}: “${e.reason}”.`;
    case 'facilitator.inject':
      return `Facilitator injected the event “${eventTitle(ctx, e.event, d.turn)}”.`;
    case 'facilitator.injectCustom':
      return `Facilitator injected a custom event “${e.custom.title}”: ${e.custom.text}`;
    case 'facilitator.end':
      return 'Facilitator ended the session.';
    case 'seat.assign':
      return `The ${e.seat} seat was handed to ${e.kind === 'human' ? 'a person' : 'the computer'}.`;
    default:
      return null;
  }
}

function monthParas(ctx: GameContext, r: TurnRecord): Para[] {
  const { scenario } = ctx;
  const out = [
    p(
      `Posture: Seoul ${postureName(r.posture.seoul)}, Tokyo ${postureName(r.posture.tokyo)} (Washington seen as ${r.stance}).`,
    ),
  ];
  const inits = r.initiatives.map((q) => `${scenario.initiatives[q.id]?.name ?? q.id} (${q.channel})`);
  out.push(p(`Initiatives and channels: ${inits.length ? inits.join('; ') : 'none'}.`));
  for (const pr of r.proposals) {
    const answers = pr.asks.map((a) => {
      const why = pr.rationales[a]?.trim();
      const word = ANSWER_WORDS[pr.answers[a] ?? ''] ?? 'gave no answer';
      return `${ALLY_NAMES[a]} ${word}${why ? `, saying “${why}”` : ''}`;
    });
    const again = pr.carried ? ` (asked again, ${pr.carried})` : '';
    out.push(
      p(`Answers on ${scenario.initiatives[pr.initiative]?.name ?? pr.initiative}${again}: ${answers.join('; ')}.`),
    );
  }
  for (const f of r.events) {
    const title = f.custom ? f.custom.title : eventTitle(ctx, f.id, r.turn);
    const choice = f.choice ? (scenario.events[f.id]?.choices.find((c) => c.id === f.choice)?.label ?? f.choice) : null;
    const by = f.injected ? ' (injected by the facilitator)' : '';
    out.push(p(`Event: ${title}${by}${choice ? `; you chose: ${choice}` : ''}.`));
  }
  for (const e of r.elections) {
    const name = scenario.elections.find((x) => x.id === e.id)?.name ?? e.id;
    out.push(p(`Election: ${name}, the governing side ${e.won ? 'did well' : 'did badly'}.`));
  }
  for (const id of r.milestones) out.push(p(`Milestone reached: ${scenario.milestones[id]?.name ?? id}.`));
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
    const said = messagesOfTurn(messages, t).map((m) => p(`Message, ${messageHeading(m)}: “${m.text}”`));
    const lines = [...(r ? monthParas(ctx, r) : []), ...fac, ...said];
    if (!lines.length) continue;
    out.push(h(`${turnLabel(ctx.scenario, t)} (month ${t + 1})${r ? '' : ', not completed'}`), ...lines);
  }
  return out.length ? out : [note('No month was completed.')];
}

/** What moved each meter: its change and its largest causes as sentences. */
export function attributionParas(ctx: GameContext, perMeter = 3): Para[] {
  const attr = attribute(ctx);
  const out: Para[] = [];
  for (const k of METERS) {
    const a = attr[k];
    const sign = a.change > 0 ? '+' : '';
    out.push(
      h(`${a.label[0].toUpperCase()}${a.label.slice(1)}: ${fmt(a.start)} → ${fmt(a.final)} (${sign}${fmt(a.change)})`),
    );
    const items = topItems(a, perMeter);
    out.push(...(items.length ? items.map((i) => p(i.sentence)) : [note('Nothing moved it.')]));
    const own = yourBiggest(a, 1)[0];
    if (own && !items.includes(own)) out.push(note(`Your largest own move on it: ${own.sentence}`));
  }
  return out;
}

export function questionParas(ctx: GameContext): Para[] {
  return discussionQuestions(ctx).map((q, i) => p(`${i + 1}. ${q.text}`));
}

export function historyParas(ctx: GameContext): Para[] {
  const lines = compareWithHistory(ctx);
  return [h(historySummary(lines)), ...lines.map((l) => p(l.text))];
}
