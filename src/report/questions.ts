// Discussion questions for the debrief, generated from what happened in this game (where the two
// publics diverged, pushes into campaign windows, the most turbulent month, what the ending hung
// on), followed by a few standing questions per scenario. Pure; every number comes from the record.

import { BOILING } from '../model';
import { ALLIES, ALLY_NAMES, type AllyId, type GameContext, METER_PHRASES, METERS, type MeterKey } from '../model';
import { fmt } from './attribution';
import { campaignAt, labelCause, seasonsUpTo, turnLabel } from './labels';
import { buildSeries, meterLine } from './series';

export type QuestionKind = 'divergence' | 'campaign' | 'swing' | 'ending' | 'standing';

export interface Question {
  kind: QuestionKind;
  text: string;
  /** The month the question is about, when it is about one. */
  turn?: number;
}

/** Standing questions per scenario id; `*` is the fallback for scenarios not listed. */
export const STANDING_QUESTIONS: Record<string, string[]> = {
  'mending-fences': [
    'Entrapment or abandonment: at which point did Seoul or Tokyo fear being dragged into the other’s quarrel, and when did either fear Washington would walk away?',
    'How much of the progress was American pressure, and how much was the allies’ own reading of the threat? Would the same steps have come without Washington?',
    'Did you sequence history before security, security before history, or both at once? What did the order cost each public?',
  ],
  'july-window': [
    'The window between the June and July votes was short. What did you try to lock in before the campaigns, and what did you leave for later?',
    'Entrapment or abandonment: which capital worried more that the other would pull the US into its quarrel?',
    'Should a mediator push at all in the first months of a new government, or let the leaders set the pace?',
  ],
  'built-to-last': [
    'Which of the gains of 2023 did you treat as safe, and which did you try to institutionalise before the elections of 2024?',
    'Entrapment or abandonment: how did the prospect of a change in Washington shape what Seoul and Tokyo were willing to sign?',
    'Is a framework "built to last" if it depends on the leaders who made it? What would make it survive them?',
  ],
  '*': [
    'Entrapment or abandonment: which ally feared each more, and when?',
    'What role did American pressure play, compared with the threat and with the leaders’ own interests?',
    'Did you settle history first or build security ties first? Would the other order have worked better?',
  ],
};

function divergence(ctx: GameContext): Question | null {
  const series = buildSeries(ctx);
  if (!series.rows.length) return null;
  const s = meterLine(series, 'seoul.backlash');
  const t = meterLine(series, 'tokyo.backlash');
  const gap0 = s[0] - t[0];
  let best = 1;
  for (let i = 1; i < s.length; i++) if (Math.abs(s[i] - t[i] - gap0) > Math.abs(s[best] - t[best] - gap0)) best = i;
  const drift = s[best] - t[best] - gap0;
  const turn = series.rows[best - 1].turn;
  const month = turnLabel(ctx.scenario, turn);
  if (Math.abs(drift) < 8) {
    return {
      kind: 'divergence',
      text: `Seoul's and Tokyo's backlash moved almost in step: the gap between them never moved more than ${fmt(Math.abs(drift))} points from where it started. Was that balance designed (matched asks, shared gestures) or luck?`,
    };
  }
  const hotter: AllyId = drift > 0 ? 'seoul' : 'tokyo';
  return {
    kind: 'divergence',
    turn,
    text: `The two publics parted most by ${month}: Seoul's backlash stood at ${fmt(s[best])} and Tokyo's at ${fmt(t[best])}, against ${fmt(s[0])} and ${fmt(t[0])} at the start. Why did ${ALLY_NAMES[hotter]} bear more of the cost, and could Washington have balanced what it asked of each?`,
  };
}

