// Rules that read scenario data: conditions, event eligibility, initiative blocks, milestones.
import { describe, expect, it } from 'vitest';
import { allHold, type ConditionState, describeCondition, holds } from '../../../src/model/rules/conditions';
import { monthNumber } from '../../../src/model/rules/calendar';
import { eventsInMonth, MAX_RANDOM_PER_MONTH } from '../../../src/model/rules/events';
import {
  blockReason,
  type LaunchState,
  launchEffects,
  leakChance,
  leakEffects,
} from '../../../src/model/rules/initiatives';
import { milestoneReady, securedMilestones } from '../../../src/model/rules/milestones';
import type { EventDef } from '../../../src/content/schema';
import { miniScenarioResolved, testMeters } from '../../helpers/game';

const scenario = miniScenarioResolved();
const state = (over: Partial<LaunchState> = {}): LaunchState => ({
  meters: testMeters(),
  milestones: {},
  firedEvents: {},
  politics: { seoul: { season: 'steady', seasonUntil: -1 }, tokyo: { season: 'steady', seasonUntil: -1 } },
  turn: 3,
  summit: { now: null, next: null },
  bandwidthLeft: 3,
  lastLaunched: {},
  queued: [],
  open: [],
  ...over,
});

describe('conditions', () => {
  const s: ConditionState = state({ milestones: { a: 1 }, firedEvents: { e: 2 } });
  it.each([
    [{ meter: 'trust', above: 30 }, true],
    [{ meter: 'trust', above: 40 }, false],
    [{ meter: 'trust', below: 50, above: 10 }, true],
    [{ milestone: 'a', reached: true }, true],
    [{ milestone: 'b', reached: false }, true],
    [{ event: 'e', fired: true }, true],
    [{ season: 'steady', ally: 'seoul', is: true }, true],
    [{ season: 'campaigning', ally: 'tokyo', is: false }, true],
    [{ threat: 'elevated' }, true],
    [{ threat: 'severe' }, false],
  ] as const)('%j → %s', (c, expected) => expect(holds(c, s)).toBe(expected));
  it('all must hold, and a failed one can be described', () => {
    expect(allHold([{ meter: 'trust', above: 30 }, { threat: 'severe' }], s)).toBe(false);
    expect(describeCondition({ milestone: 'x', reached: true })).toMatch(/needs milestone/);
  });
});

describe('events', () => {
  const ev = (over: Partial<EventDef>): EventDef => ({ ...scenario.events['court-ruling'], ...over });
  const fires = (
    events: Record<string, EventDef>,
    month: string,
    s = state(),
    density = 1,
    draw: () => number = () => 0,
  ) => eventsInMonth(events, monthNumber(month), '2023-02', s, density, draw);
  const alone = (e: EventDef) => ({ [e.id]: e });
  it('a scheduled event fires only in its month and only once', () => {
    const e = scenario.events['summit-meeting'];
    expect(fires(alone(e), '2022-06')).toEqual(['summit-meeting']);
    expect(fires(alone(e), '2022-07')).toEqual([]);
    expect(fires(alone(e), '2022-06', state({ firedEvents: { 'summit-meeting': 1 } }))).toEqual([]);
  });
  it('a random event may fire from its anchor month to its last', () => {
    const e = ev({ id: 'r', month: '2022-08', until: '2022-10', probability: 1 });
    expect(fires(alone(e), '2022-07')).toEqual([]);
    expect(fires(alone(e), '2022-09')).toEqual(['r']);
    expect(fires(alone(e), '2022-11')).toEqual([]);
  });
  it('draws once per eligible random event and caps random events per month', () => {
    const many: Record<string, EventDef> = {};
    for (let i = 0; i < 5; i++) many[`r${i}`] = ev({ id: `r${i}`, probability: 1 });
    let draws = 0;
    const fired = fires(many, '2022-06', state(), 1, () => {
      draws++;
      return 0;
    });
    expect(fired).toHaveLength(MAX_RANDOM_PER_MONTH);
    expect(draws).toBe(5);
  });
  it('event density scales the probability', () => {
    const one = { x: ev({ id: 'x', probability: 0.3 }) };
    expect(fires(one, '2022-06', state(), 1, () => 0.5)).toEqual([]);
    expect(fires(one, '2022-06', state(), 2, () => 0.5)).toEqual(['x']);
  });
});

