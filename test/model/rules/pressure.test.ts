import { describe, expect, it } from 'vitest';
import { backlashMultiplier, postureEffects } from '../../../src/model/rules/pressure';
import type { BacklashContext } from '../../../src/model/rules/pressure';

const base: BacklashContext = { season: 'steady', backlash: 40, threat: 0, stance: 'engaged', difficulty: 1 };

describe('backlashMultiplier', () => {
  it.each([
    ['steady, no threat', base, 1],
    ['campaign window amplifies', { ...base, season: 'campaigning' }, 2.8],
    ['honeymoon damps', { ...base, season: 'honeymoon' }, 0.5],
    ['paralysed leader', { ...base, season: 'paralysed' }, 1.2],
    ['threat 100 damps by 40%', { ...base, threat: 100 }, 0.6],
    ['threat 50 damps by 20%', { ...base, threat: 50 }, 0.8],
    ['overreaching US adds resentment', { ...base, stance: 'overreaching' }, 1.3],
    ['hard difficulty', { ...base, difficulty: 1.2 }, 1.2],
    ['campaign + severe threat', { ...base, season: 'campaigning', threat: 80 }, 2.8 * 0.68],
    ['a simmering public (50) reacts as a calm one', { ...base, backlash: 50 }, 1],
    ['a boiling public (75) amplifies by 75%', { ...base, backlash: 75 }, 1.75],
    ['a public at 100 amplifies 2.5×', { ...base, backlash: 100 }, 2.5],
  ] as const)('%s', (_name, c, expected) => {
    expect(backlashMultiplier(c as BacklashContext)).toBeCloseTo(expected, 6);
  });
});

describe('postureEffects', () => {
  it('momentum is linear in pressure', () => {
    const m = [0, 1, 2, 3].map((p) => postureEffects('seoul', p as 0, base, 100).momentum ?? 0);
    expect(m[1] - m[0]).toBeCloseTo(m[2] - m[1], 9);
    expect(m[3] - m[2]).toBeCloseTo(m[2] - m[1], 9);
    // 3.5 per step × (0.6 + 0.6 × credibility 100 / 100), as docs/model.md states it
    expect(m[1]).toBeCloseTo(4.2, 9);
  });

  it('backlash is convex: each step costs more than the one before', () => {
    const b = [0, 1, 2, 3].map((p) => postureEffects('tokyo', p as 0, base, 50)['tokyo.backlash'] ?? 0);
    expect(b[0]).toBe(0);
    expect(b[2] - b[1]).toBeGreaterThan(b[1] - b[0]);
    expect(b[3] - b[2]).toBeGreaterThan(b[2] - b[1]);
    // leaning hard costs 14 at a multiplier of 1 (docs/model.md)
    expect(b[3]).toBeCloseTo(14, 9);
  });

  it('touches only the ally it is aimed at', () => {
    const fx = postureEffects('seoul', 3, base, 50);
    expect(fx['tokyo.backlash']).toBeUndefined();
    expect(fx['seoul.backlash']).toBeGreaterThan(0);
  });

  it('a credible broker converts pressure into more momentum', () => {
    expect(postureEffects('seoul', 2, base, 100).momentum).toBeGreaterThan(
      postureEffects('seoul', 2, base, 0).momentum ?? 0,
    );
  });

  it('leaning hard costs credibility; pressing does not', () => {
    expect(postureEffects('seoul', 3, base, 50).credibility).toBeLessThan(0);
    expect(postureEffects('seoul', 2, base, 50).credibility).toBe(0);
  });
});
