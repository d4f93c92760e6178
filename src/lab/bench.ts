// The model benchmark, run on a bundled build (see scripts/benchModel.ts): the median time of a
// full flagship game played by the adaptive strategy through the statechart, games per second,
// and the ratio against the same game played by calling the phase functions directly; and, on its
// own, XState's share: the same games replayed through the statechart with the rules' answers
// taped (src/lab/xstateFloor.ts). Run that one in its own process: a second machine definition in
// the same process makes XState's code paths polymorphic and slows the real statechart by ~8 %.

import type { ResolvedScenario } from '../model/scenario';
import { DEFAULT_SETTINGS } from '../model/context';
import { runGame } from '../model/play/runGame';
import { adaptive } from '../model/play/strategies';
import { playBare } from './bareGame';
import { recordTape, replayTape } from './xstateFloor';

export interface BenchResult {
  games: number;
  machineMedianMs: number;
  bareMedianMs: number;
  machineGamesPerSecond: number;
  bareGamesPerSecond: number;
  ratio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Times `rounds` batches of `games` games each way, alternating, after a warm-up. */
export function bench(scenario: ResolvedScenario, games: number, rounds: number, now: () => number): BenchResult {
  const input = (seed: number) => ({ scenario, settings: { ...DEFAULT_SETTINGS, seed } });
  for (let i = 0; i < 50; i++) {
    runGame(input(i), adaptive);
    playBare(input(i), adaptive);
  }
  const machine: number[] = [];
  const bare: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = now();
    for (let i = 0; i < games; i++) runGame(input(r * games + i), adaptive);
    machine.push((now() - t) / games);
    t = now();
    for (let i = 0; i < games; i++) playBare(input(r * games + i), adaptive);
    bare.push((now() - t) / games);
  }
  const m = median(machine);
  const b = median(bare);
  return {
    games: games * rounds,
    machineMedianMs: m,
    bareMedianMs: b,
    machineGamesPerSecond: 1000 / m,
    bareGamesPerSecond: 1000 / b,
    ratio: m / b,
  };
}

export interface InterpreterResult {
  games: number;
  medianMs: number;
  gamesPerSecond: number;
}

/** Times `rounds` batches of `games` taped replays (XState alone), each batch recorded beforehand. */
export function benchInterpreter(
  scenario: ResolvedScenario,
  games: number,
  rounds: number,
  now: () => number,
): InterpreterResult {
  const input = (seed: number) => ({ scenario, settings: { ...DEFAULT_SETTINGS, seed } });
  for (let i = 0; i < 50; i++) replayTape(recordTape(input(i), adaptive));
  const batches: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const tapes = Array.from({ length: games }, (_, i) => recordTape(input(r * games + i), adaptive));
    const t = now();
    for (const tape of tapes) replayTape(tape);
    batches.push((now() - t) / games);
  }
  const m = median(batches);
  return { games: games * rounds, medianMs: m, gamesPerSecond: 1000 / m };
}
