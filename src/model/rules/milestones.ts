// Milestones: the track of concrete steps (DESIGN §1.5). One is reached when a proposal that
// names it is accepted by every asked delegation while its prerequisites and conditions hold.

import type { MilestoneDef } from '../../content/schema';
import { allHold, type ConditionState } from './conditions';

export function milestoneReady(m: MilestoneDef, s: ConditionState): boolean {
  if (m.id in s.milestones) return false;
  for (const r of m.requires) if (!(r in s.milestones)) return false;
  return allHold(m.conditions, s);
}

/** Reached milestones not given at the start: what the player secured. */
export function securedMilestones(reached: Record<string, number>, alreadyReached: readonly string[]): string[] {
  return Object.keys(reached).filter((id) => !alreadyReached.includes(id));
}
