// The machine's context: building it from a scenario and settings, copying it, and the small reads
// every phase shares (seasons, multipliers, the draft that records meter changes). Not a phase. Pure.

import type { ResolvedScenario } from './scenario';
import { seedRng } from './random';
import { DIFFICULTY } from './rules/difficulty';
import { inCampaign, seasonAt } from './rules/elections';
import { estimate, firstError, type ReadingError } from './rules/estimates';
import type { MeterDraft } from './rules/effects';
import { type BacklashContext, backlashMultiplier } from './rules/pressure';
import { ALLY_METERS } from './rules/allyMeters';
import { drawHiddenStart } from './rules/hiddenStart';
import { bandwidthFor, stanceOf } from './rules/washington';
import {
  ALLIES,
  type AllyId,
  type AllyPolitics,
  type GameContext,
  type GameInput,
  type Meters,
  type Settings,
} from './types';
import { startDraws } from './random';
import { threatBandOf } from './rules/bounds';
import type { RegionFacts } from './regions';

export const DEFAULT_SETTINGS: Settings = {
  seed: 1,
  difficulty: 'normal',
  seats: { washington: 'human', seoul: 'computer', tokyo: 'computer' },
  eventDensity: 1,
};

/** The meters as the scenario opens them. */
export function startMeters(s: ResolvedScenario): Meters {
  const v = s.startValues;
  return {
    'seoul.backlash': v.seoul.backlash,
    'seoul.approval': v.seoul.approval,
    'seoul.willingness': v.seoul.willingness,
    'tokyo.backlash': v.tokyo.backlash,
    'tokyo.approval': v.tokyo.approval,
    'tokyo.willingness': v.tokyo.willingness,
    trust: v.trust,
    momentum: v.momentum,
    threat: v.threat,
    credibility: v.credibility,
  };
}

export function createInitialContext(input: GameInput): GameContext {
  const { scenario } = input;
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const meters = startMeters(scenario);
  const milestones: Record<string, number> = {};
  for (const id of scenario.alreadyReached) milestones[id] = -1;
  const ctx: GameContext = {
    scenario,
    settings,
    inputSettings: settings,
    rng: seedRng(settings.seed),
    turn: 0,
    meters,
    bandwidth: 0,
    bandwidthDebt: 0,
    politics: { seoul: { season: 'steady', seasonUntil: -1 }, tokyo: { season: 'steady', seasonUntil: -1 } },
    estimates: {
      seoul: { backlash: 0, willingness: 0, uncertainty: 0 },
      tokyo: { backlash: 0, willingness: 0, uncertainty: 0 },
    },
    readingError: { seoul: { backlash: 0, willingness: 0 }, tokyo: { backlash: 0, willingness: 0 } },
    plan: { posture: { seoul: 0, tokyo: 0 }, initiatives: [] },
    proposals: [],
    carried: [],
    monthEvents: [],
    firedEvents: {},
    milestones,
    elections: [],
    concessions: { seoul: 0, tokyo: 0 },
    pressureHistory: [],
    stalledMonths: 0,
    lastLaunched: {},
    monthLedger: [],
    history: [],
    decisions: [],
    ending: null,
  };
  return withFreshEstimates(withHiddenStart(openSeasons(ctx)), DIFFICULTY[settings.difficulty].uncertainty);
}

/**
 * The scenario's opening meters with the true moods of the publics drawn around its figures (in
 * setup, before any month: the ledger holds only these draws).
 */
export function withHiddenStart(ctx: GameContext): GameContext {
  const draws = startDraws(ctx.rng);
  const draft: MeterDraft = { turn: ctx.turn, meters: startMeters(ctx.scenario), ledger: [] };
  drawHiddenStart(draft, draws.next);
  return nextContext(ctx, { meters: draft.meters, monthLedger: draft.ledger, rng: draws.done() });
}

/**
 * The context with `changes`, and seasons and bandwidth worked out for its month (`changes.turn`
 * when it moves to a new month, else `ctx.turn`), in one copy.
 */
export function openSeasons(
  ctx: GameContext,
  changes: Partial<GameContext> = {},
  threatBand = threatBandOf(ctx.meters.threat),
): GameContext {
  const { politics, bandwidth } = seasonsAt(ctx, changes.turn ?? ctx.turn, threatBand);
  return nextContext(ctx, { ...changes, politics, bandwidth, bandwidthDebt: 0 });
}

/**
 * The allies' seasons and Washington's bandwidth in month `turn`, from the context before it opens
 * and the threat band it opens in (a severe threat eats bandwidth).
 */
