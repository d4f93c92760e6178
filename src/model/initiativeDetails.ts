// One initiative card in full, for the room's details pane: its summary, what it costs, who it
// asks and what it would secure, and every prerequisite at once, each marked met or not from what
// Washington can see (a condition on a hidden meter is never judged here). Pure.

import { launchState } from './phases/planning';
import { campaignBarred } from './rules/initiatives';
import { conditionLabel, holds } from './rules/conditions';
import { type CardBasics, cardBasics } from './selectors';
import { ALLY_NAMES, type GameContext, PUBLIC_METERS } from './types';
import { prerequisite as P } from '../strings/prerequisites';

export interface Prerequisite {
  text: string;
  /** Whether it holds now; null when Washington cannot see it. */
  met: boolean | null;
}

export interface InitiativeDetails extends CardBasics {
  /** The words put to the delegations, when the card asks something. */
  ask: string | null;
  /** The milestone an accepted proposal secures. */
  secures: string | null;
  prerequisites: Prerequisite[];
}

/** The details of initiative `id`, or null when the scenario has no such card. */
export function selectInitiativeDetails(ctx: GameContext, id: string): InitiativeDetails | null {
  const def = ctx.scenario.initiatives[id];
  if (!def) return null;
  const s = launchState(ctx, []);
  const prerequisites: Prerequisite[] = def.preconditions.map((c) => ({
    text: conditionLabel(c, ctx.scenario),
    met: 'meter' in c && !(PUBLIC_METERS as readonly string[]).includes(c.meter) ? null : holds(c, s),
  }));
  for (const ally of campaignBarred(def)) {
    prerequisites.push({
      text: P.notCampaigning(ALLY_NAMES[ally]),
      met: s.politics[ally].season !== 'campaigning',
    });
  }
  if (def.atLeadersSummit) {
    prerequisites.push({ text: P.leadersSummit(s.summit.now, s.summit.next), met: s.summit.now !== null });
  }
  const milestone = def.proposal?.milestone;
  return {
    ...cardBasics(def),
    ask: def.proposal?.ask ?? null,
    secures: milestone ? (ctx.scenario.milestones[milestone]?.name ?? milestone) : null,
    prerequisites,
  };
}
