// Initiatives: whether one may be launched now, and what launching it does. Public launches move
// momentum faster and cost more backlash; private ones are cheaper but may leak, and then cost the
// public backlash on top plus some credibility. Security initiatives are cheaper in backlash when
// threat is severe (the rally effect). History concessions are off the table in campaign windows.

import type { InitiativeDef } from '../../content/schema';
import {
  ALLIES,
  ALLY_NAMES,
  type AllyId,
  type Channel,
  type Effects,
  type MeterKey,
  type WashingtonStance,
} from '../types';
import { threatBandOf } from './bounds';
import { type ConditionState, describeCondition, holds, type Names } from './conditions';
import type { SummitState } from './summits';
import { blocked as B } from '../../strings/prerequisites';

export interface LaunchState extends ConditionState {
  turn: number;
  /** This month's and the next summit the three leaders attend. */
  summit: SummitState;
  bandwidthLeft: number;
  lastLaunched: Record<string, number>;
  queued: readonly string[];
  /** Ids of initiatives whose proposals are still on the table. */
  open: readonly string[];
}

/**
 * Why `def` cannot be launched through `channel` now, or null when it can. Whether it can is the
 * same whatever the order of the checks; the order decides which reason is given, and it is the one
 * that matters most to the player: the most lasting obstacle first. The card's own state (a channel
 * it never uses, already planned, its milestone already secured, its proposal still on the table),
 * then what must change in the world (its preconditions, a campaign window, a leaders' summit), then
 * a wait that passes by itself (a cooldown, or the wait after a refusal), and last this month's
 * bandwidth, which the player can free by taking something else out of the plan.
 */
export function blockReason(def: InitiativeDef, channel: Channel, s: LaunchState, names: Names = {}): string | null {
  if (!def.channels.includes(channel)) return B.channel(def.name, channel);
  if (s.queued.includes(def.id)) return B.planned(def.name);
  const m = def.proposal?.milestone;
  if (m && m in s.milestones) return B.secured;
  if (s.open.includes(def.id)) return B.onTable(def.name);
  for (const c of def.preconditions) {
    if (!holds(c, s)) return describeCondition(c, names);
  }
  for (const ally of campaignBarred(def)) {
    if (s.politics[ally].season === 'campaigning') {
      return B.campaign(ALLY_NAMES[ally]);
    }
  }
  if (def.atLeadersSummit && s.summit.now === null) return B.summit(s.summit.next);
  const last = s.lastLaunched[def.id];
  if (last !== undefined && s.turn - last < Math.max(1, def.cooldown)) {
    const wait = Math.max(1, def.cooldown) - (s.turn - last);
    // settlement records a refused card's launch after its refusal wait, so a launch still ahead was a no
    return last > s.turn ? B.refused(def.name, wait) : B.cooldown(def.name, wait);
  }
  if (def.bandwidth > s.bandwidthLeft) return B.bandwidth(def.name, def.bandwidth);
  return null;
}

/** The allies whose campaign window bars `def`: those a history concession asks something of. */
export function campaignBarred(def: InitiativeDef): readonly AllyId[] {
  return def.kind === 'history' && def.proposal ? def.proposal.to : [];
}

const BACKLASH: Record<AllyId, MeterKey> = { seoul: 'seoul.backlash', tokyo: 'tokyo.backlash' };

/**
 * The launch effects through `channel`, with each ally's backlash scaled by its multiplier and,
 * for security initiatives in a severe threat, halved again.
 */
export function launchEffects(
  def: InitiativeDef,
  channel: Channel,
  multipliers: Record<AllyId, number>,
  threat: number,
): Effects {
  const base = def.effects[channel];
  const rally = def.kind === 'security' && threatBandOf(threat) === 'severe' ? 0.5 : 1;
  const out: Effects = { ...base };
  // Work behind closed doors moves no public process: the momentum is the public channel's.
  if (channel === 'private' && out.momentum !== undefined && out.momentum > 0) out.momentum *= PRIVATE_MOMENTUM_SHARE;
  for (const ally of ALLIES) {
    const v = base[BACKLASH[ally]];
    if (v !== undefined && v > 0) out[BACKLASH[ally]] = v * multipliers[ally] * rally;
  }
  return out;
}

/** Share of a private launch's listed momentum that reaches the public process. */
export const PRIVATE_MOMENTUM_SHARE = 0;

/** Credibility each public launch costs while Washington is pressing or overreaching: the megaphone. */
export const MEGAPHONE_CREDIBILITY = -6;

/** What one public launch costs Washington's credibility under `stance` (0 unless it presses). */
export function megaphoneCredibility(stance: WashingtonStance): number {
  return stance === 'pressing' || stance === 'overreaching' ? MEGAPHONE_CREDIBILITY : 0;
}

/** Credibility a leaked private initiative costs Washington. */
export const LEAK_CREDIBILITY = -3;
/** Backlash a leak adds in each capital the initiative asks something of: a secret deal exposed. */
export const LEAK_EXPOSURE = 4;
/** A leak is likelier with every other private initiative running the same month… */
export const LEAK_PER_OTHER_PRIVATE = 0.4;
/** …and with every step of pressure on the dials (both allies' postures summed). */
export const LEAK_PER_PRESSURE = 0.15;

/**
 * The chance that a private initiative leaks this month: its own chance, raised by the other
 * private work running alongside it and by how hard Washington presses. Capped at 90%.
 */
export function leakChance(base: number, privateCount: number, postureSum: number): number {
  const load = 1 + LEAK_PER_OTHER_PRIVATE * Math.max(0, privateCount - 1);
  return Math.min(0.9, base * load * (1 + LEAK_PER_PRESSURE * postureSum));
}

/**
 * What a leak adds: the public channel's backlash that the private one avoided, the exposure of a
 * secret deal in each asked capital, and a credibility cost.
 */
export function leakEffects(def: InitiativeDef, multipliers: Record<AllyId, number>): Effects {
  const out: Effects = { credibility: LEAK_CREDIBILITY };
  const asked = def.proposal?.to ?? [];
  for (const ally of ALLIES) {
    const pub = def.effects.public[BACKLASH[ally]] ?? 0;
    const priv = def.effects.private[BACKLASH[ally]] ?? 0;
    const exposure = asked.includes(ally) ? LEAK_EXPOSURE : 0;
    const added = Math.max(0, pub - priv) + exposure;
    if (added > 0) out[BACKLASH[ally]] = added * multipliers[ally];
  }
  return out;
}
