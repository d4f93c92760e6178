// Branch replay: reopen a past month and play it differently. The branch is a fresh actor fed the
// original decisions up to the start of that month's planning, so the seeded generator is exactly
// where it was; the caller then sends other decisions. Also compares the branch with the original.

import { createActor } from 'xstate';
import { gameMachine } from '../model';
import { round1 } from '../model';
import { selectPhase } from '../model';
import { METERS, type Decision, type GameContext, type GameInput, type MeterKey } from '../model';
import { type GameActor, feed } from './replay';
import { buildSeries, firstDivergence } from './series';
import * as W from '../strings/report';

export type BranchResult =
  | { ok: true; actor: GameActor; replayed: number; rest: Decision[] }
  | { ok: false; message: string };

/**
 * An actor at the start of month `turn`'s planning, fed the original decisions up to that point;
 * `rest` holds the decisions from there on. The cut is found by running the game, not from the
 * decisions' turn tags: `turn.next` is recorded after the month opens (so it carries the new
 * month's turn) and a facilitator's adjustment in a month's report carries that month's turn.
 */
export function branchFrom(input: GameInput, decisions: readonly Decision[], turn: number): BranchResult {
  if (!Number.isInteger(turn) || turn < 0 || turn >= input.scenario.months) {
    return { ok: false, message: W.branch.noMonth(turn, input.scenario.months - 1) };
  }
  const actor = createActor(gameMachine, { input }).start();
  const atStart = () => {
    const snap = actor.getSnapshot();
    return selectPhase(snap) === 'planning' && snap.context.turn === turn;
  };
  let replayed = 0;
  while (replayed < decisions.length && !atStart()) {
    const fed = feed(actor, [decisions[replayed].event]);
    if (!fed.ok) {
      actor.stop();
      return { ok: false, message: fed.message };
    }
    replayed++;
  }
  if (!atStart()) {
    const ctx = actor.getSnapshot().context;
    actor.stop();
    const where = ctx.ending ? W.branch.ended(ctx.ending) : W.branch.stopped;
    return { ok: false, message: W.branch.cannot(turn, where) };
  }
  return { ok: true, actor, replayed, rest: decisions.slice(replayed) };
}

export interface BranchMonth {
  turn: number;
  month: string;
  /** Branch minus original at the month's end, for months both games reached. */
  delta: Record<MeterKey, number>;
}

export interface BranchComparison {
  /** First month whose end differs, or null when the two games agree throughout. */
  divergesAt: number | null;
  months: BranchMonth[];
  endings: { original: GameContext['ending']; branch: GameContext['ending'] };
}

export function compareBranch(original: GameContext, branch: GameContext): BranchComparison {
  const a = buildSeries(original);
  const b = buildSeries(branch);
  const months: BranchMonth[] = [];
  for (let i = 0; i < Math.min(a.rows.length, b.rows.length); i++) {
    const delta = {} as Record<MeterKey, number>;
    for (const k of METERS) delta[k] = round1(b.rows[i].meters[k] - a.rows[i].meters[k]);
    months.push({ turn: a.rows[i].turn, month: a.rows[i].month, delta });
  }
  return {
    divergesAt: firstDivergence(a, b),
    months,
    endings: { original: original.ending, branch: branch.ending },
  };
}
