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

/**
 * Why this month's bandwidth is what it is: the difficulty's base, less a US campaign, a severe
 * threat and bandwidth borrowed by last month's event choices, each sized by calling bandwidthFor
 * with and without it (the floor of one included).
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
  const all = bandwidthFor(base, !!us, severe, debt);
  const reasons: BandwidthReason[] = [];
  const add = (what: string, short: string, without: number) => {
    if (without !== all) reasons.push({ what, short, amount: all - without });
  };
  if (us) add(B.usCampaign.what(us.name), B.usCampaign.short, bandwidthFor(base, false, severe, debt));
  if (severe) add(B.severeThreat.what, B.severeThreat.short, bandwidthFor(base, !!us, false, debt));
  if (debt > 0) add(B.borrowed.what, B.borrowed.short, bandwidthFor(base, !!us, severe, 0));
  return { base, available: ctx.bandwidth, reasons };
}
