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
import { loadShippedScenario } from '../../../src/content/catalog';
import { createInitialContext, DEFAULT_SETTINGS, nextContext } from '../../../src/model/context';
import { launchState } from '../../../src/model/phases/planning';

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

  // A card blocked by several things at once names the most lasting: its own state (already
  // secured, still on the table), then its preconditions, a campaign window or a leaders' summit,
  // then a wait (cooldown or refusal), and only last the month's bandwidth, which un-queuing frees.
  const framework = scenario.initiatives.framework;
  const campaigning = {
    seoul: { season: 'campaigning', seasonUntil: -1 },
    tokyo: { season: 'steady', seasonUntil: -1 },
  } as const;
  const secured = { 'ministerial-channel': 0 };
  it.each([
    [
      'secured + cooldown',
      ministers,
      state({ milestones: secured, lastLaunched: { 'foreign-ministers': 3 } }),
      'already secured',
    ],
    ['secured + bandwidth', ministers, state({ milestones: secured, bandwidthLeft: 0 }), 'already secured'],
    [
      'secured + on the table',
      ministers,
      state({ milestones: secured, open: ['foreign-ministers'] }),
      'already secured',
    ],
    [
      'on the table + cooldown',
      ministers,
      state({ open: ['foreign-ministers'], lastLaunched: { 'foreign-ministers': 3 } }),
      "Reopen the ministers' channel is still on the table",
    ],
    [
      'missing milestone + bandwidth',
      framework,
      state({ bandwidthLeft: 1 }),
      'needs milestone "Compensation solution"',
    ],
    [
      'missing milestone + cooldown',
      framework,
      state({ lastLaunched: { framework: 3 } }),
      'needs milestone "Compensation solution"',
    ],
    [
      'missing milestone + campaign',
      fund,
      state({ politics: campaigning }),
      'needs milestone "Ministers\' channel reopened"',
    ],
    [
      'campaign + bandwidth',
      fund,
      state({ milestones: secured, politics: campaigning, bandwidthLeft: 0 }),
      'history concessions are off the table while Seoul campaigns',
    ],
    [
      'campaign + cooldown',
      fund,
      state({ milestones: secured, politics: campaigning, lastLaunched: { 'compensation-fund': 3 } }),
      'history concessions are off the table while Seoul campaigns',
    ],
    [
      "leaders' summit + cooldown",
      { ...ministers, atLeadersSummit: true },
      state({
        lastLaunched: { 'foreign-ministers': 3 },
        summit: { now: null, next: { month: 'Nov 2022', name: 'Phnom Penh' } },
      }),
      'no summit of the three leaders this month (next: Nov 2022)',
    ],
    [
      'cooldown + bandwidth',
      ministers,
      state({ lastLaunched: { 'foreign-ministers': 3 }, bandwidthLeft: 0 }),
      "Reopen the ministers' channel was launched recently; wait 1 more month",
    ],
    [
      'refusal wait + bandwidth',
      ministers,
      state({ lastLaunched: { 'foreign-ministers': 5 }, bandwidthLeft: 0 }),
      // settlement records a refused card's launch months ahead: the card says it was refused
      "Reopen the ministers' channel was refused; it can be asked again in 3 months",
    ],
    [
      'a wait of one month',
      fund,
      state({ milestones: secured, lastLaunched: { 'compensation-fund': 2 } }),
      'Back a compensation fund was launched recently; wait 1 more month',
    ],
    [
      'a wait of two months',
      fund,
      state({ milestones: secured, lastLaunched: { 'compensation-fund': 3 } }),
      'Back a compensation fund was launched recently; wait 2 more months',
    ],
  ] as const)('blocked by %s names the first that matters', (_n, def, s, reason) =>
    expect(blockReason(def, 'public', s, scenario)).toBe(reason),
  );

  it('the order of the checks changes which reason is given, never whether the card is blocked', () => {
    // Every combination of the blocks above, on every card: blocked exactly when one of them holds.
    const cards = [ministers, fund, framework, { ...ministers, atLeadersSummit: true }];
    for (const def of cards)
      for (const mask of Array.from({ length: 64 }, (_, i) => i)) {
        const on = (bit: number) => (mask & (1 << bit)) !== 0;
        const s = state({
          milestones: on(0)
            ? { ...secured, ...(on(1) ? { 'compensation-solution': 0, 'trilateral-drills': 0 } : {}) }
            : {},
          lastLaunched: on(2) ? { [def.id]: 3 } : {},
          bandwidthLeft: on(3) ? 0 : 3,
          open: on(4) ? [def.id] : [],
          politics: on(5) ? campaigning : state().politics,
        });
        const anyBlock =
          (def.proposal?.milestone !== undefined && def.proposal.milestone in s.milestones) ||
          s.open.includes(def.id) ||
          !def.preconditions.every((c) => holds(c, s)) ||
          (def.kind === 'history' && s.politics.seoul.season === 'campaigning') ||
          (def.atLeadersSummit === true && s.summit.now === null) ||
          on(2) ||
          def.bandwidth > s.bandwidthLeft;
        expect(blockReason(def, 'public', s, scenario) !== null).toBe(anyBlock);
      }
  });

  it('on the flagship, the playtest’s cards name the real obstacle, not the month’s bandwidth or a cooldown', () => {
    const flagship = loadShippedScenario('mending-fences');
    if (!flagship.ok) throw new Error('flagship does not load');
    const start = createInitialContext({ scenario: flagship.value, settings: DEFAULT_SETTINGS });
    const cards = flagship.value.initiatives;
    // The month's bandwidth spent: the warning-data card still needs its milestones first.
    const spent = { ...launchState(start, []), bandwidthLeft: 0 };
    expect(blockReason(cards['missile-warning-data'], 'private', spent, flagship.value)).toBe(
      'needs milestone "Trilateral summit with a joint statement"',
    );
    // The leaders' meeting secured the month after it was launched: secured, not "wait 1 more month".
    const met = nextContext(start, {
      turn: 2,
      milestones: { ...start.milestones, 'ministerial-channel': 0, 'leaders-meet': 1 },
      lastLaunched: { 'broker-leaders-meeting': 1 },
    });
    expect(blockReason(cards['broker-leaders-meeting'], 'public', launchState(met, []), flagship.value)).toBe(
      'already secured',
    );
  });

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
