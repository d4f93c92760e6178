// What a scripted player may read: Washington's view of the game as plain data (the month, the
// public meters, Washington's estimates, seasons and election clocks, bandwidth, stance, the
// initiative cards with why each channel is closed now, milestones, open proposals and the
// choices of waiting events). Strategies receive this, never the context, so none can read an
// ally's true backlash or willingness. Built from the model's own rules (the acceptance rule for
// the cards, the calendar for the clocks); pure.

import { pendingChoices } from '../phases/events';
import { bandwidthUsed, launchState } from '../phases/planning';
import { blockReason } from '../rules/initiatives';
import { offeredChoices } from '../rules/cardVariants';
import { inCampaign, monthsToElection } from '../rules/elections';
import { monthOfTurn } from '../rules/calendar';
import { stanceOf } from '../rules/washington';
import {
  ALLIES,
  type AllyId,
  CHANNELS,
  type Channel,
  type Difficulty,
  type GameContext,
  type Posture,
  type Season,
  type WashingtonStance,
} from '../types';

/** Washington's reading of one ally. */
export interface AllyView {
  /** Polled approval of the ally's government (public). */
  approval: number;
  /** Washington's estimate of the hidden values, with the half-width of its band. */
  estimate: { backlash: number; willingness: number; uncertainty: number };
  season: Season;
  /** Months to the ally's next election (0 in the vote month), null when none is left. */
  electionIn: number | null;
}

/** An initiative card as the planning screen shows it. */
export interface InitiativeView {
  id: string;
  kind: string;
  bandwidth: number;
  channels: readonly Channel[];
  /** The milestone its proposal secures, if any. */
  milestone: string | null;
  /** True for the step that secures the scenario's capstone. */
  capstone: boolean;
  /** Null when the channel can be used on an empty plan this month, otherwise why not (the model's words). */
  blocked: Record<Channel, string | null>;
  /** The capitals its proposal asks, and what a yes costs each at home (as the card says). */
  asks: readonly AllyId[];
  domesticCost: Partial<Record<AllyId, number>>;
  /** The card's own chance of leaking through the private channel, before load and pressure. */
  leakChance: number;
}

export interface MilestoneView {
  id: string;
  /** Milestones it needs first. */
  requires: readonly string[];
  reached: boolean;
  capstone: boolean;
}

export interface StrategyView {
  scenario: string;
  turn: number;
  months: number;
  /** The calendar month, `YYYY-MM`. */
  month: string;
  momentum: number;
  trust: number;
  threat: number;
  credibility: number;
  allies: Record<AllyId, AllyView>;
  /** Months to Washington's own election, null when the scenario has none left. */
  washingtonElectionIn: number | null;
  washingtonCampaign: boolean;
  bandwidth: number;
  bandwidthUsed: number;
  stance: WashingtonStance;
  /** The posture dials as they stand (last month's until changed). */
  posture: Record<AllyId, Posture>;
  initiatives: readonly InitiativeView[];
  milestones: readonly MilestoneView[];
  /** Proposals on the table (this month's and stalled ones carried over). */
  proposals: readonly { initiative: string; channel: Channel; carried: number }[];
  /** Events waiting for Washington's choice, with the choices offered, in order. */
  pending: readonly { id: string; choices: readonly string[] }[];
  /** What each capital has conceded lately (domestic cost points, fading): the public record. */
  concessions: Record<AllyId, number>;
  /** The difficulty the game was set to. */
  difficulty: Difficulty;
}

/**
 * Washington's view for a scripted player. `seasons` are the season regions' states
 * (`selectSeasons`); the context's when none are given (the bare-rules runner).
 */
export function selectStrategyView(
  ctx: GameContext,
  seasons: Record<AllyId, Season> = { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season },
): StrategyView {
  const { scenario, meters: m, turn } = ctx;
  // The cards as on an empty plan (the strategy builds its plan from there), with the seasons the
  // machine's regions are in: the acceptance rule's `queueProblem`, its launch state worked out once.
  const politics = {
    seoul: { ...ctx.politics.seoul, season: seasons.seoul },
    tokyo: { ...ctx.politics.tokyo, season: seasons.tokyo },
  };
  const state = launchState({ ...ctx, politics }, []);
  const ally = (a: AllyId): AllyView => ({
    approval: m[`${a}.approval`],
    estimate: { ...ctx.estimates[a] },
    season: seasons[a],
    electionIn: monthsToElection(scenario.elections, scenario.start, a, turn),
  });
  const allies = {} as Record<AllyId, AllyView>;
  for (const a of ALLIES) allies[a] = ally(a);
  return {
    scenario: scenario.id,
    turn,
    months: scenario.months,
    month: monthOfTurn(scenario.start, turn),
    momentum: m.momentum,
    trust: m.trust,
    threat: m.threat,
    credibility: m.credibility,
    allies,
    washingtonElectionIn: monthsToElection(scenario.elections, scenario.start, 'washington', turn),
    washingtonCampaign: inCampaign(scenario.elections, scenario.start, 'washington', turn),
    bandwidth: ctx.bandwidth,
    bandwidthUsed: bandwidthUsed(ctx),
    stance: stanceOf(ctx.pressureHistory),
    posture: { ...ctx.plan.posture },
    initiatives: Object.values(scenario.initiatives).map((def) => {
      const milestone = def.proposal?.milestone ?? null;
      const closed = {} as Record<Channel, string | null>;
      for (const c of CHANNELS) closed[c] = blockReason(def, c, state, scenario);
      return {
        id: def.id,
        kind: def.kind,
        bandwidth: def.bandwidth,
        channels: [...def.channels],
        milestone,
        capstone: milestone !== null && milestone === scenario.capstone,
        blocked: closed,
        asks: def.proposal ? [...def.proposal.to] : [],
        domesticCost: { ...(def.proposal?.domesticCost ?? {}) },
        leakChance: def.leakChance,
      };
    }),
    milestones: Object.values(scenario.milestones).map((d) => ({
      id: d.id,
      requires: [...d.requires],
      reached: d.id in ctx.milestones,
      capstone: d.id === scenario.capstone,
    })),
    proposals: [...ctx.carried, ...ctx.proposals].map((p) => ({
      initiative: p.initiative,
      channel: p.channel,
      carried: p.carried,
    })),
    pending: pendingChoices(ctx).map((f) => ({
      id: f.id,
      choices: offeredChoices(scenario.events[f.id], ctx).map((c) => c.id),
    })),
    concessions: { seoul: ctx.concessions.seoul, tokyo: ctx.concessions.tokyo },
    difficulty: ctx.settings.difficulty,
  };
}
