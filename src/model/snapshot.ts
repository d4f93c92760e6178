// Reading a snapshot the machine's way: its screen phase from the tags, and each ally's season
// from its region. The selectors, `whyNot` and the legal-decision list share these. Pure.

import { SEASONS } from './regions';
import { type Phase, phaseOf, type Tagged } from './tags';
import type { AllyId, GameContext, Season } from './types';

/** The minimal snapshot surface selectors need (an XState snapshot satisfies it). */
export interface SnapshotLike extends Tagged {
  context: GameContext;
  matches(value: object): boolean;
}

/** The screen phase, from the snapshot's tags. */
export function selectPhase(s: Tagged): Phase {
  return phaseOf(s);
}

/** Each ally's season as its region in the machine says (the context's before the campaign opens). */
export function selectSeasons(s: SnapshotLike): Record<AllyId, Season> {
  const ctx = s.context;
  const phase = phaseOf(s);
  if (phase === 'setup' || phase === 'briefing' || phase === 'ended') {
    return { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season };
  }
  const of = (ally: AllyId) => SEASONS.find((season) => s.matches({ campaign: { [ally]: season } })) ?? 'steady';
  return { seoul: of('seoul'), tokyo: of('tokyo') };
}
