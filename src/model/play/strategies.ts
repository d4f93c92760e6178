// Scripted players for the balance lab and the property tests. Each strategy turns what Washington
// can see into the month's decisions; none reads an ally's hidden values. `draw` is the strategy's
// own seeded stream, separate from the game's, so the game's randomness is the same whatever the
// strategy does with its own.

import { offeredChoices } from '../rules/cardVariants';
import { blockReason } from '../rules/initiatives';
import { launchState } from '../phases/planning';
import { legalChoices, legalPlanning } from './legal';
import type { AllyId, Channel, GameContext, Plan, Posture, QueuedInitiative } from '../types';
import { activeSituations } from '../selectors';

export interface Strategy {
  name: string;
  describe: string;
  /** The month's plan, sent with `turn.commit`. */
  plan(ctx: GameContext, draw: () => number): Plan;
  /** The choice for an event waiting for one. */
  choose(ctx: GameContext, eventId: string, draw: () => number): string;
}

function pick<T>(list: readonly T[], draw: () => number): T {
  return list[Math.floor(draw() * list.length)];
}

/** A plan with these postures and the wanted initiatives that fit, in order. */
function planWith(ctx: GameContext, seoul: Posture, tokyo: Posture, wanted: readonly QueuedInitiative[] = []): Plan {
  const initiatives: QueuedInitiative[] = [];
  const queued: string[] = [];
  // One launch state for the whole plan, which starts empty: each launch is queued in it and
  // spends its bandwidth.
  const state = { ...launchState(ctx, initiatives), queued };
  for (const w of wanted) {
    const def = ctx.scenario.initiatives[w.id];
    if (blockReason(def, w.channel, state) !== null) continue;
    initiatives.push({ id: w.id, channel: w.channel });
    queued.push(w.id);
    state.bandwidthLeft -= def.bandwidth;
  }
  return { posture: { seoul, tokyo }, initiatives };
}

const firstChoice = (ctx: GameContext, id: string) => offeredChoices(ctx.scenario.events[id], ctx)[0].id;

export const hard: Strategy = {
  name: 'hard',
  describe: 'leans hard on both allies every month and launches everything in public',
  plan: (ctx) =>
    planWith(
      ctx,
      3,
      3,
      Object.keys(ctx.scenario.initiatives).map((id) => ({ id, channel: 'public' as const })),
    ),
  choose: firstChoice,
};

export const quiet: Strategy = {
  name: 'quiet',
  describe: 'never pushes: quiet dials and no initiatives',
  plan: (ctx) => planWith(ctx, 0, 0),
  choose: (ctx, id) => offeredChoices(ctx.scenario.events[id], ctx).at(-1)?.id ?? firstChoice(ctx, id),
};

export const random: Strategy = {
  name: 'random',
  describe: 'uniformly random legal decisions',
  plan(ctx, draw) {
    let plan: Plan = {
      posture: { seoul: Math.floor(draw() * 4) as Posture, tokyo: Math.floor(draw() * 4) as Posture },
      initiatives: [],
    };
    for (let i = 0; i < 4 && draw() < 0.7; i++) {
      const options = legalPlanning({ ...ctx, plan }).filter((e) => e.type === 'initiative.queue');
      if (!options.length) break;
      const e = pick(options, draw);
      if (e.type !== 'initiative.queue') break;
      plan = { ...plan, initiatives: [...plan.initiatives, { id: e.initiative, channel: e.channel }] };
    }
    return plan;
  },
  choose(ctx, id, draw) {
    const options = legalChoices(ctx).filter((e) => e.type === 'event.choose' && e.event === id);
    const e = pick(options, draw);
    return e.type === 'event.choose' ? e.choice : firstChoice(ctx, id);
  },
};

/**
 * An election-aware player: presses while a public is calm and no campaign is near, eases off in
 * campaign windows and when an estimate simmers, sends history asks privately, and uses threat
 * spikes for security initiatives.
 */
export const adaptive: Strategy = {
  name: 'adaptive',
  describe:
    'election-aware: pushes when publics are calm, eases off in campaigns, history in private, security in crises',
  plan(ctx) {
    const situations = activeSituations(ctx);
    const dial = (ally: AllyId): Posture => {
      const est = ctx.estimates[ally];
      const worst = est.backlash + est.uncertainty / 2;
      const campaign = situations.has(ally === 'seoul' ? 'seoulCampaign' : 'tokyoCampaign');
      if (worst >= 70) return 0;
      if (campaign || worst >= 55) return 1;
      return ctx.meters.momentum < 40 ? 2 : 1;
    };
    const threatHigh = ctx.meters.threat >= 55;
    const hot = Math.max(ctx.estimates.seoul.backlash, ctx.estimates.tokyo.backlash) >= 65;
    return planWith(ctx, dial('seoul'), dial('tokyo'), adaptiveWishes(ctx.scenario, threatHigh, hot));
  },
  choose: firstChoice,
};

/**
 * The adaptive player's wish list, in order. It depends only on the scenario and on two readings
 * (a threat spike, a hot public), so each of its four versions is worked out once per scenario.
 */
function adaptiveWishes(scenario: Scenario, threatHigh: boolean, hot: boolean): readonly QueuedInitiative[] {
  let versions = wishCache.get(scenario);
  if (!versions) {
    versions = [];
    wishCache.set(scenario, versions);
  }
  const k = (threatHigh ? 1 : 0) + (hot ? 2 : 0);
  versions[k] ??= wishList(scenario, threatHigh, hot);
  return versions[k];
}

type Scenario = GameContext['scenario'];
const wishCache = new WeakMap<Scenario, (readonly QueuedInitiative[])[]>();

function wishList(scenario: Scenario, threatHigh: boolean, hot: boolean): readonly QueuedInitiative[] {
  const defs = Object.values(scenario.initiatives);
  // The capstone's step first when it is open, then security in a crisis, history, the rest.
  const rank = (d: (typeof defs)[number]) => {
    if (d.proposal?.milestone === scenario.capstone) return -1;
    if (d.kind === 'security') return threatHigh ? 0 : 2;
    if (d.kind === 'history') return 1;
    if (d.kind === 'signal') return hot ? 0 : 4;
    return 3;
  };
  // Ask only for steps that secure a milestone; every ask costs something at home.
  return defs
    .filter((d) => d.proposal?.milestone || d.kind === 'signal')
    .sort((a, b) => rank(a) - rank(b))
    .map((d) => ({
      id: d.id,
      channel: (d.kind === 'history' || hot || !d.channels.includes('public') ? 'private' : 'public') as Channel,
    }))
    .filter((w) => scenario.initiatives[w.id].channels.includes(w.channel));
}

/**
 * The megaphone: presses both allies without leaning hard, and does everything in public, every
 * month. Publics simmer rather than boil, but the broker's standing wears away.
 */
export const loud: Strategy = {
  name: 'loud',
  describe: 'presses both allies and does everything in public: the broker as megaphone',
  plan: (ctx) =>
    planWith(
      ctx,
      2,
      2,
      Object.values(ctx.scenario.initiatives)
        .filter((d) => d.channels.includes('public'))
        .map((d) => ({ id: d.id, channel: 'public' as const })),
    ),
  choose: firstChoice,
};

export const STRATEGIES: Record<string, Strategy> = { hard, quiet, random, adaptive, loud };
