// What the month does on its own, when nobody acts: publics cool, momentum decays unless
// sustained, threat settles toward its baseline, willingness moves toward what the situation
// supports, approval reverts, and one-sided concessions breed resentment.
// Calibration: fact base §6 ("Korean sentiment lags 12–18 months"; threat shocks rally publics).

import type { AllyId, Meters, Season } from '../types';
import { ALLY_METERS } from './allyMeters';

/** Share of a scenario's starting backlash that never cools away: grievances persist. */
export const RESTING_SHARE = 0.6;

/** Share of the gap a public cooled below its resting level climbs back each month. */
export const REBOUND_SHARE = 0.15;

/**
 * Backlash cools toward its resting level by a floor plus a share of the excess, never below it;
 * a public cooled below it (by a gesture or a relief) drifts back up: the grievances remain.
 */
export function coolingDelta(backlash: number, rest: number): number {
  const excess = backlash - rest;
  if (excess < 0) return -REBOUND_SHARE * excess;
  return -Math.min(excess, 1 + 0.06 * excess);
}

/** Momentum decays by a floor plus a tenth of its level: a fast process is harder to keep up. */
export function momentumDecay(momentum: number): number {
  return -(4 + 0.1 * momentum);
}

export const THREAT_BASELINE = 30;
/** Threat moves 15% of the way back to its baseline each month. */
export function threatDecay(threat: number): number {
  return -0.15 * (threat - THREAT_BASELINE);
}

const SEASON_WILLINGNESS: Record<Season, number> = { steady: 0, campaigning: -12, honeymoon: 12, paralysed: -10 };

/** The willingness the situation supports for an ally. */
export function willingnessTarget(m: {
  backlash: number;
  threat: number;
  trust: number;
  season: Season;
  imbalance: number;
}): number {
  return (
    48 +
    0.3 * (m.threat - 40) +
    0.25 * (m.trust - 40) -
    0.5 * Math.max(0, m.backlash - 40) +
    SEASON_WILLINGNESS[m.season] -
    0.4 * Math.max(0, m.imbalance)
  );
}

/** Willingness moves a third of the way to its target each month. */
export function willingnessDelta(current: number, target: number): number {
  return 0.33 * (target - current);
}

/** Approval reverts a tenth of the way to its start value; a boiling public drags it down. */
export function approvalDelta(approval: number, baseline: number, backlash: number): number {
  return 0.1 * (baseline - approval) - 0.08 * Math.max(0, backlash - 60);
}

export const TRUST_BASELINE = 30;
/** Trust settles toward a wary baseline (a tenth of the gap a month), faster when the process stalls. */
export function trustDelta(trust: number, momentum: number): number {
  return -0.1 * (trust - TRUST_BASELINE) - (momentum < 15 ? 1.5 : 0);
}

/** Credibility heals slowly up to its usual level unless Washington is seen to overreach. */
export function credibilityDelta(credibility: number, overreaching: boolean): number {
  if (overreaching) return OVERREACH_CREDIBILITY;
  return credibility < CREDIBILITY_RESTING ? 0.8 : 0;
}
export const CREDIBILITY_RESTING = 60;
/** Credibility a month of overreach costs: the broker seen as meddling. */
export const OVERREACH_CREDIBILITY = -3;

/** Share of concessions remembered from one month to the next. */
export const CONCESSION_MEMORY = 0.9;

/** Resentment from giving more than the other side: backlash per point of imbalance. */
export function imbalanceBacklash(imbalance: number): number {
  return imbalance > 8 ? 0.08 * (imbalance - 8) : 0;
}

/** The month's drift for one ally, part by part (each is recorded under its own cause). */
export interface AllyDrift {
  cooling: number;
  resentment: number;
  willingness: number;
  approval: number;
}

export function allyDrift(
  ally: AllyId,
  meters: Meters,
  season: Season,
  baseline: { approval: number; backlash: number },
  imbalance: number,
): AllyDrift {
  const keys = ALLY_METERS[ally];
  const backlash = meters[keys.backlash];
  const target = willingnessTarget({ backlash, threat: meters.threat, trust: meters.trust, season, imbalance });
  return {
    cooling: coolingDelta(backlash, RESTING_SHARE * baseline.backlash),
    resentment: imbalanceBacklash(imbalance),
    willingness: willingnessDelta(meters[keys.willingness], target),
    approval: approvalDelta(meters[keys.approval], baseline.approval, backlash),
  };
}
