// The balance lab: plays seeded games headless with a scripted strategy through the same actor
// the browser runs, and summarises the outcomes. Pure apart from the timer passed in, so the
// numbers other than speed are identical for identical arguments.

import type { ResolvedScenario } from '../model/scenario';
import { runGame } from '../model/play/runGame';
import type { Strategy } from '../model/play/strategies';
import { monthLabel, monthOfTurn } from '../model/rules/calendar';
import { securedMilestones } from '../model/rules/milestones';
import { DEFAULT_SETTINGS } from '../model/context';
import { type Difficulty, ENDINGS, type EndingId } from '../model/types';
import { mean, type Share, wilson } from './stats';

export interface SimulationArgs {
  scenario: ResolvedScenario;
  strategy: Strategy;
  games: number;
  seed: number;
  difficulty: Difficulty;
}

export interface SimulationResult {
  scenario: string;
  strategy: string;
  difficulty: Difficulty;
  games: number;
  seed: number;
  endings: Record<EndingId, Share>;
  meanMilestones: number;
  meanBacklash: { seoul: number; tokyo: number };
  meanEndTurn: number;
  meanEndMonth: string;
  /** Games per second (wall time; the only number that varies between runs). */
  gamesPerSecond: number;
}

export function simulate(a: SimulationArgs, now: () => number): SimulationResult {
  const counts = Object.fromEntries(ENDINGS.map((e) => [e, 0])) as Record<EndingId, number>;
  const milestones: number[] = [];
  const seoul: number[] = [];
  const tokyo: number[] = [];
  const endTurns: number[] = [];
  const t0 = now();
  for (let i = 0; i < a.games; i++) {
    const settings = { ...DEFAULT_SETTINGS, seed: (a.seed + i * 7919) | 0, difficulty: a.difficulty };
    const ctx = runGame({ scenario: a.scenario, settings }, a.strategy).context;
    if (ctx.ending) counts[ctx.ending]++;
    milestones.push(securedMilestones(ctx.milestones, a.scenario.alreadyReached).length);
    seoul.push(ctx.meters['seoul.backlash']);
    tokyo.push(ctx.meters['tokyo.backlash']);
    endTurns.push(ctx.turn);
  }
  const seconds = Math.max(1e-9, (now() - t0) / 1000);
  const endings = Object.fromEntries(ENDINGS.map((e) => [e, wilson(counts[e], a.games)])) as Record<EndingId, Share>;
  const meanEndTurn = mean(endTurns);
  return {
    scenario: a.scenario.id,
    strategy: a.strategy.name,
    difficulty: a.difficulty,
    games: a.games,
    seed: a.seed,
    endings,
    meanMilestones: mean(milestones),
    meanBacklash: { seoul: mean(seoul), tokyo: mean(tokyo) },
    meanEndTurn,
    meanEndMonth: monthLabel(monthOfTurn(a.scenario.start, Math.round(meanEndTurn))),
    gamesPerSecond: a.games / seconds,
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
    `mean milestones secured: ${r.meanMilestones.toFixed(2)}`,
    `mean final backlash: Seoul ${r.meanBacklash.seoul.toFixed(1)}, Tokyo ${r.meanBacklash.tokyo.toFixed(1)}`,
    `mean month the game ended: ${r.meanEndMonth} (turn ${r.meanEndTurn.toFixed(1)})`,
  ];
  if (withSpeed) lines.push(`speed: ${r.gamesPerSecond.toFixed(0)} games per second`);
  return lines.join('\n');
}
