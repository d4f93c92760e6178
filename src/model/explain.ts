// What moved each capital's backlash last month, as Washington can account for it. Washington
// never sees a hidden true value here: its own moves and the public events are sized by what the
// rules add for them (the listed amounts), and cooling, which depends on the hidden level, is given
// as the range over Washington's estimate band. The answers' reasons (answerReasons.ts) and
// bandwidth's (bandwidthReasons.ts) are re-exported, so the model's readers import one module. Pure.

import { OPENING_CAUSE } from './rules/hiddenStart';
import { createInitialContext } from './context';
import { ALLY_METERS } from './rules/allyMeters';
import { clamp, round1 } from './rules/bounds';
import { cardOf } from './rules/cardVariants';
import { DIFFICULTY } from './rules/difficulty';
import { allyDrift } from './rules/drift';
import { resultEffects } from './rules/elections';
import { acceptanceScale } from './rules/proposals';
import { launchEffects, leakEffects } from './rules/initiatives';
import { BACKLASH_BY_POSTURE, type BacklashContext, backlashMultiplier } from './rules/pressure';
import { stanceOf } from './rules/washington';
import {
  ALLIES,
  type AllyId,
  type Estimate,
  type GameContext,
  type LedgerEntry,
  type MeterKey,
  type TurnRecord,
} from './types';

import { monthStartMeters } from './answerReasons';

export * from './answerReasons';
export * from './bandwidthReasons';

// ---------------------------------------------------------------------------------------------
// Backlash causes, as Washington accounts for them

export type CauseGroup =
  | 'pressure'
  | 'launch'
  | 'leak'
  | 'answers'
  | 'milestone'
  | 'event'
  | 'choice'
  | 'election'
  | 'reciprocity'
  | 'cooling'
  | 'facilitator'
  | 'other';

export interface AccountLine {
  group: CauseGroup;
  /** The ledger cause (for the view's wording). */
  cause: string;
  /** What the rules add for it, or a range where it depends on the hidden level (cooling). */
  low: number;
  high: number;
  /** A facilitator's setting: its size would show the hidden level, so none is given. */
  unsized?: true;
}

/** What can weigh a unit of pressure (a key: the views word it, src/strings/readouts.ts). */
export type WeightFactor = 'season' | 'rally' | 'stance' | 'heat' | 'difficulty';

export interface BacklashAccount {
  ally: AllyId;
  /** The season the month was played in (it scaled Washington's pressure). */
  season: TurnRecord['seasons'][AllyId];
  /** How much a unit of Washington's pressure weighed there that month, and why (visible factors). */
  weight: { multiplier: number; factors: { what: WeightFactor; factor: number }[] };
  lines: AccountLine[];
  /** Washington's estimate before and after the month, with their uncertainty. */
  estimate: { before: Estimate; after: Estimate };
  /**
   * The part of the estimate's move that the lines do not account for: the embassy revising its
   * reading (the error drifts, intelligence narrows it), and rounding. Worked out from what
   * Washington sees (the estimates and the lines), so it tells nothing of the hidden level.
   */
  revision: { low: number; high: number };
}

function groupOf(cause: string): CauseGroup {
  if (cause.startsWith('facilitator.')) return 'facilitator';
  const head = cause.split('.')[0];
  const map: Record<string, CauseGroup> = {
    posture: 'pressure',
    initiative: 'launch',
    // asking a campaigning capital is Washington's own move too
    ask: 'launch',
    leak: 'leak',
    answer: 'answers',
    milestone: 'milestone',
    event: 'event',
    choice: 'choice',
    election: 'election',
  };
  if (head in map) return map[head];
  if (cause === 'drift.reciprocity') return 'reciprocity';
  if (cause === 'drift.cooling') return 'cooling';
  return 'other';
}

/**
 * What the rules list for a decrease (a card's effect, a vote's result), so that a change clipped
 * at 0 does not tell Washington where the hidden level stands. Increases are only ever clipped at
 * 100, which ends the game and is then shown anyway.
 */
