// Elections and political seasons. A campaign window before each vote makes an ally's public more
// sensitive and blocks history concessions; the vote is resolved from approval and backlash with a
// seeded draw; a win opens a honeymoon, a loss paralyses the leader for a while.
// Calendar: DESIGN §1.6 and the fact base §1 and §5.

import type { ElectionDef } from '../../content/schema';
import type { AllyId, AllyPolitics, Season } from '../types';
import { turnOf } from './calendar';

export const HONEYMOON_MONTHS = { national: 3, local: 1 } as const;
export const PARALYSIS_MONTHS = { national: 3, local: 1 } as const;

const voteTurnCache = new WeakMap<readonly ElectionDef[], { start: string; turns: readonly number[] }>();

/**
 * The turn of each election's vote in a scenario starting at `start`, one per election in the order
 * of `elections`. Read every month, so it is worked out once per calendar (the model never changes
 * scenario data) and frozen, since every caller shares it.
 */
export function voteTurns(elections: readonly ElectionDef[], start: string): readonly number[] {
  const cached = voteTurnCache.get(elections);
  if (cached?.start === start) return cached.turns;
  const turns = Object.freeze(elections.map((e) => turnOf(start, e.month)));
  voteTurnCache.set(elections, { start, turns });
  return turns;
}

/** The election of `who` whose campaign window `turn` falls in, if any. */
export function campaignElection(
  elections: readonly ElectionDef[],
  start: string,
  who: AllyId | 'washington',
  turn: number,
): ElectionDef | undefined {
  const votes = voteTurns(elections, start);
  for (let i = 0; i < elections.length; i++) {
    const e = elections[i];
    if (e.who === who && turn <= votes[i] && turn > votes[i] - e.campaign) return e;
  }
  return undefined;
}

/** True when `turn` falls in the campaign window of one of `who`'s elections. */
export function inCampaign(
  elections: readonly ElectionDef[],
  start: string,
  who: AllyId | 'washington',
  turn: number,
): boolean {
  return campaignElection(elections, start, who, turn) !== undefined;
}

/** Months until `who`'s next election (0 in the vote month), or null when none is left. */
export function monthsToElection(
  elections: readonly ElectionDef[],
  start: string,
  who: AllyId | 'washington',
  turn: number,
): number | null {
  const votes = voteTurns(elections, start);
  let best: number | null = null;
  for (let i = 0; i < elections.length; i++) {
    if (elections[i].who !== who) continue;
    const d = votes[i] - turn;
    if (d >= 0 && (best === null || d < best)) best = d;
  }
  return best;
}

/** The season an ally is in at `turn`: a campaign beats an aftermath, which beats steady. */
export function seasonAt(politics: AllyPolitics, campaigning: boolean, turn: number): Season {
  if (campaigning) return 'campaigning';
  if ((politics.season === 'honeymoon' || politics.season === 'paralysed') && politics.seasonUntil >= turn) {
    return politics.season;
  }
  return 'steady';
}

/**
 * Chance the governing side does well: approval is the main driver, backlash against the
 * rapprochement a drag; `lean` nudges toward the historical result for calibration.
 */
export function winProbability(approval: number, backlash: number, lean: number): number {
  const x = (approval - 40) / 10 - Math.max(0, backlash - 50) / 20 + lean * 4;
  return 1 / (1 + Math.exp(-x));
}

/** Chance the governing side does well in Washington's own vote: a coin flip shifted by `lean`. */
export function washingtonWinProbability(lean: number): number {
  return 0.5 + lean;
}

/** Credibility points Washington's own result gains or costs the broker. */
export const WASHINGTON_RESULT_CREDIBILITY = 2;

/** Immediate effects of Washington's own result on its standing as a broker. */
export function washingtonResultEffects(won: boolean): { credibility: number } {
  return { credibility: won ? WASHINGTON_RESULT_CREDIBILITY : -WASHINGTON_RESULT_CREDIBILITY };
}

/** Aftermath of a result: the season it opens and for how long. */
export function aftermath(e: ElectionDef, won: boolean, turn: number): AllyPolitics {
  return won
    ? { season: 'honeymoon', seasonUntil: turn + HONEYMOON_MONTHS[e.weight] }
    : { season: 'paralysed', seasonUntil: turn + PARALYSIS_MONTHS[e.weight] };
}

/** Immediate effects of a result on the ally's meters. National votes matter more. */
export function resultEffects(
  e: ElectionDef,
  won: boolean,
): { backlash: number; approval: number; willingness: number } {
  const w = e.weight === 'national' ? 1 : 0.5;
  return won
    ? { backlash: -8 * w, approval: 6 * w, willingness: 6 * w }
    : { backlash: 6 * w, approval: -8 * w, willingness: -12 * w };
}