describe('initiatives', () => {
  const fund = scenario.initiatives['compensation-fund'];
  const ministers = scenario.initiatives['foreign-ministers'];
  it.each([
    ['preconditions', fund, state(), /needs milestone/],
    ['bandwidth', ministers, state({ bandwidthLeft: 0 }), /bandwidth/],
    ['already queued', ministers, state({ queued: ['foreign-ministers'] }), /already planned/],
    [
      'cooldown',
      fund,
      state({ milestones: { 'ministerial-channel': 0 }, lastLaunched: { 'compensation-fund': 2 } }),
      /launched recently/,
    ],
    ['still on the table', ministers, state({ open: ['foreign-ministers'] }), /still on the table/],
    ['already secured', ministers, state({ milestones: { 'ministerial-channel': 0 } }), /already secured/],
    [
      'history concessions wait out a campaign',
      fund,
      state({
        milestones: { 'ministerial-channel': 0 },
        politics: { seoul: { season: 'campaigning', seasonUntil: -1 }, tokyo: { season: 'steady', seasonUntil: -1 } },
      }),
      /off the table while Seoul campaigns/,
    ],
  ] as const)('blocked by %s', (_n, def, s, reason) => expect(blockReason(def, 'public', s)).toMatch(reason));

  it('allowed when nothing blocks it', () => {
    expect(blockReason(fund, 'private', state({ milestones: { 'ministerial-channel': 0 } }))).toBeNull();
  });

  it('a card convened on a summit’s sidelines waits for a month the three leaders meet, and says when that is', () => {
    const sidelines = { ...ministers, atLeadersSummit: true };
    const next = { month: 'Nov 2022', name: 'Phnom Penh' };
    expect(blockReason(sidelines, 'public', state({ summit: { now: null, next } }))).toBe(
      'no summit of the three leaders this month (next: Nov 2022)',
    );
    expect(blockReason(sidelines, 'public', state())).toBe('no summit of the three leaders is left');
    expect(blockReason(sidelines, 'public', state({ summit: { now: 'Phnom Penh', next: null } }))).toBeNull();
    expect(blockReason(ministers, 'public', state())).toBeNull();
    // An unmet precondition is named first: it is the step to take before any summit helps.
    expect(blockReason({ ...fund, atLeadersSummit: true }, 'public', state())).toMatch(/needs milestone/);
  });

  it('a severe threat halves the backlash of a security initiative, not of others', () => {
    const drill = scenario.initiatives['missile-drill'];
    const m = { seoul: 1, tokyo: 1 };
    expect(launchEffects(drill, 'public', m, 80)['seoul.backlash']).toBeCloseTo(
      (launchEffects(drill, 'public', m, 30)['seoul.backlash'] ?? 0) / 2,
      9,
    );
    expect(launchEffects(fund, 'public', m, 80)['seoul.backlash']).toBe(
      launchEffects(fund, 'public', m, 30)['seoul.backlash'],
    );
  });

  it('a leak costs the backlash the private channel avoided, the exposure in the asked capital, and credibility', () => {
    // public 6 − private 0, plus 4 for the secret deal exposed in Seoul (the one asked), × Seoul's 2
    expect(leakEffects(fund, { seoul: 2, tokyo: 1 })).toEqual({ credibility: -3, 'seoul.backlash': 20 });
  });
  it.each([
    // base chance, private initiatives this month, both dials summed → chance
    [0.2, 1, 0, 0.2],
    [0.2, 3, 0, 0.36], // two more private ones alongside: +40% each
    [0.2, 1, 4, 0.32], // pressing both allies (2 + 2): +15% a step
    [0.25, 4, 6, 0.9], // capped
  ])(
    'a private initiative leaks more often with more private work and more pressure: %d, %d private, dials %d → %d',
    (base, n, dials, p) => {
      expect(leakChance(base, n, dials)).toBeCloseTo(p, 9);
    },
  );
});

describe('milestones', () => {
  const framework = scenario.milestones.framework;
  it('need their prerequisites', () => {
    expect(milestoneReady(framework, state({ milestones: { 'compensation-solution': 1 } }))).toBe(false);
    expect(
      milestoneReady(framework, state({ milestones: { 'compensation-solution': 1, 'trilateral-drills': 2 } })),
    ).toBe(true);
    expect(milestoneReady(framework, state({ milestones: { framework: 3 } }))).toBe(false);
  });
  it('secured ones exclude those given at the start', () => {
    expect(securedMilestones({ a: -1, b: 2 }, ['a'])).toEqual(['b']);
  });
});
