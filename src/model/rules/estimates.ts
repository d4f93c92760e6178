// What Washington sees of an ally's hidden backlash and willingness: the truth plus uniform noise
// within the current uncertainty. Uncertainty widens a little each month and narrows with
// intelligence work (initiatives with an `intel` value).

import type { Estimate } from '../types';
import { clamp, round1 } from './bounds';

export const UNCERTAINTY_MIN = 3;
export const UNCERTAINTY_MAX = 25;
export const UNCERTAINTY_DRIFT = 1.5;

export function nextUncertainty(current: number, intel: number): number {
  return clamp(current + UNCERTAINTY_DRIFT - intel, UNCERTAINTY_MIN, UNCERTAINTY_MAX);
}

/** u1, u2 uniform in [0, 1). */
export function estimate(backlash: number, willingness: number, uncertainty: number, u1: number, u2: number): Estimate {
  return {
    backlash: round1(clamp(backlash + (u1 * 2 - 1) * uncertainty)),
    willingness: round1(clamp(willingness + (u2 * 2 - 1) * uncertainty)),
    uncertainty: round1(uncertainty),
  };
}
