// Small statistics for the balance lab: shares with a 95% Wilson interval and means.

export interface Share {
  count: number;
  share: number;
  low: number;
  high: number;
}

/** Wilson score interval at 95% for `k` successes in `n` trials. */
export function wilson(k: number, n: number): Share {
  if (n === 0) return { count: 0, share: 0, low: 0, high: 0 };
  const z = 1.959964;
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { count: k, share: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
