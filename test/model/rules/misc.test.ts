import { describe, expect, it } from 'vitest';
import { clamp, moodOf, round1, threatBandOf } from '../../../src/model/rules/bounds';
import { monthLabel, monthOfTurn, monthsInclusive, turnOf } from '../../../src/model/rules/calendar';
import { applyDelta, applyEffects, cause, type MeterDraft, setMeter } from '../../../src/model/rules/effects';
import { DRIFT_MONTHS, endingNow, type EndingInputs, score } from '../../../src/model/rules/endings';
import {
  estimate,
  firstError,
  nextError,
  nextUncertainty,
  UNCERTAINTY_MAX,
  UNCERTAINTY_MIN,
} from '../../../src/model/rules/estimates';
import { seedRng, startDraws } from '../../../src/model/random';
import { DIFFICULTY } from '../../../src/model/rules/difficulty';
import { bandwidthFor, stanceOf } from '../../../src/model/rules/washington';
import { ledgerTotals, testMeters } from '../../helpers/game';

const meters = testMeters;

describe('bounds and bands', () => {
  it.each([
    [-5, 0],
    [0, 0],
    [55.5, 55.5],
    [100, 100],
    [140, 100],
    [Number.NaN, 0],
  ])('clamp(%f) = %f', (v, e) => expect(clamp(v)).toBe(e));
  it.each([
    [0, 'calm'],
    [49.9, 'calm'],
    [50, 'simmering'],
    [74.9, 'simmering'],
    [75, 'boiling'],
    [100, 'boiling'],
  ])('backlash %f is %s', (b, m) => expect(moodOf(b)).toBe(m));
  it.each([
    [39, 'calm'],
    [40, 'elevated'],
    [70, 'severe'],
  ])('threat %f is %s', (t, band) => expect(threatBandOf(t)).toBe(band));
  it('rounds to one decimal', () => expect(round1(0.1 + 0.2)).toBe(0.3));
});

describe('calendar', () => {
  it('maps months and turns both ways across a year end', () => {
    expect(turnOf('2022-05', '2023-12')).toBe(19);
    expect(monthOfTurn('2022-05', 8)).toBe('2023-01');
    expect(monthsInclusive('2022-05', '2023-12')).toBe(20);
    expect(monthLabel('2022-07')).toBe('Jul 2022');
  });
});

describe('effects and the ledger', () => {
  it('records the clamped delta, not the requested one', () => {
    const d: MeterDraft = { turn: 3, meters: meters({ trust: 95 }), ledger: [] };
    expect(applyDelta(d, 'trust', 10, 'test')).toBe(5);
    expect(d.meters.trust).toBe(100);
    expect(d.ledger).toEqual([{ turn: 3, meter: 'trust', delta: 5, cause: 'test' }]);
  });
  it('records nothing for a change clamped away', () => {
    const d: MeterDraft = { turn: 0, meters: meters({ momentum: 0 }), ledger: [] };
    applyEffects(d, { momentum: -5 }, 'decay');
    expect(d.ledger).toEqual([]);
  });
  it('sets a meter as a recorded delta, and the ledger sums to the change', () => {
    const d: MeterDraft = { turn: 0, meters: meters(), ledger: [] };
    applyEffects(d, { threat: 12, 'seoul.backlash': -3 }, 'event.x', 0.5);
    setMeter(d, 'threat', 90, 'facilitator');
    expect(d.meters.threat).toBe(90);
    expect(ledgerTotals(d.ledger)).toEqual({ threat: 50, 'seoul.backlash': -1.5 });
  });
});

describe('endings', () => {
  const base: EndingInputs = {
    meters: meters(),
    stalledMonths: 0,
    isLastMonth: false,
    capstoneReached: false,
    secured: 0,
    available: 10,
  };
  it.each([
    ['game goes on', base, null],
    ['Seoul at 100 is a rupture', { ...base, meters: meters({ 'seoul.backlash': 100 }) }, 'rupture'],
    ['Tokyo at 100 is a rupture', { ...base, meters: meters({ 'tokyo.backlash': 100 }) }, 'rupture'],
    ['credibility 0 discredits the broker', { ...base, meters: meters({ credibility: 0 }) }, 'discredited'],
    ['months without momentum are drift', { ...base, stalledMonths: DRIFT_MONTHS }, 'drift'],
    ['capstone with calm publics', { ...base, isLastMonth: true, capstoneReached: true }, 'builtToLast'],
    [
      'capstone with a boiling public',
      { ...base, isLastMonth: true, capstoneReached: true, meters: meters({ 'tokyo.backlash': 80 }) },
      'fragileThaw',
    ],
    ['half the track', { ...base, isLastMonth: true, secured: 5 }, 'fragileThaw'],
    [
      'less than half, process stalled',
      { ...base, isLastMonth: true, secured: 4, meters: meters({ momentum: 39 }) },
      'drift',
    ],
    [
      'less than half, process alive',
      { ...base, isLastMonth: true, secured: 2, meters: meters({ momentum: 40 }) },
      'fragileThaw',
    ],
    [
      'one milestone is not a thaw, however alive the process',
      { ...base, isLastMonth: true, secured: 1, meters: meters({ momentum: 90 }) },
      'drift',
    ],
    [
      'nothing secured, whatever the momentum',
      { ...base, isLastMonth: true, secured: 0, meters: meters({ momentum: 90 }) },
      'drift',
    ],
  ] as const)('%s', (_n, i, expected) => expect(endingNow(i as EndingInputs)).toBe(expected));

  it('scores milestones, durability, credibility and the ending', () => {
    expect(score(meters({ 'seoul.backlash': 60, credibility: 50 }), 3, 'fragileThaw')).toEqual({
      milestones: 30,
      durability: 12,
      credibility: 10,
      ending: 10,
      total: 62,
    });
  });
});