function campaignPushes(ctx: GameContext): Question[] {
  const seasons = seasonsUpTo(ctx, ctx.turn);
  const pushes: { ally: AllyId; turn: number; level: number; added: number }[] = [];
  for (const h of ctx.history) {
    for (const ally of ALLIES) {
      if (h.posture[ally] < 2 || seasons[ally][h.turn] !== 'campaigning') continue;
      const added = h.ledger
        .filter((e) => e.cause === `posture.${ally}` && e.meter === `${ally}.backlash` && e.turn === h.turn)
        .reduce((sum, e) => sum + e.delta, 0);
      pushes.push({ ally, turn: h.turn, level: h.posture[ally], added });
    }
  }
  if (!pushes.length) return [];
  pushes.sort((a, b) => b.added - a.added || a.turn - b.turn);
  const p = pushes[0];
  const verb = p.level === 3 ? 'leaned hard on' : 'pressed';
  const vote = campaignAt(ctx.scenario, p.ally, p.turn);
  const more = pushes.length > 1 ? ` (You pushed into a campaign window ${pushes.length} times in all.)` : '';
  return [
    {
      kind: 'campaign',
      turn: p.turn,
      text: `In ${turnLabel(ctx.scenario, p.turn)} you ${verb} ${ALLY_NAMES[p.ally]} during its campaign window${vote ? ` before the ${vote.name}` : ''}; that posture alone added ${fmt(p.added)} to ${METER_PHRASES[`${p.ally}.backlash`]} that month.${more} What did you expect to gain, and what would waiting until after the vote have cost?`,
    },
  ];
}

function largestSwing(ctx: GameContext): Question | null {
  const series = buildSeries(ctx);
  let best = -1;
  let bestMove = 0;
  series.rows.forEach((r, i) => {
    const prev = i === 0 ? series.start : series.rows[i - 1].meters;
    const move = METERS.reduce((sum, k) => sum + Math.abs(r.meters[k] - prev[k]), 0);
    if (move > bestMove) [best, bestMove] = [i, move];
  });
  if (best < 0) return null;
  const record = ctx.history[best];
  const byCause = new Map<string, number>();
  for (const e of record.ledger) byCause.set(e.cause, (byCause.get(e.cause) ?? 0) + Math.abs(e.delta));
  const ranked = [...byCause.entries()].sort((a, b) => b[1] - a[1]);
  const moves = ranked.filter(([cause]) => cause !== 'drift');
  const top = (moves.length ? moves : ranked).slice(0, 2);
  const drivers = top.map(([cause]) => labelCause(ctx, cause, record.turn).what).join(' and ');
  return {
    kind: 'swing',
    turn: record.turn,
    text: `${turnLabel(ctx.scenario, record.turn)} was the most turbulent month (${fmt(bestMove)} points of movement across all meters), driven mostly by ${drivers}. Could it have been foreseen, and did you steer through it or ride it out?`,
  };
}

function endingQuestion(ctx: GameContext): Question | null {
  if (!ctx.ending) return null;
  const title = ctx.scenario.endings[ctx.ending]?.title ?? ctx.ending;
  const lines: { meter: MeterKey; line: number; name: string }[] = [
    { meter: 'seoul.backlash', line: BOILING, name: 'boiling' },
    { meter: 'tokyo.backlash', line: BOILING, name: 'boiling' },
    { meter: 'seoul.backlash', line: 100, name: 'rupture' },
    { meter: 'tokyo.backlash', line: 100, name: 'rupture' },
    { meter: 'credibility', line: 0, name: 'discredited' },
  ];
  const closest = lines
    .map((l) => ({ ...l, gap: ctx.meters[l.meter] - l.line }))
    .sort((a, b) => Math.abs(a.gap) - Math.abs(b.gap))[0];
  const side = closest.gap < 0 ? 'below' : closest.gap > 0 ? 'above' : 'exactly on';
  const capstone = ctx.scenario.milestones[ctx.scenario.capstone];
  const cap = ctx.scenario.capstone in ctx.milestones ? 'with' : 'without';
  return {
    kind: 'ending',
    text: `Your ending, ${title}, came ${cap} “${capstone?.name ?? 'the capstone'}”. It hung most closely on ${METER_PHRASES[closest.meter]}, which finished at ${fmt(ctx.meters[closest.meter])}, ${fmt(Math.abs(closest.gap))} points ${side} the ${closest.name} line. Which single decision would have moved it across?`,
  };
}

/** The debrief's questions: generated ones first, then the scenario's standing questions. */
export function discussionQuestions(ctx: GameContext): Question[] {
  const generated = [divergence(ctx), ...campaignPushes(ctx), largestSwing(ctx), endingQuestion(ctx)];
  const standing = STANDING_QUESTIONS[ctx.scenario.id] ?? STANDING_QUESTIONS['*'];
  return [
    ...generated.filter((q): q is Question => q !== null),
    ...standing.map((text) => ({ kind: 'standing' as const, text })),
  ];
}
