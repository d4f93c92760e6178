// The goal the planning screen states (selectGoal), the steps to the capstone (capstoneSteps) and
// what an event choice takes from next month (selectPendingChoices):
// on each shipped scenario, from the start, after a step, and once the capstone is secured.

import { describe, expect, it } from 'vitest';
import { loadShippedScenario, SCENARIO_IDS } from '../../src/content/catalog';
import { createInitialContext, DEFAULT_SETTINGS, nextContext } from '../../src/model/context';
import { BOILING, TENDED_MOMENTUM } from '../../src/model/rules/endings';
import { capstoneSteps } from '../../src/model/rules/milestones';
import { selectGoal, selectPendingChoices } from '../../src/model/selectors';

const step = (id: string, requires: string[] = [], reached = false) => ({ id, requires, reached });

describe('capstoneSteps', () => {
  it.each([
    ['a chain, each after what it needs', [step('a'), step('b', ['a']), step('c', ['b'])], 'c', ['a', 'b', 'c']],
    ['a reached step drops out', [step('a', [], true), step('b', ['a']), step('c', ['b'])], 'c', ['b', 'c']],
    [
      'two branches, shared once',
      [step('a'), step('b', ['a']), step('d', ['a']), step('c', ['b', 'd'])],
      'c',
      ['a', 'b', 'd', 'c'],
    ],
    ['a step off the path is left out', [step('a'), step('x'), step('c', ['a'])], 'c', ['a', 'c']],
    ['none once the capstone is reached', [step('a', [], true), step('c', ['a'], true)], 'c', []],
  ])('%s', (_name, track, capstone, expected) => {
    expect(capstoneSteps(track, capstone)).toEqual(expected);
  });
});

describe('selectGoal', () => {
  it.each(SCENARIO_IDS)('%s: the steps to go, the next step, then what the end asks', (id) => {
    const loaded = loadShippedScenario(id);
    if (!loaded.ok) throw new Error(`${id} does not load`);
    const scenario = loaded.value;
    const ctx = createInitialContext({ scenario, settings: { ...DEFAULT_SETTINGS, seed: 5 } });
    const goal = selectGoal(ctx);
    expect(goal.capstone).toBe(scenario.milestones[scenario.capstone].name);
    expect(goal.reached).toBe(false);
    const track = Object.values(scenario.milestones).map((m) => ({
      id: m.id,
      requires: m.requires,
      reached: m.id in ctx.milestones,
    }));
    const path = capstoneSteps(track, scenario.capstone);
    expect(goal.stepsLeft).toBe(path.length);
    // the next step is on the path with everything it requires in hand
    const next = Object.values(scenario.milestones).find((m) => m.name === goal.next);
    expect(next && path.includes(next.id)).toBe(true);
    expect(next?.requires.every((r) => r in ctx.milestones)).toBe(true);
    // taking it leaves one step fewer
    const after = selectGoal(nextContext(ctx, { milestones: { ...ctx.milestones, [next?.id as string]: 0 } }));
    expect(after.stepsLeft).toBe(goal.stepsLeft - 1);
    expect(after.next).not.toBe(goal.next);
    // the capstone secured: the end's terms, from the endings' own numbers
    const done = selectGoal(nextContext(ctx, { milestones: { ...ctx.milestones, [scenario.capstone]: 3 } }));
    expect(done).toMatchObject({ reached: true, boiling: BOILING, momentum: TENDED_MOMENTUM });
  });
});

describe('selectPendingChoices', () => {
  it("gives a choice's cost to next month's bandwidth, and none in the last month", () => {
    const loaded = loadShippedScenario('july-window');
    if (!loaded.ok) throw new Error('july-window does not load');
    const scenario = loaded.value;
    const event = Object.values(scenario.events).find((e) => e.choices.some((c) => (c.bandwidth ?? 0) > 0));
    if (!event) throw new Error('no event choice borrows bandwidth');
    const costly = event.choices.find((c) => (c.bandwidth ?? 0) > 0)!;
    const ctx = createInitialContext({ scenario, settings: { ...DEFAULT_SETTINGS, seed: 5 } });
    const cost = (turn: number) =>
      selectPendingChoices(nextContext(ctx, { turn, monthEvents: [{ id: event.id }] }))[0]?.choices.find(
        (c) => c.id === costly.id,
      )?.bandwidth;
    expect(cost(2)).toBe(costly.bandwidth);
    expect(cost(scenario.months - 1)).toBe(0);
  });
});