function listedDecrease(ctx: GameContext, record: TurnRecord, e: LedgerEntry): number {
  const [head, id, rest] = e.cause.split('.');
  const m = e.meter;
  const pick = (fx: Partial<Record<MeterKey, number>> | undefined) => fx?.[m];
  let listed: number | undefined;
  if (head === 'event') {
    const fired = record.events.find((f) => f.id === e.cause.slice('event.'.length));
    const def = fired ? ctx.scenario.events[fired.id] : undefined;
    listed = fired?.custom ? pick(fired.custom.effects) : def ? pick(cardOf(def, fired?.variant).effects) : undefined;
  } else if (head === 'choice') {
    listed = pick(ctx.scenario.events[id]?.choices.find((c) => c.id === rest)?.effects);
  } else if (head === 'initiative') {
    listed = pick(ctx.scenario.initiatives[id]?.effects[rest === 'public' ? 'public' : 'private']);
  } else if (head === 'milestone') {
    // a milestone lands at the scale of the yes that secured it (a private yes, quietly)
    const p = record.proposals.find((x) => ctx.scenario.initiatives[x.initiative]?.proposal?.milestone === id);
    const scale = p ? acceptanceScale(p.asks.map((a) => p.answers[a])) : 1;
    const fx = pick(ctx.scenario.milestones[id]?.effects);
    listed = fx === undefined ? undefined : fx * scale;
  } else if (head === 'answer') {
    const p = record.proposals.find((x) => x.initiative === id);
    const onAccept = pick(ctx.scenario.initiatives[id]?.proposal?.onAccept);
    if (p && onAccept !== undefined) listed = onAccept * acceptanceScale(p.asks.map((a) => p.answers[a]));
  } else if (head === 'election') {
    const def = ctx.scenario.elections.find((x) => x.id === id);
    const r = record.elections.find((x) => x.id === id);
    if (def && r) listed = resultEffects(def, r.won).backlash;
  }
  return listed !== undefined && listed < 0 ? listed : e.delta;
}

/**
 * The month's backlash multiplier for `ally` (as resolveMonth used it: the season played in, the
 * threat at the month's start, the stance before the month's pressure), and each visible factor's
 * share, found by calling backlashMultiplier with that factor made neutral.
 */
export function pressureWeight(
  ctx: GameContext,
  record: TurnRecord,
  ally: AllyId,
  level: number = estimatesBefore(ctx, record)[ally].backlash,
): BacklashAccount['weight'] {
  const c: BacklashContext = {
    season: record.seasons[ally],
    // the heat of the public as Washington read it (its estimate, or an end of its band), never the hidden level
    backlash: level,
    threat: monthStartMeters(ctx, record).threat,
    stance: stanceOf(ctx.pressureHistory.slice(0, record.turn)),
    difficulty: DIFFICULTY[ctx.settings.difficulty].backlash,
  };
  const m = backlashMultiplier(c);
  const share = (neutral: BacklashContext) => m / backlashMultiplier(neutral);
  const factors: BacklashAccount['weight']['factors'] = [];
  const weigh = (what: WeightFactor, factor: number) => {
    if (Math.abs(factor - 1) >= 0.05) factors.push({ what, factor });
  };
  // each factor of the product made neutral in turn: the shown factors multiply out to the weight
  weigh('season', share({ ...c, season: 'steady' }));
  weigh('rally', share({ ...c, threat: 0 }));
  weigh('stance', share({ ...c, stance: 'engaged' }));
  weigh('heat', share({ ...c, backlash: 0 }));
  weigh('difficulty', share({ ...c, difficulty: 1 }));
  return { multiplier: m, factors };
}

/**
 * What the rules add for Washington's own moves (the dials, launches, leaks), from the month's
 * visible multipliers, so that a rise clipped at 100 mid-month tells nothing either. Other rises
 * (answers' costs, cards) are shown as recorded.
 */
function listedIncrease(
  ctx: GameContext,
  record: TurnRecord,
  e: LedgerEntry,
  weights: Record<AllyId, BacklashAccount['weight']>,
): number {
  const [head, id, rest] = e.cause.split('.');
  const mult = { seoul: weights.seoul.multiplier, tokyo: weights.tokyo.multiplier };
  const threat = monthStartMeters(ctx, record).threat;
  let listed: number | undefined;
  if (head === 'posture' && (id === 'seoul' || id === 'tokyo')) {
    listed = BACKLASH_BY_POSTURE[record.posture[id]] * mult[id];
  } else if (head === 'initiative' && ctx.scenario.initiatives[id]) {
    listed = launchEffects(ctx.scenario.initiatives[id], rest === 'public' ? 'public' : 'private', mult, threat)[
      e.meter
    ];
  } else if (head === 'leak' && ctx.scenario.initiatives[id]) {
    listed = leakEffects(ctx.scenario.initiatives[id], mult)[e.meter];
  }
  return listed !== undefined && listed > 0 ? listed : e.delta;
}

