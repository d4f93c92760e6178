// Discussion questions for the debrief, generated from what happened in this game (where the two
// publics diverged, pushes into campaign windows, the most turbulent month, what the ending hung
// on), followed by a few standing questions per scenario. Pure; every number comes from the record.

import { BOILING } from '../model';
import { ALLIES, ALLY_NAMES, type AllyId, type GameContext, METER_PHRASES, METERS, type MeterKey } from '../model';
import { fmt } from './attribution';
import { campaignAt, labelCause, seasonsUpTo, turnLabel } from './labels';
import { buildSeries, meterLine } from './series';
import { questions as Q } from '../strings/report';

export type QuestionKind = 'divergence' | 'campaign' | 'swing' | 'ending' | 'standing';

export interface Question {
  kind: QuestionKind;
  text: string;
  /** The month the question is about, when it is about one. */
  turn?: number;
}

export { STANDING_QUESTIONS } from './standingQuestions';
import { STANDING_QUESTIONS } from './standingQuestions';

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
      text: Q.inStep(fmt(Math.abs(drift))),
    };
  }
  const hotter: AllyId = drift > 0 ? 'seoul' : 'tokyo';
  return {
    kind: 'divergence',
    turn,
    text: Q.parted(month, fmt(s[best]), fmt(t[best]), fmt(s[0]), fmt(t[0]), ALLY_NAMES[hotter]),
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
  const verb = p.level === 3 ? Q.leanedHard : Q.pressed;
  const vote = campaignAt(ctx.scenario, p.ally, p.turn);
  const more = pushes.length > 1 ? Q.pushes(pushes.length) : '';
  return [
    {
      kind: 'campaign',
      turn: p.turn,
      text: Q.campaign(
        turnLabel(ctx.scenario, p.turn),
        verb,
        ALLY_NAMES[p.ally],
        vote ? Q.beforeVote(vote.name) : '',
        fmt(p.added),
        METER_PHRASES[`${p.ally}.backlash`],
        more,
      ),
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
  const drivers = top.map(([cause]) => labelCause(ctx, cause, record.turn).what).join(Q.and);
  return {
    kind: 'swing',
    turn: record.turn,
    text: Q.swing(turnLabel(ctx.scenario, record.turn), fmt(bestMove), drivers),
  };
}

function endingQuestion(ctx: GameContext): Question | null {
  if (!ctx.ending) return null;
  const title = ctx.scenario.endings[ctx.ending]?.title ?? ctx.ending;
  const lines: { meter: MeterKey; line: number; name: string }[] = [
    { meter: 'seoul.backlash', line: BOILING, name: Q.lines.boiling },
    { meter: 'tokyo.backlash', line: BOILING, name: Q.lines.boiling },
    { meter: 'seoul.backlash', line: 100, name: Q.lines.rupture },
    { meter: 'tokyo.backlash', line: 100, name: Q.lines.rupture },
    { meter: 'credibility', line: 0, name: Q.lines.discredited },
  ];
  const closest = lines
    .map((l) => ({ ...l, gap: ctx.meters[l.meter] - l.line }))
    .sort((a, b) => Math.abs(a.gap) - Math.abs(b.gap))[0];
  const side = closest.gap < 0 ? Q.below : closest.gap > 0 ? Q.above : Q.exactlyOn;
  const capstone = ctx.scenario.milestones[ctx.scenario.capstone];
  return {
    kind: 'ending',
    text: Q.ending(
      title,
      ctx.scenario.capstone in ctx.milestones,
      capstone?.name ?? Q.capstone,
      METER_PHRASES[closest.meter],
      fmt(ctx.meters[closest.meter]),
      fmt(Math.abs(closest.gap)),
      side,
      closest.name,
      // a broken game was not safe (a rupture is read mid-month, before the public cools); else a
      // public below its line is safe, and credibility above its line
      ctx.ending !== 'rupture' &&
        ctx.ending !== 'discredited' &&
        (closest.meter === 'credibility' ? closest.gap > 0 : closest.gap < 0),
    ),
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
