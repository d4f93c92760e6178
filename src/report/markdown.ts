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

const ANSWER_WORDS: Record<string, string> = {
  accept: 'accepted',
  acceptPrivately: 'accepted privately',
  stall: 'stalled',
  reject: 'rejected',
};

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
      return `Facilitator set ${md(METER_PHRASES[e.meter])} to ${fmt(e.value)}: “${md(e.reason)}”`;
    case 'facilitator.inject':
      return `Facilitator injected the event “${md(eventTitle(ctx, e.event, d.turn))}”`;
    case 'facilitator.injectCustom':
      return `Facilitator injected a custom event “${md(e.custom.title)}”: ${md(e.custom.text)}`;
    case 'facilitator.end':
      return 'Facilitator ended the session';
    case 'seat.assign':
      return `${md(e.seat)} seat handed to ${e.kind === 'human' ? 'a person' : 'the computer'}`;
    default:
      return null;
  }
}

function monthLines(ctx: GameContext, h: TurnRecord): string[] {
  const { scenario } = ctx;
  const out = [
    `- Posture: Seoul ${postureName(h.posture.seoul)}, Tokyo ${postureName(h.posture.tokyo)} (Washington seen as ${h.stance})`,
  ];
  const inits = h.initiatives.map((q) => `${md(scenario.initiatives[q.id]?.name ?? q.id)} (${q.channel})`);
  out.push(`- Initiatives: ${inits.length ? inits.join('; ') : 'none'}`);
  for (const p of h.proposals) {
    const answers = p.asks.map((a) => {
      const why = p.rationales[a]?.trim();
      const word = ANSWER_WORDS[p.answers[a] ?? ''] ?? 'no answer';
      return `${ALLY_NAMES[a]} ${word}${why ? ` (“${md(why)}”)` : ''}`;
    });
    const again = p.carried ? `, asked again (${p.carried})` : '';
    out.push(
      `- Proposal ${md(scenario.initiatives[p.initiative]?.name ?? p.initiative)}${again}: ${answers.join('; ')}`,
    );
  }
  for (const f of h.events) {
    const title = f.custom ? f.custom.title : eventTitle(ctx, f.id, h.turn);
    const choice = f.choice ? (scenario.events[f.id]?.choices.find((c) => c.id === f.choice)?.label ?? f.choice) : null;
    const by = f.injected ? ' (injected by the facilitator)' : '';
    out.push(`- Event: ${md(title)}${by}${choice ? `; you chose: ${md(choice)}` : ''}`);
  }
  for (const r of h.elections) {
    const name = scenario.elections.find((e) => e.id === r.id)?.name ?? r.id;
    out.push(`- Election: ${md(name)}, the governing side ${r.won ? 'did well' : 'did badly'}`);
  }
  for (const id of h.milestones) out.push(`- Milestone reached: ${md(scenario.milestones[id]?.name ?? id)}`);
  return out;
}

function decisionLog(ctx: GameContext, messages: readonly DebriefMessage[]): string[] {
  const out = ['## Month by month', ''];
  const lastTurn = Math.max(ctx.turn, ctx.history.at(-1)?.turn ?? 0, lastMessageTurn(messages));
  for (let t = 0; t <= lastTurn; t++) {
    const h = ctx.history.find((r) => r.turn === t);
    const fac = ctx.decisions.filter((d) => d.turn === t).map((d) => facilitatorLine(ctx, d));
    const lines = [
      ...(h ? monthLines(ctx, h) : []),
      ...fac.filter((l): l is string => l !== null).map((l) => `- ${l}`),
      ...messagesOfTurn(messages, t).map((m) => `- Message, ${messageHeading(m)}: “${md(m.text)}”`),
    ];
    if (!lines.length) continue;
    out.push(`### ${turnLabel(ctx.scenario, t)}${h ? '' : ' (not completed)'}`, '', ...lines, '');
  }
  return out;
}

function attributionSection(ctx: GameContext, perMeter: number): string[] {
  const attr = attribute(ctx);
  const out = ['## What moved the meters', ''];
  for (const k of METERS) {
    const a = attr[k];
    const sign = a.change > 0 ? '+' : '';
    out.push(`### ${md(a.label)}: ${fmt(a.start)} → ${fmt(a.final)} (${sign}${fmt(a.change)})`, '');
    const items = topItems(a, perMeter);
    out.push(...(items.length ? items.map((i) => `- ${md(i.sentence)}`) : ['- Nothing moved it.']));
    const own = yourBiggest(a, 1)[0];
    if (own && !items.includes(own)) out.push(`- Your largest own move on it: ${md(own.sentence)}`);
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
    `# Mending Fences debrief: ${md(scenario.title)}`,
    '',
    `- Scenario: ${md(scenario.title)} (${md(scenario.id)}), ${turnLabel(scenario, 0)} to ${turnLabel(scenario, scenario.months - 1)}`,
    `- Seed: ${settings.seed}; difficulty: ${settings.difficulty}; event density: ${settings.eventDensity}${settings.historicalCalendar ? '; historical calendar' : ''}`,
    `- Months played: ${ctx.history.length} of ${scenario.months}`,
  ];
  if (ending) {
    const s = ending.score;
    out.push(
      `- Ending: **${md(ending.title)}**. ${md(ending.text)}`,
      `- Score: ${s.total} (milestones ${s.milestones}, durability ${s.durability}, credibility ${s.credibility}, ending ${s.ending})`,
    );
  } else out.push('- Ending: the game is still in progress');
  out.push('', ...decisionLog(ctx, opts.messages ?? []), ...attributionSection(ctx, opts.causesPerMeter ?? 5));
  out.push('## Questions for discussion', '');
  discussionQuestions(ctx).forEach((q, i) => {
    out.push(`${i + 1}. ${md(q.text)}`);
  });
  const lines = compareWithHistory(ctx);
  out.push('', '## Against the record', '', ...lines.map((l) => `- ${md(l.text)}`), '', md(historySummary(lines)), '');
  return out.join('\n');
}
