// The machine's parallel regions besides the turn: each ally's political season, the threat band
// and Washington's stance. A region moves only on the events the month's steps raise when their
// rules change what it stands for (a campaign opens, a vote is won or lost, a season ends, the
// threat crosses a band, the stance shifts); the rules then read the regions back as `RegionFacts`.
// Pure: no XState here, only the names, the facts and the events.

import { threatBandOf } from './rules/bounds';
import { stanceOf } from './rules/washington';
import { ALLIES, type AllyId, type GameContext, type Season, type ThreatBand, type WashingtonStance } from './types';
import { SEASONS, STANCES, THREAT_BANDS } from './vocabulary';

/** The regions' state names, from the vocabulary. */
export { SEASONS, STANCES, THREAT_BANDS };

/** What the regions say now: the machine's answer to "which season, band, stance are we in?". */
export interface RegionFacts {
  seasons: Record<AllyId, Season>;
  threatBand: ThreatBand;
  stance: WashingtonStance;
}

/** The event that moves an ally's season region into `season`, named after what happened. */
export const SEASON_EVENT = {
  campaigning: 'campaignOpened',
  honeymoon: 'voteWon',
  paralysed: 'voteLost',
  steady: 'seasonEnded',
} as const satisfies Record<Season, string>;

type SeasonEventName = (typeof SEASON_EVENT)[Season];

/** Events the machine raises to itself (never sent from outside: no seat, console or server accepts them). */
export type RegionEvent =
  | { type: `${AllyId}.${SeasonEventName}` }
  | { type: `threat.${ThreatBand}` }
  | { type: `washington.${WashingtonStance}` };

/** The regions' facts as the rules would derive them from a context (initial states, and tests). */
export function derivedFacts(ctx: GameContext): RegionFacts {
  return {
    seasons: { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season },
    threatBand: threatBandOf(ctx.meters.threat),
    stance: stanceOf(ctx.pressureHistory),
  };
}

/**
 * The events that bring the regions from `facts` to what the rules have just made of the context
 * `next`: a step applies its rule, then raises these so each region moves on a named event.
 */
export function regionEvents(facts: RegionFacts, next: GameContext): RegionEvent[] {
  const out: RegionEvent[] = [];
  for (const ally of ALLIES) {
    const season = next.politics[ally].season;
    if (season !== facts.seasons[ally]) out.push({ type: `${ally}.${SEASON_EVENT[season]}` });
  }
  const band = threatBandOf(next.meters.threat);
  if (band !== facts.threatBand) out.push({ type: `threat.${band}` });
  const stance = stanceOf(next.pressureHistory);
  if (stance !== facts.stance) out.push({ type: `washington.${stance}` });
  return out;
}
