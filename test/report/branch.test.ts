// Branch replay: reopening month k with the original decisions reproduces the original game; a
// different decision at month k changes month k's end and nothing before it.
import { describe, expect, it } from 'vitest';
import { runGame } from '../../src/model/play/runGame';
import { STRATEGIES, type StrategyView } from '../../src/model/play/strategies';
import { selectPhase } from '../../src/model/selectors';
import { branchFrom, compareBranch } from '../../src/report/branch';
import { feed, snapshotHash } from '../../src/report/replay';
import { buildSeries, firstDivergence } from '../../src/report/series';
import { miniInput } from '../helpers/game';
import { playOut } from './helpers';

const input = miniInput({ seed: 21 });
const original = runGame(input, STRATEGIES.random).context;
const months = original.history.length;

describe('branch replay', () => {
  it('opens at the planning phase of the requested month, for every month of the game', () => {
    for (let k = 0; k < months; k++) {
      const b = branchFrom(input, original.decisions, k);
      if (!b.ok) throw new Error(b.message);
      const snap = b.actor.getSnapshot();
      expect(selectPhase(snap)).toBe('planning');
      expect(snap.context.turn).toBe(k);
      expect(snap.context.history.map((h) => h.meters)).toEqual(original.history.slice(0, k).map((h) => h.meters));
    }
  });

  it('with the original decisions from month k reproduces the original game exactly', () => {
    for (const k of [0, 1, Math.floor(months / 2), months - 1]) {
      const b = branchFrom(input, original.decisions, k);
      if (!b.ok) throw new Error(b.message);
      const rest = b.rest;
      expect(b.replayed + rest.length).toBe(original.decisions.length);
      expect(
        feed(
          b.actor,
          rest.map((d) => d.event),
        ).ok,
      ).toBe(true);
      expect(snapshotHash(b.actor.getSnapshot().context)).toBe(snapshotHash(original));
    }
  });

  it('with a different decision at month k diverges at month k and not before', () => {
    const quietGame = runGame(miniInput({ seed: 8 }), STRATEGIES.quiet).context;
    const k = 3;
    const b = branchFrom(miniInput({ seed: 8 }), quietGame.decisions, k);
    if (!b.ok) throw new Error(b.message);
    let first = true;
    const pushOnce = {
      ...STRATEGIES.quiet,
      plan(view: StrategyView, draw: () => number) {
        const plan = STRATEGIES.quiet.plan(view, draw);
        if (!first) return plan;
        first = false;
        return { ...plan, posture: { ...plan.posture, seoul: 3 as const } };
      },
    };
    const branch = playOut(b.actor, pushOnce, { seed: 1 });
    expect(branch.history[k].posture.seoul).toBe(3);
    const cmp = compareBranch(quietGame, branch);
    expect(cmp.divergesAt).toBe(k);
    expect(firstDivergence(buildSeries(quietGame), buildSeries(branch))).toBe(k);
    for (let t = 0; t < k; t++) expect(branch.history[t].meters).toEqual(quietGame.history[t].meters);
    expect(cmp.months[k - 1].delta.momentum).toBe(0);
    expect(Object.values(cmp.months[k].delta).some((d) => d !== 0)).toBe(true);
  });

  it('refuses a month outside the scenario or after the game ended, without throwing', () => {
    expect(branchFrom(input, original.decisions, -1).ok).toBe(false);
    expect(branchFrom(input, original.decisions, 99).ok).toBe(false);
    const hard = runGame(miniInput({ seed: 2 }), STRATEGIES.hard).context;
    const last = hard.history.length;
    if (last < input.scenario.months) {
      const r = branchFrom(miniInput({ seed: 2 }), hard.decisions, last);
      expect(r.ok || r.message).toMatch(/game ended/);
    }
  });
});
