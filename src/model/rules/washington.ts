// Washington's stance and bandwidth. The stance reads the recent pressure (both dials plus public
// launches, averaged over three months); overreaching feeds "American meddling" resentment.
// Bandwidth is how many initiatives fit in a month: less in a US campaign and in a severe crisis.

import type { WashingtonStance } from '../types';

export const STANCE_WINDOW = 3;

/** Monthly pressure: sum of both dials (0–6) plus one per public launch. */
export function monthlyPressure(postureSum: number, publicLaunches: number): number {
  return postureSum + publicLaunches;
}

export function stanceOf(history: readonly number[]): WashingtonStance {
  if (history.length === 0) return 'quiet';
  const from = Math.max(0, history.length - STANCE_WINDOW);
  let sum = 0;
  for (let i = from; i < history.length; i++) sum += history[i];
  const avg = sum / (history.length - from);
  return avg < 1 ? 'quiet' : avg < 3.5 ? 'engaged' : avg < 5.5 ? 'pressing' : 'overreaching';
}

export function bandwidthFor(base: number, usCampaign: boolean, severeThreat: boolean, debt: number): number {
  return Math.max(1, base - (usCampaign ? 1 : 0) - (severeThreat ? 1 : 0) - debt);
}
