import { describe, expect, it } from 'vitest';
import type { ElectionDef } from '../../../src/content/schema';
import {
  aftermath,
  inCampaign,
  monthsToElection,
  resultEffects,
  seasonAt,
  winProbability,
} from '../../../src/model/rules/elections';

const e = (over: Partial<ElectionDef>): ElectionDef => ({
  id: 'vote',
  name: 'Vote',
  who: 'tokyo',
  month: '2022-07',
  campaign: 2,
  weight: 'national',
  lean: 0,
  source: { section: '§1' },
  ...over,
});
const calendar = [e({}), e({ id: 'us', who: 'washington', month: '2022-11' })];

describe('campaign windows', () => {
  it.each([
    [0, false],
    [1, true],
    [2, true],
    [3, false],
  ])('turn %i (start 2022-05, vote 2022-07, window 2): %s', (turn, expected) => {
    expect(inCampaign(calendar, '2022-05', 'tokyo', turn)).toBe(expected);
  });

  it('does not mix up who votes', () => {
    expect(inCampaign(calendar, '2022-05', 'seoul', 2)).toBe(false);
    expect(inCampaign(calendar, '2022-05', 'washington', 6)).toBe(true);
  });

  it('counts months to the next vote, null when none is left', () => {
    expect(monthsToElection(calendar, '2022-05', 'tokyo', 0)).toBe(2);
    expect(monthsToElection(calendar, '2022-05', 'tokyo', 2)).toBe(0);
    expect(monthsToElection(calendar, '2022-05', 'tokyo', 3)).toBeNull();
  });
});

describe('seasons', () => {
  it.each([
    ['a campaign beats everything', { season: 'honeymoon', seasonUntil: 9 }, true, 3, 'campaigning'],
    ['a honeymoon lasts until its end', { season: 'honeymoon', seasonUntil: 5 }, false, 5, 'honeymoon'],
    ['then it is steady again', { season: 'honeymoon', seasonUntil: 5 }, false, 6, 'steady'],
    ['paralysis lasts until its end', { season: 'paralysed', seasonUntil: 7 }, false, 7, 'paralysed'],
    ['after a campaign with no result, steady', { season: 'campaigning', seasonUntil: -1 }, false, 4, 'steady'],
  ] as const)('%s', (_n, politics, campaigning, turn, expected) => {
    expect(seasonAt(politics, campaigning, turn)).toBe(expected);
  });

  it('a win opens a honeymoon, a loss paralyses, national longer than local', () => {
    expect(aftermath(e({}), true, 2)).toEqual({ season: 'honeymoon', seasonUntil: 5 });
    expect(aftermath(e({}), false, 2)).toEqual({ season: 'paralysed', seasonUntil: 5 });
    expect(aftermath(e({ weight: 'local' }), true, 2).seasonUntil).toBeLessThan(5);
    expect(resultEffects(e({}), true).backlash).toBeLessThan(0);
    expect(resultEffects(e({}), false).willingness).toBeLessThan(
      resultEffects(e({ weight: 'local' }), false).willingness,
    );
  });
});

describe('winProbability', () => {
  it.each([
    [40, 40, 0, 0.5],
    [60, 40, 0, 1 / (1 + Math.exp(-2))],
    [40, 90, 0, 1 / (1 + Math.exp(2))],
    [40, 40, 0.5, 1 / (1 + Math.exp(-2))],
  ])('approval %i, backlash %i, lean %f → %f', (a, b, l, p) => expect(winProbability(a, b, l)).toBeCloseTo(p, 9));

  it('stays a probability at the extremes', () => {
    for (const [a, b] of [
      [0, 100],
      [100, 0],
      [0, 0],
      [100, 100],
    ]) {
      const p = winProbability(a, b, 0);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});
