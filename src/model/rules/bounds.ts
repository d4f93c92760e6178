// Bounds and bands of the meters. Every meter is 0–100; the bands name what the screen and the
// statechart's mood and threat regions show, and the map's trust link. Thresholds come from
// DESIGN §1.2; every other module reads them from here.

import type { Mood, ThreatBand, TrustBand } from '../types';

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

/** Backlash at which a public simmers, and at which it boils. */
export const SIMMERING = 50;
export const BOILING = 75;
/** Backlash at which a public walks away: a rupture. */
export const RUPTURE = METER_MAX;
/** Credibility at which Washington is discredited as a broker. */
export const DISCREDITED = METER_MIN;

/** calm < 50 ≤ simmering < 75 ≤ boiling; 100 is a rupture. */
export function moodOf(backlash: number): Mood {
  return backlash >= BOILING ? 'boiling' : backlash >= SIMMERING ? 'simmering' : 'calm';
}

/** Threat at which it is elevated, and severe. */
export const THREAT_ELEVATED = 40;
export const THREAT_SEVERE = 70;

/** calm < 40 ≤ elevated < 70 ≤ severe. */
export function threatBandOf(threat: number): ThreatBand {
  return threat >= THREAT_SEVERE ? 'severe' : threat >= THREAT_ELEVATED ? 'elevated' : 'calm';
}

/** Lowest trust of each band above broken. */
export const TRUST_BAND_FLOORS = { strained: 25, working: 45, strong: 65 } as const;

/** broken < 25 ≤ strained < 45 ≤ working < 65 ≤ strong. */
export function trustBandOf(trust: number): TrustBand {
  const f = TRUST_BAND_FLOORS;
  return trust >= f.strong ? 'strong' : trust >= f.working ? 'working' : trust >= f.strained ? 'strained' : 'broken';
}
