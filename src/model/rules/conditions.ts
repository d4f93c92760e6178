// Evaluating the conditions that scenario data attaches to events, initiatives and milestones.
// A condition reads the meters, reached milestones, fired events, seasons and the threat band.

import type { Condition } from '../../content/schema';
import { ALLY_NAMES, type AllyId, type AllyPolitics, type Meters } from '../types';
import { threatBandOf } from './bounds';
import * as P from '../../strings/prerequisites';

export interface ConditionState {
  meters: Meters;
  milestones: Record<string, number>;
  firedEvents: Record<string, number>;
  politics: Record<AllyId, AllyPolitics>;
}

export function holds(c: Condition, s: ConditionState): boolean {
  if ('meter' in c) {
    const v = s.meters[c.meter];
    return (c.above === undefined || v > c.above) && (c.below === undefined || v < c.below);
  }
  if ('milestone' in c) return c.milestone in s.milestones === c.reached;
  if ('event' in c) return c.event in s.firedEvents === c.fired;
  if ('season' in c) return (s.politics[c.ally].season === c.season) === c.is;
  return threatBandOf(s.meters.threat) === c.threat;
}

export function allHold(conditions: readonly Condition[], s: ConditionState): boolean {
  for (const c of conditions) if (!holds(c, s)) return false;
  return true;
}

/** Names for ids, so a reason reads "needs “Leaders meet”" rather than an id. */
export interface Names {
  milestones?: Record<string, { name: string }>;
  events?: Record<string, { title: string }>;
}

/** A sentence for a failed condition, for disabled buttons and rejections. */
export function describeCondition(c: Condition, names: Names = {}): string {
  if ('meter' in c) {
    const parts = [];
    if (c.above !== undefined) parts.push(P.condition.above(c.above));
    if (c.below !== undefined) parts.push(P.condition.below(c.below));
    return P.condition.meter(c.meter, parts);
  }
  if ('milestone' in c) {
    const name = names.milestones?.[c.milestone]?.name ?? c.milestone;
    return c.reached ? P.condition.needsMilestone(name) : P.condition.beforeMilestone(name);
  }
  if ('event' in c) {
    const title = names.events?.[c.event]?.title ?? c.event;
    return c.fired ? P.condition.afterEvent(title) : P.condition.beforeEvent(title);
  }
  if ('season' in c) return P.condition.season(c.ally, c.is, c.season);
  return P.condition.threat(c.threat);
}

/** A condition as a prerequisite a card lists, met or not ("“Leaders meet” secured", "threat above 35"). */
export function conditionLabel(c: Condition, names: Names = {}): string {
  if ('meter' in c) return P.prerequisite.meter(describeCondition(c, names));
  if ('milestone' in c) {
    const name = names.milestones?.[c.milestone]?.name ?? c.milestone;
    return c.reached ? P.prerequisite.milestoneSecured(name) : P.prerequisite.beforeSecured(name);
  }
  if ('event' in c) {
    const title = names.events?.[c.event]?.title ?? c.event;
    return c.fired ? P.prerequisite.afterEvent(title) : P.prerequisite.beforeEvent(title);
  }
  if ('season' in c) return P.prerequisite.season(ALLY_NAMES[c.ally], c.is, c.season);
  return P.prerequisite.threat(c.threat);
}
