// What Washington's posture toward an ally does in a month. Momentum gain is linear in pressure;
// backlash is convex (lean hard costs far more than twice a press). The backlash multiplier
// combines the ally's political season, the rally effect of threat and American overreach.
// Calibration: DESIGN §1.3 and the fact base §6 ("if the US pushes too visibly, SB bonus").

import type { AllyId, Effects, Posture, Season, WashingtonStance } from '../types';
import { ALLY_METERS } from './allyMeters';
import { SIMMERING } from './bounds';

/** Momentum added per step of the dial, per ally. */
export const MOMENTUM_PER_STEP = 3.5;

/** Backlash by dial position before multipliers: convex. */
export const BACKLASH_BY_POSTURE: Record<Posture, number> = { 0: 0, 1: 1.5, 2: 5, 3: 14 };

/** Willingness by dial position: well-judged pressure helps, leaning hard hurts. */
export const WILLINGNESS_BY_POSTURE: Record<Posture, number> = { 0: -1, 1: 1.5, 2: 2.5, 3: -2 };

export const SEASON_BACKLASH: Record<Season, number> = {
  steady: 1,
  campaigning: 2.8,
  honeymoon: 0.5,
  paralysed: 1.2,
};

export const STANCE_BACKLASH: Record<WashingtonStance, number> = {
  quiet: 1,
  engaged: 1,
  pressing: 1.1,
  overreaching: 1.3,
};

export interface BacklashContext {
  season: Season;
  /** The ally's true backlash now (0–100): a public already simmering reacts more. */
  backlash: number;
  /** 0–100 */
  threat: number;
  stance: WashingtonStance;
  /** From the difficulty table. */
  difficulty: number;
}

/** Extra weight of backlash at a boiling public, per point of backlash above simmering (50). */
export const HEAT_PER_POINT = 0.03;

/** A simmering public amplifies every new grievance: 1 at 50 or below, 1.75 at 75, 2.5 at 100. */
export function heatOf(backlash: number): number {
  return 1 + HEAT_PER_POINT * Math.max(0, backlash - SIMMERING);
}

/**
 * How much a unit of backlash from Washington's actions weighs in this ally this month.
 * Threat damps it (at most by 40% at threat 100): the rally effect; a hot public amplifies it.
 */
export function backlashMultiplier(c: BacklashContext): number {
  const rally = 1 - 0.4 * (c.threat / 100);
  return SEASON_BACKLASH[c.season] * rally * STANCE_BACKLASH[c.stance] * c.difficulty * heatOf(c.backlash);
}

/** The effects of one ally's posture setting, before they are recorded. */
export function postureEffects(ally: AllyId, posture: Posture, c: BacklashContext, credibility: number): Effects {
  // A credible broker turns pressure into movement more efficiently (0.6× at 0, 1.2× at 100).
  const efficiency = 0.6 + 0.6 * (credibility / 100);
  const keys = ALLY_METERS[ally];
  // Filled key by key, in this order: V8 builds literals with computed keys several times slower.
  const effects: Effects = { momentum: MOMENTUM_PER_STEP * posture * efficiency };
  effects[keys.backlash] = BACKLASH_BY_POSTURE[posture] * backlashMultiplier(c);
  effects[keys.willingness] = WILLINGNESS_BY_POSTURE[posture];
  effects[keys.approval] = posture === 3 ? -1.5 : 0;
  effects.credibility = posture === 3 ? -1 : 0;
  return effects;
}
