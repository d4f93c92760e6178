// What Washington sees of an ally's hidden backlash and willingness: the truth plus a reading
// error that persists from month to month. Each month the error keeps most of its value and takes
// a fresh shock within the uncertainty, so a misreading drifts slowly rather than jumping;
// intelligence work (initiatives with an `intel` value) narrows the band, and the error with it.
// Uncertainty widens a little each month without intelligence.

import type { Estimate, ReadingError } from '../types';

export type { ReadingError };
import { clamp, round1 } from './bounds';

export const UNCERTAINTY_MIN = 12;
export const UNCERTAINTY_MAX = 25;
export const UNCERTAINTY_DRIFT = 1.5;
/** Share of last month's reading error that is still there this month. */
export const ERROR_PERSISTENCE = 0.8;
/** The month's fresh error, at most this share of the uncertainty either side. */
export const ERROR_SHOCK = 0.6;
/** The first reading's error, at most this share of the uncertainty either side. */
export const FIRST_ERROR = 0.8;

export function nextUncertainty(current: number, intel: number): number {
  return clamp(current + UNCERTAINTY_DRIFT - intel, UNCERTAINTY_MIN, UNCERTAINTY_MAX);
}

/** The first error of a reading at uncertainty `u`, for `draw` uniform in [0, 1). */
export function firstError(u: number, draw: number): number {
  return (draw * 2 - 1) * FIRST_ERROR * u;
}

/**
 * This month's error from last month's (`previous`, read at uncertainty `before`) at the new
 * uncertainty `u`: a narrower band shrinks the carried error in proportion, a fresh shock is
 * added, and the result stays inside the band.
 */
export function nextError(previous: number, before: number, u: number, draw: number): number {
  const carried = before > 0 ? previous * Math.min(1, u / before) : 0;
  return clamp(ERROR_PERSISTENCE * carried + (draw * 2 - 1) * ERROR_SHOCK * u, -u, u);
}

/** The reading of the true values with these errors. */
export function estimate(backlash: number, willingness: number, uncertainty: number, error: ReadingError): Estimate {
  return {
    backlash: round1(clamp(backlash + error.backlash)),
    willingness: round1(clamp(willingness + error.willingness)),
    uncertainty: round1(uncertainty),
  };
}
