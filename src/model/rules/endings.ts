// Endings and the score. Rupture (a public at 100 backlash) and a discredited broker
// (credibility 0) end the game at once; three months without momentum is drift. At the last month
// the capstone with both publics below boiling is a framework built to last; a capstone with a
// boiling public, half the track, or a process still moving with a milestone to show is a fragile
// thaw; less is drift.

import type { EndingId, Meters } from '../types';
import { BOILING, DISCREDITED, RUPTURE } from './bounds';

export { BOILING };
export const DRIFT_MONTHS = 3;
/** Momentum at the last month above which a process with a few milestones is still alive. */
export const ALIVE_MOMENTUM = 40;
/** Milestones a process still alive at the end needs to count as a thaw. */
export const ALIVE_MILESTONES = 2;
/** Momentum the framework needs at the end to have been tended, not just signed. */
export const TENDED_MOMENTUM = 25;

export interface EndingInputs {
  meters: Meters;
  stalledMonths: number;
  isLastMonth: boolean;
  capstoneReached: boolean;
  /** Milestones secured in play, and how many the scenario offers beyond those given. */
  secured: number;
  available: number;
}

/** Rupture or a discredited broker: the endings that come at once, in any month. */
export function breakingPoint(meters: Meters): EndingId | null {
  if (meters['seoul.backlash'] >= RUPTURE || meters['tokyo.backlash'] >= RUPTURE) return 'rupture';
  return meters.credibility <= DISCREDITED ? 'discredited' : null;
}

/** The ending reached now, or null if the game goes on. */
export function endingNow(i: EndingInputs): EndingId | null {
  const broken = breakingPoint(i.meters);
  if (broken) return broken;
  if (i.stalledMonths >= DRIFT_MONTHS) return 'drift';
  if (!i.isLastMonth) return null;
  const belowBoiling = i.meters['seoul.backlash'] < BOILING && i.meters['tokyo.backlash'] < BOILING;
  if (i.capstoneReached && belowBoiling && i.meters.momentum >= TENDED_MOMENTUM) return 'builtToLast';
  if (i.capstoneReached || i.secured * 2 >= i.available) return 'fragileThaw';
  // A process still moving with something to show is a thaw, not a drift.
  if (i.secured >= ALIVE_MILESTONES && i.meters.momentum >= ALIVE_MOMENTUM) return 'fragileThaw';
  return 'drift';
}

const ENDING_BONUS: Record<EndingId, number> = {
  builtToLast: 30,
  fragileThaw: 10,
  drift: 0,
  rupture: -20,
  discredited: -20,
};

export interface Score {
  milestones: number;
  durability: number;
  credibility: number;
  ending: number;
  total: number;
}

/** Milestones (10 each), durability (the worse public's margin below 100), credibility. */
export function score(meters: Meters, secured: number, ending: EndingId | null): Score {
  const milestones = secured * 10;
  const durability = Math.round(0.3 * (100 - Math.max(meters['seoul.backlash'], meters['tokyo.backlash'])));
  const credibility = Math.round(0.2 * meters.credibility);
  const bonus = ending ? ENDING_BONUS[ending] : 0;
  return { milestones, durability, credibility, ending: bonus, total: milestones + durability + credibility + bonus };
}
