// Counting the outcomes of many seeded games: endings, which capital's public broke in each
// rupture, milestones, final backlash and the turn each game ended. One loop for the simulator,
// the fixed-rule search and the report; the runner is the actor (the statechart, as the browser
// plays) or the bare phase functions (the same games, ~10× faster). Tallies add up, so a run can be
// split across workers and merged.

import { DEFAULT_SETTINGS, startMeters } from '../model/context';
import type { Lens } from '../model/play/lenses';
import { runGame } from '../model/play/runGame';
import type { Strategy } from '../model/play/strategies';
import { RUPTURE } from '../model/rules/bounds';
import { securedMilestones } from '../model/rules/milestones';
import type { ResolvedScenario } from '../model/scenario';
import { ALLIES, type AllyId, type Difficulty, ENDINGS, type EndingId, type GameContext } from '../model/types';
import { playBare } from './bareGame';

export const RUNNERS = ['actor', 'bare'] as const;
export type Runner = (typeof RUNNERS)[number];

export interface PlayArgs {
  scenario: ResolvedScenario;
  strategy: Strategy;
  lens?: Lens;
  games: number;
  seed: number;
  difficulty: Difficulty;
  runner: Runner;
}

export interface Tally {
  games: number;
  endings: Record<EndingId, number>;
  /** Ruptures in which this capital's public reached the breaking point (both count when both did). */
  ruptures: Record<AllyId, number>;
  milestones: number;
  backlash: Record<AllyId, number>;
  endTurns: number;
}

export function emptyTally(): Tally {
  return {
    games: 0,
    endings: Object.fromEntries(ENDINGS.map((e) => [e, 0])) as Record<EndingId, number>,
    ruptures: { seoul: 0, tokyo: 0 },
    milestones: 0,
    backlash: { seoul: 0, tokyo: 0 },
    endTurns: 0,
  };
}

/**
 * The capitals whose public broke in a game that ended in rupture. The breaking point is read
 * before the month's drift softens the meters, so the final meters can sit below it: each public's
 * backlash is replayed through the last month's ledger (every applied change, in order) and a
 * capital broke if it reached the breaking point on the way. Should the ledger say nothing, the
 * more agitated public is taken.
 */
export function brokenCapitals(ctx: GameContext): AllyId[] {
  if (ctx.ending !== 'rupture') return [];
  const last = ctx.history.at(-1);
  const before = ctx.history.at(-2)?.meters ?? startMeters(ctx.scenario);
  const broke = ALLIES.filter((a) => {
    const key = `${a}.backlash` as const;
    let v = before[key];
    let peak = Math.max(v, ctx.meters[key]);
    for (const e of last?.ledger ?? []) {
      if (e.meter !== key) continue;
      v += e.delta;
      peak = Math.max(peak, v);
    }
    return peak >= RUPTURE - 1e-6;
  });
  if (broke.length) return broke;
  return [ctx.meters['seoul.backlash'] >= ctx.meters['tokyo.backlash'] ? 'seoul' : 'tokyo'];
}

/** Adds one finished game to `t` (in place). */
export function count(t: Tally, ctx: GameContext): void {
  t.games++;
  if (ctx.ending) t.endings[ctx.ending]++;
  for (const a of brokenCapitals(ctx)) t.ruptures[a]++;
  t.milestones += securedMilestones(ctx.milestones, ctx.scenario.alreadyReached).length;
  for (const a of ALLIES) t.backlash[a] += ctx.meters[`${a}.backlash`];
  t.endTurns += ctx.turn;
}

export function merge(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  out.games = a.games + b.games;
  for (const e of ENDINGS) out.endings[e] = a.endings[e] + b.endings[e];
  for (const x of ALLIES) {
    out.ruptures[x] = a.ruptures[x] + b.ruptures[x];
    out.backlash[x] = a.backlash[x] + b.backlash[x];
  }
  out.milestones = a.milestones + b.milestones;
  out.endTurns = a.endTurns + b.endTurns;
  return out;
}

/** The seed of game `i` of a run from `seed`. */
export const gameSeed = (seed: number, i: number) => (seed + i * 7919) | 0;

/** Plays games `from` to `to` (exclusive) of a run. */
export function playRange(a: PlayArgs, from: number, to: number): Tally {
  const t = emptyTally();
  for (let i = from; i < to; i++) {
    const settings = { ...DEFAULT_SETTINGS, seed: gameSeed(a.seed, i), difficulty: a.difficulty };
    const input = { scenario: a.scenario, settings };
    count(
      t,
      a.runner === 'bare' ? playBare(input, a.strategy, a.lens) : runGame(input, a.strategy, { lens: a.lens }).context,
    );
  }
  return t;
}

export function playGames(a: PlayArgs): Tally {
  return playRange(a, 0, a.games);
}