/** The opening estimates (drawn when the game was created), for the first month's report. */
export function openingEstimates(ctx: GameContext): Record<AllyId, Estimate> {
  return createInitialContext({ scenario: ctx.scenario, settings: ctx.inputSettings }).estimates;
}

/** Washington's estimates while it planned month `record.turn`. */
export function estimatesBefore(ctx: GameContext, record: TurnRecord): Record<AllyId, Estimate> {
  return ctx.history.find((h) => h.turn === record.turn - 1)?.estimates ?? openingEstimates(ctx);
}

/** The closed month's backlash causes for each capital, as Washington can account for them. */
export function selectBacklashAccount(ctx: GameContext): Record<AllyId, BacklashAccount> | null {
  const record = ctx.history.at(-1);
  if (!record) return null;
  const before = estimatesBefore(ctx, record);
  const out = {} as Record<AllyId, BacklashAccount>;
  // A hot public amplifies Washington's moves, and Washington knows its heat only within its band:
  // its own moves are sized at both ends of the band.
  const weightsAt = (side: -1 | 1) => {
    const at = (a: AllyId) => clamp(before[a].backlash + side * before[a].uncertainty);
    return {
      seoul: pressureWeight(ctx, record, 'seoul', at('seoul')),
      tokyo: pressureWeight(ctx, record, 'tokyo', at('tokyo')),
    };
  };
  const [weightsLo, weightsHi] = [weightsAt(-1), weightsAt(1)];
  for (const ally of ALLIES) {
    const key = ALLY_METERS[ally].backlash;
    const lines: AccountLine[] = [];
    let knownLow = 0;
    let knownHigh = 0;
    for (const e of record.ledger) {
      if (e.meter !== key) continue;
      // The hidden opening mood is in the first estimate already; its size would show the truth.
      if (e.cause === OPENING_CAUSE) continue;
      const group = groupOf(e.cause);
      if (group === 'cooling') continue;
      if (group === 'facilitator') {
        lines.push({ group, cause: e.cause, low: 0, high: 0, unsized: true });
        continue;
      }
      const [low, high] =
        e.delta < 0
          ? [listedDecrease(ctx, record, e), listedDecrease(ctx, record, e)]
          : [listedIncrease(ctx, record, e, weightsLo), listedIncrease(ctx, record, e, weightsHi)];
      if (group !== 'reciprocity') {
        knownLow += low;
        knownHigh += high;
      }
      const same = lines.find((l) => l.cause === e.cause);
      if (same) {
        same.low += low;
        same.high += high;
      } else lines.push({ group, cause: e.cause, low, high });
    }
    // Cooling works on the hidden level: Washington can only bound it over its band.
    const b = before[ally];
    const baseline = ctx.scenario.startValues[ally];
    const cool = (level: number) =>
      allyDrift(ally, { ...record.meters, [key]: clamp(level) }, record.seasons[ally], baseline, 0).cooling;
    const lowLevel = clamp(b.backlash - b.uncertainty + knownLow);
    const highLevel = clamp(b.backlash + b.uncertainty + knownHigh);
    const [c1, c2] = [cool(lowLevel), cool(highLevel)];
    if (c1 !== 0 || c2 !== 0) {
      lines.push({ group: 'cooling', cause: 'drift.cooling', low: Math.min(c1, c2), high: Math.max(c1, c2) });
    }
    lines.sort((x, y) => Math.abs(y.high) - Math.abs(x.high));
    const moved = record.estimates[ally].backlash - b.backlash;
    let [sumLow, sumHigh] = [0, 0];
    for (const l of lines) {
      sumLow += Math.min(l.low, l.high);
      sumHigh += Math.max(l.low, l.high);
    }
    out[ally] = {
      ally,
      season: record.seasons[ally],
      weight: pressureWeight(ctx, record, ally),
      lines,
      estimate: { before: b, after: record.estimates[ally] },
      revision: { low: round1(moved - sumHigh), high: round1(moved - sumLow) },
    };
  }
  return out;
}
