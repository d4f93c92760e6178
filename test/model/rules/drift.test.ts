import { describe, expect, it } from 'vitest';
import {
  approvalDelta,
  coolingDelta,
  CREDIBILITY_RESTING,
  credibilityDelta,
  imbalanceBacklash,
  momentumDecay,
  THREAT_BASELINE,
  threatDecay,
  trustDelta,
  willingnessDelta,
  willingnessTarget,
} from '../../../src/model/rules/drift';

describe('monthly drift', () => {
  it.each([
    [0, 0, 0],
    [20, 20, 0],
    [21, 20, -1],
    [50, 20, -2.8],
    [100, 20, -5.8],
    [100, 0, -7],
    [10, 20, 1.5],
    [0, 20, 3],
  ])('backlash %f with resting level %f moves by %f: cools to its rest, climbs back when below', (b, rest, d) =>
    expect(coolingDelta(b, rest)).toBeCloseTo(d, 9),
  );

  it.each([
    [0, -4],
    [50, -9],
    [100, -14],
  ])('momentum %i decays by %f: a month with no pressure loses momentum', (m, d) =>
    expect(momentumDecay(m)).toBeCloseTo(d, 9),
  );

  it.each([
    [THREAT_BASELINE, 0],
    [100, -10.5],
    [0, 4.5],
  ])('threat %i moves %f toward the baseline', (t, d) => expect(threatDecay(t)).toBeCloseTo(d, 9));

  const calm = { backlash: 40, threat: 40, trust: 40, season: 'steady' as const, imbalance: 0 };
  it.each([
    ['a calm steady ally', calm, 48],
    ['severe threat raises it', { ...calm, threat: 80 }, 60],
    ['a boiling public lowers it', { ...calm, backlash: 90 }, 23],
    ['a campaign lowers it', { ...calm, season: 'campaigning' }, 36],
    ['a paralysed leader can give little', { ...calm, season: 'paralysed' }, 38],
    ['having given more than the other side lowers it', { ...calm, imbalance: 20 }, 40],
  ] as const)('willingness target: %s', (_n, m, expected) => expect(willingnessTarget(m)).toBeCloseTo(expected, 9));

  it('willingness moves a third of the way to its target', () => {
    expect(willingnessDelta(30, 60)).toBeCloseTo(9.9, 9);
    expect(willingnessDelta(60, 30)).toBeCloseTo(-9.9, 9);
  });

  it('approval reverts toward its baseline and sinks with a boiling public', () => {
    expect(approvalDelta(40, 50, 40)).toBeCloseTo(1, 9);
    expect(approvalDelta(50, 50, 90)).toBeCloseTo(-2.4, 9);
  });

  it('trust settles toward a wary baseline, faster when the process stalls; credibility heals unless overreaching', () => {
    expect(trustDelta(30, 40)).toBeCloseTo(0, 9);
    expect(trustDelta(80, 40)).toBeCloseTo(-5, 9);
    expect(trustDelta(30, 10)).toBeCloseTo(-1.5, 9);
    expect(trustDelta(10, 40)).toBeCloseTo(2, 9);
    expect(credibilityDelta(50, true)).toBeLessThan(0);
    expect(credibilityDelta(50, false)).toBeGreaterThan(0);
    expect(credibilityDelta(CREDIBILITY_RESTING, false)).toBe(0);
  });

  it('one-sided concessions breed resentment past a threshold', () => {
    expect(imbalanceBacklash(0)).toBe(0);
    expect(imbalanceBacklash(8)).toBe(0);
    expect(imbalanceBacklash(28)).toBeCloseTo(1.6, 9);
  });
});
