// Bounds and bands of the meters. Every meter is 0–100; the bands name what the screen and the
// statechart's mood and threat regions show. Thresholds come from DESIGN §1.2.

import type { Mood, ThreatBand } from '../types';

export const METER_MIN = 0;
export const METER_MAX = 100;

export function clamp(value: number, min = METER_MIN, max = METER_MAX): number {
  if (Number.isNaN(value)) return min;
  return Math.min(max, Math.max(min, value));
}

/** Round to one decimal so long games do not accumulate float noise in saves and exports. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** calm < 50 ≤ simmering < 75 ≤ boiling; 100 is a rupture. */
export function moodOf(backlash: number): Mood {
  return backlash >= 75 ? 'boiling' : backlash >= 50 ? 'simmering' : 'calm';
}

/** calm < 40 ≤ elevated < 70 ≤ severe. */
export function threatBandOf(threat: number): ThreatBand {
  return threat >= 70 ? 'severe' : threat >= 40 ? 'elevated' : 'calm';
}