describe('ledger causes', () => {
  it.each([
    [['posture', 'seoul'], 'posture.seoul'],
    [['initiative', 'people-exchanges', 'public'], 'initiative.people-exchanges.public'],
    [['opening'], 'opening'],
  ])('cause(%j) is %s', (parts, key) => {
    const [kind, ...names] = parts;
    expect(cause(kind, ...names)).toBe(key);
  });
});

describe('estimates', () => {
  it('widen each month and narrow with intelligence work, within bounds', () => {
    expect(nextUncertainty(UNCERTAINTY_MIN + 3, 0)).toBe(UNCERTAINTY_MIN + 4.5);
    expect(nextUncertainty(UNCERTAINTY_MIN + 7, 8)).toBe(UNCERTAINTY_MIN + 0.5);
    expect(nextUncertainty(UNCERTAINTY_MAX, 0)).toBe(UNCERTAINTY_MAX);
    expect(nextUncertainty(UNCERTAINTY_MIN, 20)).toBe(UNCERTAINTY_MIN);
  });
  it.each(Object.entries(DIFFICULTY))('open on %s inside the bounds intelligence can reach', (_, d) => {
    expect(d.uncertainty).toBeGreaterThanOrEqual(UNCERTAINTY_MIN);
    expect(d.uncertainty).toBeLessThanOrEqual(UNCERTAINTY_MAX);
  });
  it('read the truth plus the error, inside the meter bounds', () => {
    expect(estimate(50, 50, 10, { backlash: -10, willingness: 10 })).toEqual({
      backlash: 40,
      willingness: 60,
      uncertainty: 10,
    });
    expect(estimate(2, 99, 10, { backlash: -10, willingness: 10 })).toEqual({
      backlash: 0,
      willingness: 100,
      uncertainty: 10,
    });
  });
  it.each([
    // previous error, its uncertainty, new uncertainty, draw → new error
    [5, 10, 10, 0.5, 4], // no shock: 80% persists
    [5, 10, 5, 0.5, 2], // intelligence halves the band: the error halves too, then persists
    [-8, 10, 11.5, 0.5, -6.4], // a wider band does not inflate the error
    [10, 10, 10, 0.9999, 10], // persistence plus a full shock is clamped to the band
    [0, 10, 10, 0, -6], // a fresh shock is at most 60% of the band
  ])('persist from month to month: %d at ±%d, now ±%d, draw %d → %d', (prev, before, u, draw, out) => {
    expect(nextError(prev, before, u, draw)).toBeCloseTo(out, 2);
  });
  it('drift slowly: month-to-month changes of the error are smaller than fresh draws would be', () => {
    const d = startDraws(seedRng(9));
    let e = firstError(12, d.next());
    let moved = 0;
    for (let i = 0; i < 1000; i++) {
      const next = nextError(e, 12, 12, d.next());
      moved += Math.abs(next - e);
      e = next;
    }
    // independent uniform draws in ±12 would move 8 points a month on average
    expect(moved / 1000).toBeLessThan(5);
  });
});

describe("Washington's stance and bandwidth", () => {
  it.each([
    [[], 'quiet'],
    [[0, 0, 0], 'quiet'],
    [[2, 2, 2], 'engaged'],
    [[4, 4, 5], 'pressing'],
    [[6, 6, 7], 'overreaching'],
    [[9, 9, 0, 0, 0], 'quiet'],
  ] as const)('recent pressure %j is %s', (h, s) => expect(stanceOf(h)).toBe(s));
  it.each([
    [3, false, false, 0, 3],
    [3, true, false, 0, 2],
    [3, true, true, 0, 1],
    [2, true, true, 1, 1],
  ])('base %i, US campaign %s, severe %s, debt %i → %i', (b, c, s, d, e) => expect(bandwidthFor(b, c, s, d)).toBe(e));
});
