// The fixed-rule search of one scenario × difficulty cell: every fixed rule is played on the bare
// runner, optionally screened first on a smaller number of games with only the best kept for the
// full number, and ranked by its "built to last" share; the judgement strategy is played with
// each ablation lens on the same seeds. The ranking is pure; the pool does the playing.

import type { JudgementParams } from '../model/play/strategies';
import type { Difficulty } from '../model/types';
import { allRules, type RuleDescriptor } from './fixedRules';
import { type Job, type PlayerSpec, playerLabel } from './jobs';
import { type PoolOptions, runJobs } from './pool';
import { merge, type Runner, type Tally } from './tally';

/** The strategy the search pits the fixed rules against, and the lenses of its ablations. */
export const JUDGEMENT = 'adaptive';
export const ABLATIONS = ['electionBlind', 'estimateBlind', 'trueValues'] as const;

export interface Cell {
  scenario: string;
  difficulty: Difficulty;
}

export interface Entry {
  name: string;
  player: PlayerSpec;
  tally: Tally;
}

export interface SearchOptions extends PoolOptions {
  games: number;
  seed: number;
  /** Games per rule in the screening round; 0 or ≥ games plays every rule at the full number. */
  screen: number;
  /** Rules kept from the screening round for the full number. */
  keep: number;
  runner?: Runner;
  rules?: readonly RuleDescriptor[];
}

const share = (t: Tally, k: keyof Tally['endings']) => (t.games ? t.endings[k] / t.games : 0);

/** Best first: more "built to last", then more "fragile thaw", fewer ruptures, then by name. */
export function rank(entries: readonly Entry[]): Entry[] {
  return [...entries].sort(
    (a, b) =>
      share(b.tally, 'builtToLast') - share(a.tally, 'builtToLast') ||
      share(b.tally, 'fragileThaw') - share(a.tally, 'fragileThaw') ||
      share(a.tally, 'rupture') - share(b.tally, 'rupture') ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

function jobs(cell: Cell, players: readonly PlayerSpec[], from: number, to: number, o: SearchOptions): Job[] {
  return players.map((player) => ({ ...cell, player, seed: o.seed, from, to, runner: o.runner ?? 'bare' }));
}

async function play(cell: Cell, players: readonly PlayerSpec[], from: number, to: number, o: SearchOptions) {
  const tallies = await runJobs(jobs(cell, players, from, to, o), o);
  return players.map((player, i) => ({ name: playerLabel(player), player, tally: tallies[i] }));
}

/** Every fixed rule of the cell, ranked, at `games` games (the screened-out ones at `screen`). */
export async function searchRules(cell: Cell, o: SearchOptions): Promise<Entry[]> {
  const players = (o.rules ?? allRules()).map((rule) => ({ rule }));
  if (o.screen <= 0 || o.screen >= o.games) return rank(await play(cell, players, 0, o.games, o));
  const screened = rank(await play(cell, players, 0, o.screen, o));
  const kept = screened.slice(0, o.keep);
  // The kept rules play the rest of the games; their first `screen` games are the screening's.
  const rest = await play(
    cell,
    kept.map((e) => e.player),
    o.screen,
    o.games,
    o,
  );
  const full = kept.map((e, i) => ({ ...e, tally: merge(e.tally, rest[i].tally) }));
  return [...rank(full), ...screened.slice(o.keep)];
}

/** The endings other than "built to last", which the ranking already maximises. */
export const REACHED_ENDINGS = ['fragileThaw', 'drift', 'rupture', 'discredited'] as const;
export type ReachedEnding = (typeof REACHED_ENDINGS)[number];

/**
 * For each ending, the searched rule that reached it most often (the earlier in `ranked` on a
 * tie), skipping rules in `exclude` (already played at the full size): the rules that show each
 * ending can happen. One rule may stand for several endings.
 */
export function reachRules(
  ranked: readonly Entry[],
  exclude: ReadonlySet<string>,
): { ending: ReachedEnding; entry: Entry }[] {
  const pool = ranked.filter((e) => !exclude.has(e.name));
  return REACHED_ENDINGS.flatMap((ending) => {
    let best: Entry | undefined;
    for (const e of pool) if (!best || share(e.tally, ending) > share(best.tally, ending)) best = e;
    return best ? [{ ending, entry: best }] : [];
  });
}

/** The judgement strategy, then each of its ablations, on the cell's seeds (with `params` changed, if any). */
export async function judgement(cell: Cell, o: SearchOptions, params: Partial<JudgementParams> = {}): Promise<Entry[]> {
  const players: PlayerSpec[] = [
    { strategy: JUDGEMENT, judgement: params },
    ...ABLATIONS.map((lens) => ({ strategy: JUDGEMENT, lens, judgement: params })),
  ];
  return play(cell, players, 0, o.games, o);
}
