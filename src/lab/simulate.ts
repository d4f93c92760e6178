// The balance lab: plays seeded games headless with a scripted strategy (through the same actor
// the browser runs, or the bare phase functions that play the same games faster) and summarises
// the outcomes. Pure apart from the timer passed in, so the numbers other than speed are identical
// for identical arguments.

import type { ResolvedScenario } from '../model/scenario';
import type { Lens } from '../model/play/lenses';
import type { Strategy } from '../model/play/strategies';
import { monthLabel, monthOfTurn } from '../model/rules/calendar';
import { ALLIES, type AllyId, type Difficulty, ENDINGS, type EndingId } from '../model/types';
import { type Share, wilson } from './stats';
import { playGames, type Runner, type Tally } from './tally';

export interface SimulationArgs {
  scenario: ResolvedScenario;
  strategy: Strategy;
  games: number;
  seed: number;
  difficulty: Difficulty;
  /** Rewrites Washington's view before the strategy reads it (an ablation). */
  lens?: Lens;
  /** The statechart (default) or the bare phase functions (same games, faster). */
  runner?: Runner;
}

export interface SimulationResult {
  scenario: string;
  /** The strategy's name, with the lens after a `+` when one is applied. */
  strategy: string;
  difficulty: Difficulty;
  games: number;
  seed: number;
  endings: Record<EndingId, Share>;
  /** Of the ruptures, the share in which each capital's public broke (both count when both did). */
  ruptureBy: Record<AllyId, Share>;
  meanMilestones: number;
  meanBacklash: { seoul: number; tokyo: number };
  meanEndTurn: number;
  meanEndMonth: string;
  /** Games per second (wall time; the only number that varies between runs). */
  gamesPerSecond: number;
}

/** The strategy's name as the lab's tables print it. */
export function playerName(strategy: Strategy, lens?: Lens): string {
  return lens ? `${strategy.name}+${lens.name}` : strategy.name;
}

export function simulate(a: SimulationArgs, now: () => number): SimulationResult {
  const t0 = now();
  const t = playGames({ ...a, runner: a.runner ?? 'actor' });
  const seconds = Math.max(1e-9, (now() - t0) / 1000);
  return summarise(t, {
    scenario: a.scenario,
    strategy: playerName(a.strategy, a.lens),
    difficulty: a.difficulty,
    seed: a.seed,
    gamesPerSecond: a.games / seconds,
  });
}

/** A tally as a result: shares with 95% intervals and means. */
export function summarise(
  t: Tally,
  meta: { scenario: ResolvedScenario; strategy: string; difficulty: Difficulty; seed: number; gamesPerSecond: number },
): SimulationResult {
  const n = Math.max(1, t.games);
  const endings = Object.fromEntries(ENDINGS.map((e) => [e, wilson(t.endings[e], t.games)])) as Record<EndingId, Share>;
  const ruptureBy = {} as Record<AllyId, Share>;
  for (const x of ALLIES) ruptureBy[x] = wilson(t.ruptures[x], t.endings.rupture);
  const meanEndTurn = t.endTurns / n;
  return {
    scenario: meta.scenario.id,
    strategy: meta.strategy,
    difficulty: meta.difficulty,
    games: t.games,
    seed: meta.seed,
    endings,
    ruptureBy,
    meanMilestones: t.milestones / n,
    meanBacklash: { seoul: t.backlash.seoul / n, tokyo: t.backlash.tokyo / n },
    meanEndTurn,
    meanEndMonth: monthLabel(monthOfTurn(meta.scenario.start, Math.round(meanEndTurn))),
    gamesPerSecond: meta.gamesPerSecond,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A plain-text table of one result (what `npm run simulate` prints without --json). */
export function formatTable(r: SimulationResult, withSpeed = true): string {
  const lines = [
    `scenario ${r.scenario} · strategy ${r.strategy} · difficulty ${r.difficulty} · ${r.games} games from seed ${r.seed}`,
    '',
    '| ending | share | 95% interval |',
    '| --- | ---: | --- |',
    ...ENDINGS.map((e) => `| ${e} | ${pct(r.endings[e].share)} | ${pct(r.endings[e].low)}–${pct(r.endings[e].high)} |`),
    '',
    `ruptures by capital: Seoul ${pct(r.ruptureBy.seoul.share)}, Tokyo ${pct(r.ruptureBy.tokyo.share)} of ${r.endings.rupture.count}`,
    `mean milestones secured: ${r.meanMilestones.toFixed(2)}`,
    `mean final backlash: Seoul ${r.meanBacklash.seoul.toFixed(1)}, Tokyo ${r.meanBacklash.tokyo.toFixed(1)}`,
    `mean month the game ended: ${r.meanEndMonth} (turn ${r.meanEndTurn.toFixed(1)})`,
  ];
  if (withSpeed) lines.push(`speed: ${r.gamesPerSecond.toFixed(0)} games per second`);
  return lines.join('\n');
}