function seasonsAt(ctx: GameContext, turn: number, threatBand: string): Pick<GameContext, 'politics' | 'bandwidth'> {
  const { scenario } = ctx;
  const politics = {} as Record<AllyId, AllyPolitics>;
  for (const ally of ALLIES) {
    const campaigning = inCampaign(scenario.elections, scenario.start, ally, turn);
    const p = ctx.politics[ally];
    politics[ally] = { season: seasonAt(p, campaigning, turn), seasonUntil: p.seasonUntil };
  }
  const usCampaign = inCampaign(scenario.elections, scenario.start, 'washington', turn);
  const base = DIFFICULTY[ctx.settings.difficulty].bandwidth;
  const bandwidth = bandwidthFor(base, usCampaign, threatBand === 'severe', ctx.bandwidthDebt);
  return { politics, bandwidth };
}

/** Washington's first readings of both allies at the given uncertainty, with fresh errors. */
export function withFreshEstimates(ctx: GameContext, uncertainty: number): GameContext {
  const draws = startDraws(ctx.rng);
  const m = ctx.meters;
  const error = (): ReadingError => {
    const backlash = firstError(uncertainty, draws.next());
    return { backlash, willingness: firstError(uncertainty, draws.next()) };
  };
  const readingError = { seoul: error(), tokyo: error() };
  const estimates = {
    seoul: estimate(m['seoul.backlash'], m['seoul.willingness'], uncertainty, readingError.seoul),
    tokyo: estimate(m['tokyo.backlash'], m['tokyo.willingness'], uncertainty, readingError.tokyo),
  };
  return nextContext(ctx, { estimates, readingError, rng: draws.done() });
}

/** What scales `ally`'s backlash: its season and Washington's stance (from the regions when given). */
export function backlashContext(ctx: GameContext, ally: AllyId, facts?: RegionFacts): BacklashContext {
  return {
    season: facts ? facts.seasons[ally] : ctx.politics[ally].season,
    backlash: ctx.meters[ALLY_METERS[ally].backlash],
    threat: ctx.meters.threat,
    stance: facts ? facts.stance : stanceOf(ctx.pressureHistory),
    difficulty: DIFFICULTY[ctx.settings.difficulty].backlash,
  };
}

export function multipliers(ctx: GameContext, facts?: RegionFacts): Record<AllyId, number> {
  return {
    seoul: backlashMultiplier(backlashContext(ctx, 'seoul', facts)),
    tokyo: backlashMultiplier(backlashContext(ctx, 'tokyo', facts)),
  };
}

/**
 * The context with `changes`: what `{ ...ctx, ...changes }` gives, built faster. The phases derive
 * a new context several times a month, and V8 (Node 20) spreads an object this size about ten
 * times slower than it copies one field by field.
 */
export function nextContext(ctx: GameContext, changes: Partial<GameContext>): GameContext {
  return Object.assign(copyContext(ctx), changes);
}

/** A shallow copy of the context, field by field in `createInitialContext`'s order. */
function copyContext(ctx: GameContext): GameContext {
  // `Required` so that a field added to GameContext, even an optional one, must be copied here too.
  const copy: Required<GameContext> = {
    scenario: ctx.scenario,
    settings: ctx.settings,
    inputSettings: ctx.inputSettings,
    rng: ctx.rng,
    turn: ctx.turn,
    meters: ctx.meters,
    bandwidth: ctx.bandwidth,
    bandwidthDebt: ctx.bandwidthDebt,
    politics: ctx.politics,
    estimates: ctx.estimates,
    readingError: ctx.readingError,
    plan: ctx.plan,
    proposals: ctx.proposals,
    carried: ctx.carried,
    monthEvents: ctx.monthEvents,
    firedEvents: ctx.firedEvents,
    milestones: ctx.milestones,
    elections: ctx.elections,
    concessions: ctx.concessions,
    pressureHistory: ctx.pressureHistory,
    stalledMonths: ctx.stalledMonths,
    lastLaunched: ctx.lastLaunched,
    monthLedger: ctx.monthLedger,
    history: ctx.history,
    decisions: ctx.decisions,
    ending: ctx.ending,
  };
  return copy;
}

export function draftOf(ctx: GameContext): MeterDraft {
  return { turn: ctx.turn, meters: copyMeters(ctx.meters), ledger: [...ctx.monthLedger] };
}

/** A copy of the meters, spelled out: V8 copies this fixed shape several times faster than a spread. */
export function copyMeters(m: Meters): Meters {
  return {
    'seoul.backlash': m['seoul.backlash'],
    'seoul.approval': m['seoul.approval'],
    'seoul.willingness': m['seoul.willingness'],
    'tokyo.backlash': m['tokyo.backlash'],
    'tokyo.approval': m['tokyo.approval'],
    'tokyo.willingness': m['tokyo.willingness'],
    trust: m.trust,
    momentum: m.momentum,
    threat: m.threat,
    credibility: m.credibility,
  };
}

export function isLastMonth(ctx: GameContext): boolean {
  return ctx.turn >= ctx.scenario.months - 1;
}
