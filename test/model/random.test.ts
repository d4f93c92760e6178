// The seeded generator: consecutive seeds give first draws spread evenly over [0, 1) (a
// chi-square test over 10,000 seeds), the same seed gives the same stream, and a stream resumes
// exactly from a saved state.
import { describe, expect, it } from 'vitest';
import { seedRng, startDraws } from '../../src/model/random';

const BINS = 20;
/** 99.9th percentile of chi-square with 19 degrees of freedom. */
const CHI2_19_999 = 43.82;

function chiSquare(values: number[]): number {
  const counts = new Array<number>(BINS).fill(0);
  for (const v of values) counts[Math.floor(v * BINS)]++;
  const expected = values.length / BINS;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

function nthDraws(from: number, seeds: number, n: number): number[] {
  const out: number[] = [];
  for (let s = from; s < from + seeds; s++) {
    const d = startDraws(seedRng(s));
    let v = 0;
    for (let i = 0; i <= n; i++) v = d.next();
    out.push(v);
  }
  return out;
}

describe('seedRng', () => {
  it.each([
    [1, 0],
    [1, 1],
    [1, 2],
    [-5000, 0],
    [2_000_000_000, 0],
  ])('draws of 10,000 consecutive seeds from %i, draw %i after seeding, are uniform (chi-square)', (from, n) => {
    const draws = nthDraws(from, 10_000, n);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    expect(chiSquare(draws)).toBeLessThan(CHI2_19_999);
  });

  it('consecutive seeds do not start alike: first draws of neighbours are uncorrelated', () => {
    const a = nthDraws(1, 10_000, 0);
    let sx = 0;
    let sxy = 0;
    for (let i = 0; i + 1 < a.length; i++) {
      sx += a[i];
      sxy += a[i] * a[i + 1];
    }
    const n = a.length - 1;
    const m = sx / n;
    const cov = sxy / n - m * m;
    expect(Math.abs(cov / (1 / 12))).toBeLessThan(0.05);
  });

  it('the same seed gives the same stream; a saved state resumes it exactly', () => {
    const a = startDraws(seedRng(42));
    const first = [a.next(), a.next(), a.next()];
    const saved = a.done();
    const rest = [a.next(), a.next()];
    const b = startDraws(seedRng(42));
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    const resumed = startDraws(saved);
    expect([resumed.next(), resumed.next()]).toEqual(rest);
  });
});
