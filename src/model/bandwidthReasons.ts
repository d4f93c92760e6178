// Why this month's bandwidth is what it is: the difficulty's base, less what a US campaign, a
// severe threat and borrowed event choices take, each sized by the model's own rule; the words are
// the string catalogue's (src/strings/bandwidth.ts). Pure.

import * as B from '../strings/bandwidth';
import { threatBandOf } from './rules/bounds';
import { DIFFICULTY } from './rules/difficulty';
import { campaignElection } from './rules/elections';
import { bandwidthFor } from './rules/washington';
import type { GameContext } from './types';

export interface BandwidthReason {
  what: string;
  /** A few words for the room's header line. */
  short: string;
  amount: number;
}

export interface BandwidthExplained {
  base: number;
  available: number;
  reasons: BandwidthReason[];
}

/** What takes bandwidth away this month, as bandwidthFor's inputs. */
export interface BandwidthCuts {
  usCampaign: boolean;
  severeThreat: boolean;
  /** Bandwidth borrowed by last month's event choices. */
  debt: number;
}

/**
 * Each cut's share of the month's loss, taken in order (a US campaign, a severe threat, then the
 * borrowed bandwidth), each the change bandwidthFor makes when it is added to those before it. The
 * shares always sum to the month's bandwidth less the base, the floor of one included: a cut that
 * the floor swallows whole is not named. Pure.
 */
export function bandwidthShares(
  base: number,
  cuts: BandwidthCuts,
): { usCampaign: number; severeThreat: number; debt: number } {
  const none = bandwidthFor(base, false, false, 0);
  const withUs = bandwidthFor(base, cuts.usCampaign, false, 0);
  const withSevere = bandwidthFor(base, cuts.usCampaign, cuts.severeThreat, 0);
  const all = bandwidthFor(base, cuts.usCampaign, cuts.severeThreat, cuts.debt);
  return { usCampaign: withUs - none, severeThreat: withSevere - withUs, debt: all - withSevere };
}

/**
 * Why this month's bandwidth is what it is: the difficulty's base, less a US campaign, a severe
 * threat and bandwidth borrowed by last month's event choices, each sized by its share
 * (bandwidthShares), so the reasons add up to what is left.
 */
export function selectBandwidth(ctx: GameContext): BandwidthExplained {
  const { scenario } = ctx;
  const base = DIFFICULTY[ctx.settings.difficulty].bandwidth;
  const us = campaignElection(scenario.elections, scenario.start, 'washington', ctx.turn);
  const severe = threatBandOf(ctx.meters.threat) === 'severe';
  let debt = 0;
  const last = ctx.history.find((h) => h.turn === ctx.turn - 1);
  for (const f of last?.events ?? []) {
    const choice = f.choice ? ctx.scenario.events[f.id]?.choices.find((c) => c.id === f.choice) : undefined;
    debt += choice?.bandwidth ?? 0;
  }
  const share = bandwidthShares(base, { usCampaign: !!us, severeThreat: severe, debt });
  const reasons: BandwidthReason[] = [];
  const add = (what: string, short: string, amount: number) => {
    if (amount !== 0) reasons.push({ what, short, amount });
  };
  if (us) add(B.usCampaign.what(us.name), B.usCampaign.short, share.usCampaign);
  add(B.severeThreat.what, B.severeThreat.short, share.severeThreat);
  add(B.borrowed.what, B.borrowed.short, share.debt);
  return { base, available: ctx.bandwidth, reasons };
}
