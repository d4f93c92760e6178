// The planning phase: Washington sets its posture toward each ally and queues initiatives within
// the month's bandwidth. Each decision has a validator that returns the reason it is refused (for
// the view to show) or null, and an apply function. Pure.

import { blockReason, type LaunchState } from '../rules/initiatives';
import { summitState } from '../rules/summits';
import { nextContext } from '../context';
import { plan as refuse } from '../../strings/refusals';
import {
  ALLIES,
  type AllyId,
  CHANNELS,
  type Channel,
  type GameContext,
  type Plan,
  POSTURES,
  type Posture,
  type QueuedInitiative,
} from '../types';

export function bandwidthUsed(
  ctx: GameContext,
  initiatives: readonly QueuedInitiative[] = ctx.plan.initiatives,
): number {
  let used = 0;
  for (const q of initiatives) used += ctx.scenario.initiatives[q.id]?.bandwidth ?? 0;
  return used;
}

/** What decides whether an initiative can launch, with `initiatives` (the month's plan) already queued. */
export function launchState(
  ctx: GameContext,
  initiatives: readonly QueuedInitiative[] = ctx.plan.initiatives,
): LaunchState {
  return {
    meters: ctx.meters,
    milestones: ctx.milestones,
    firedEvents: ctx.firedEvents,
    politics: ctx.politics,
    turn: ctx.turn,
    summit: summitState(ctx.scenario.summits, ctx.scenario.start, ctx.turn, ctx.scenario.months),
    bandwidthLeft: ctx.bandwidth - bandwidthUsed(ctx, initiatives),
    lastLaunched: ctx.lastLaunched,
    queued: initiatives.map((q) => q.id),
    open: ctx.carried.map((p) => p.initiative),
  };
}

export function postureProblem(ally: unknown, posture: unknown): string | null {
  if (!ALLIES.includes(ally as AllyId)) return refuse.unknownAlly(String(ally));
  if (!POSTURES.includes(posture as Posture)) return refuse.posture(String(posture));
  return null;
}

export function setPosture(ctx: GameContext, ally: AllyId, posture: Posture): GameContext {
  return nextContext(ctx, { plan: { ...ctx.plan, posture: { ...ctx.plan.posture, [ally]: posture } } });
}

export function queueProblem(ctx: GameContext, id: unknown, channel: unknown): string | null {
  if (typeof id !== 'string' || !(id in ctx.scenario.initiatives)) return refuse.unknownInitiative(String(id));
  if (!CHANNELS.includes(channel as Channel)) return refuse.channel(String(channel));
  return blockReason(ctx.scenario.initiatives[id], channel as Channel, launchState(ctx), ctx.scenario);
}

export function queueInitiative(ctx: GameContext, id: string, channel: Channel): GameContext {
  return nextContext(ctx, { plan: { ...ctx.plan, initiatives: [...ctx.plan.initiatives, { id, channel }] } });
}

export function cancelProblem(ctx: GameContext, id: unknown): string | null {
  return ctx.plan.initiatives.some((q) => q.id === id) ? null : refuse.notPlanned(String(id));
}

export function cancelInitiative(ctx: GameContext, id: string): GameContext {
  return nextContext(ctx, { plan: { ...ctx.plan, initiatives: ctx.plan.initiatives.filter((q) => q.id !== id) } });
}

/** Why a whole plan (sent with `turn.commit`) cannot be adopted, or null. */
export function planProblem(ctx: GameContext, plan: unknown): string | null {
  const p = plan as Partial<Plan> | undefined;
  if (!p || typeof p !== 'object' || !p.posture || !Array.isArray(p.initiatives)) {
    return refuse.shape;
  }
  for (const ally of ALLIES) {
    const problem = postureProblem(ally, p.posture[ally]);
    if (problem) return problem;
  }
  let draft = nextContext(ctx, { plan: { posture: p.posture, initiatives: [] } });
  for (const q of p.initiatives) {
    const problem = queueProblem(draft, q?.id, q?.channel);
    if (problem) return problem;
    draft = queueInitiative(draft, q.id, q.channel);
  }
  return null;
}

export function adoptPlan(ctx: GameContext, plan: Plan): GameContext {
  return nextContext(ctx, {
    plan: {
      posture: { ...plan.posture },
      initiatives: plan.initiatives.map((q) => ({ id: q.id, channel: q.channel })),
    },
  });
}
