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

/** A milestone as the track shows it: what it needs, and whether it is reached. */
export interface TrackStep {
  id: string;
  requires: readonly string[];
  reached: boolean;
}

/**
 * The milestones the capstone still needs, itself included (none once it is reached), each after
 * what it requires, in the order the track lists them.
 */
export function capstoneSteps(track: readonly TrackStep[], capstone: string): string[] {
  const byId = new Map(track.map((m) => [m.id, m]));
  const need: string[] = [];
  const visit = (id: string) => {
    const m = byId.get(id);
    if (!m || m.reached || need.includes(id)) return;
    for (const r of m.requires) visit(r);
    need.push(id);
  };
  visit(capstone);
  return need;
}
