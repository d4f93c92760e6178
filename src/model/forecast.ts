// The forecast Washington gets before it ends the turn: for its plan, each capital's backlash after
// the month and the momentum after the month, as ranges worked out by the month's own rules
// (postureEffects, launchEffects, askEffects, leakEffects, settleProposals, resultEffects, allyDrift,
// momentumDecay) from what Washington can see: its estimate band of each hidden backlash, the public
// meters, the seasons, the threat, the stance, the difficulty, the cards' listed effects and leak
// chances, and the concessions on record. Two drafts walk the month's steps in the month's order,
// one taking every step's lowest outcome from the band's bottom, one its highest from the band's
// top; each step is monotone, so the truth ends between them (rounded outward to whole points).
// Covered as ranges: the band, leaks, every answer of every delegation (concession costs, one-sided
// yeses, rejections, milestones), this month's votes, cooling, reciprocity. Not covered: event cards
// and their choices (unknown at planning), and facilitator moves. Pure.

import type { InitiativeDef } from '../content/schema';
import * as words from '../strings/forecast';
import { backlashContext, copyMeters, multipliers, nextContext } from './context';
import { askedAgain, newProposal } from './phases/resolution';
import { settleProposals } from './phases/settlement';
import { derivedFacts, type RegionFacts } from './regions';
import { ALLY_METERS } from './rules/allyMeters';
import { clamp, RUPTURE } from './rules/bounds';
import { allyDrift, momentumDecay } from './rules/drift';
import { applyDelta, cause, type MeterDraft } from './rules/effects';
import { resultEffects, voteTurns } from './rules/elections';
import { launchEffects, leakChance, leakEffects, megaphoneCredibility } from './rules/initiatives';
import { askableAgainAfterNo, askEffects, campaignCharged, heldOnStump, REJECTION } from './rules/proposals';
import { monthLabel, monthOfTurn } from './rules/calendar';
import { postureEffects } from './rules/pressure';
import { monthlyPressure, stanceOf } from './rules/washington';
import {
  ALLIES,
  ALLY_NAMES,
  type AllyId,
  ANSWERS,
  type Answer,
  type Effects,
  type GameContext,
  type MeterKey,
  type Plan,
  type Proposal,
  type Season,
} from './types';

export interface Range {
  low: number;
  high: number;
}

/** One capital's forecast. */
export interface CapitalForecast {
  /** Washington's estimate band now (estimate ± uncertainty, within 0–100). */
  now: Range;
  /** The backlash after the month (whole points, rounded outward). */
  after: Range;
  /** The highest backlash the month can reach before it cools (a rupture is read there). */
  peak: number;
  /** What the posture dial adds, and the multiplier it is scaled by. */
  pressure: { backlash: number; multiplier: number };
  /** What a leak of the plan's private asks could add (0 when none can leak). */
  leak: number;
  /** The most the answers to this month's asks could add (concessions, one-sided yeses). */
  answers: number;
  /** This month's vote, if any: what a win and a loss do to backlash. */
  vote: { name: string; win: number; loss: number } | null;
}

export interface PlanForecast {
  capitals: Record<AllyId, CapitalForecast>;
  momentum: { now: number; after: Range };
  /** The risks in words, most serious first. */
  risks: string[];
  /** What the ranges leave out. */
  leavesOut: string;
}

export const FORECAST_LEAVES_OUT = words.leavesOut;

/** Applies, for each meter the outcomes touch, the lowest outcome to `lo` and the highest to `hi`. */
function applyRange(lo: MeterDraft, hi: MeterDraft, outcomes: readonly Effects[], cause: string): void {
  const keys = new Set<MeterKey>();
  for (const o of outcomes) for (const k in o) keys.add(k as MeterKey);
  for (const k of keys) {
    const values = outcomes.map((o) => o[k] ?? 0);
    applyDelta(lo, k, Math.min(...values), cause);
    applyDelta(hi, k, Math.max(...values), cause);
  }
}

/** Every combination of answers from the delegations a proposal asks. */
function answerCombos(asks: readonly AllyId[]): Partial<Record<AllyId, Answer>>[] {
  let combos: Partial<Record<AllyId, Answer>>[] = [{}];
  for (const ally of asks) combos = combos.flatMap((c) => ANSWERS.map((a) => ({ ...c, [ally]: a })));
  return combos;
}

/** The proposals the month will put: last month's stalled asks again, then the plan's. */
function monthProposals(ctx: GameContext, plan: Plan): Proposal[] {
  const out: Proposal[] = ctx.carried.map(askedAgain);
  for (const q of plan.initiatives) {
    const def = ctx.scenario.initiatives[q.id];
    if (def?.proposal) out.push(newProposal(ctx.turn, def, q.channel));
  }
  return out;
}

interface Outcome {
  effects: Effects;
  conceded: Record<AllyId, number>;
}

/** What settling `p` with each possible set of answers does, from the meters of `draft`. */
function settlementOutcomes(ctx: GameContext, draft: MeterDraft, p: Proposal, facts: RegionFacts): Outcome[] {
  return answerCombos(p.asks).map((answers) => {
    const hyp = nextContext(ctx, {
      meters: copyMeters(draft.meters),
      monthLedger: [],
      proposals: [{ ...p, answers }],
    });
    const out = settleProposals(hyp, facts);
    const effects: Effects = {};
    for (const e of out.monthLedger) effects[e.meter] = (effects[e.meter] ?? 0) + e.delta;
    const conceded = {
      seoul: out.concessions.seoul - ctx.concessions.seoul,
      tokyo: out.concessions.tokyo - ctx.concessions.tokyo,
    };
    return { effects, conceded };
  });
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The forecast of `plan` (the month's plan by default) as Washington can work it out. `seasons` are
 * the season regions' states (the context's when absent).
 */
export function forecastPlan(ctx: GameContext, plan: Plan = ctx.plan, seasons?: Record<AllyId, Season>): PlanForecast {
  const facts: RegionFacts = { ...derivedFacts(ctx), ...(seasons && { seasons }) };
  const planCtx = nextContext(ctx, { plan });
  const now = {} as Record<AllyId, Range>;
  const start = (side: 'low' | 'high'): MeterDraft => {
    const meters = copyMeters(ctx.meters);
    for (const ally of ALLIES) {
      const e = ctx.estimates[ally];
      now[ally] = { low: clamp(e.backlash - e.uncertainty), high: clamp(e.backlash + e.uncertainty) };
      meters[ALLY_METERS[ally].backlash] = now[ally][side];
    }
    return { turn: ctx.turn, meters, ledger: [] };
  };
  const lo = start('low');
  const hi = start('high');
  const caps = {} as Record<AllyId, CapitalForecast>;
  for (const ally of ALLIES) {
    caps[ally] = {
      now: now[ally],
      after: { low: 0, high: 0 },
      peak: 0,
      pressure: { backlash: 0, multiplier: 1 },
      leak: 0,
      answers: 0,
      vote: null,
    };
  }
  const risks: { weight: number; size: number; text: string }[] = [];

  // The month's multipliers, read (as the month reads them) at its start: a hot public amplifies, so
  // each end of the band has its own, and the truth lies between them.
  const atStart = (d: MeterDraft) => nextContext(planCtx, { meters: copyMeters(d.meters) });
  const [ctxLo, ctxHi] = [atStart(lo), atStart(hi)];
  const [multLo, multHi] = [multipliers(ctxLo, facts), multipliers(ctxHi, facts)];
  // 1. The dials.
  for (const ally of ALLIES) {
    const fx = (c: GameContext) =>
      postureEffects(ally, plan.posture[ally], backlashContext(c, ally, facts), ctx.meters.credibility);
    const [fxLo, fxHi] = [fx(ctxLo), fx(ctxHi)];
    applyRange(lo, hi, [fxLo, fxHi], cause('posture', ally));
    caps[ally].pressure = { backlash: fxHi[ALLY_METERS[ally].backlash] ?? 0, multiplier: multHi[ally] };
  }
  // 2. The launches, what asking a campaigning capital costs, and the leaks private ones may suffer.
  let publicLaunches = 0;
  const privateCount = plan.initiatives.filter((q) => q.channel === 'private').length;
  const postureSum = plan.posture.seoul + plan.posture.tokyo;
  const charged = new Set<AllyId>();
  /** Each card the plan puts to a campaigning capital: the first such capital, and when a no there would free it. */
  const onStump = new Map<string, { ally: AllyId; card: string; until: number }>();
  for (const q of plan.initiatives) {
    const def: InitiativeDef | undefined = ctx.scenario.initiatives[q.id];
    if (!def) continue;
    const launch = (m: Record<AllyId, number>) => launchEffects(def, q.channel, m, ctx.meters.threat);
    applyRange(lo, hi, [launch(multLo), launch(multHi)], cause('initiative', def.id, q.channel));
    if (def.proposal) {
      const to = def.proposal.to;
      const ask = (m: Record<AllyId, number>) => askEffects(to, facts.seasons, m, charged);
      applyRange(lo, hi, [ask(multLo), ask(multHi)], cause('ask', def.id));
      for (const a of campaignCharged(to, facts.seasons, charged)) charged.add(a);
      // a plan's asks are fresh (carried 0): would a no here be held on the stump?
      const campaigning = to.find((a) => heldOnStump('reject', facts.seasons[a], 0));
      if (campaigning) {
        onStump.set(def.id, {
          ally: campaigning,
          card: def.name,
          until: askableAgainAfterNo(ctx.turn, def.cooldown, true),
        });
      }
    }
    if (q.channel === 'public') {
      publicLaunches++;
      continue;
    }
    const chance = leakChance(def.leakChance, privateCount, postureSum);
    if (chance <= 0) continue;
    const leak = leakEffects(def, multHi);
    applyRange(lo, hi, [{}, leakEffects(def, multLo), leak], cause('leak', def.id));
    const hits = ALLIES.filter((a) => (leak[ALLY_METERS[a].backlash] ?? 0) > 0);
    for (const a of hits) caps[a].leak += leak[ALLY_METERS[a].backlash] ?? 0;
    const where = hits
      .map((a) => words.risk.leakWhere(r1(leak[ALLY_METERS[a].backlash] ?? 0), ALLY_NAMES[a]))
      .join(words.risk.leakAnd);
    risks.push({
      weight: 2,
      size: Math.max(0, ...hits.map((a) => leak[ALLY_METERS[a].backlash] ?? 0)),
      text: words.risk.leak(
        def.name,
        Math.round(chance * 100),
        where || words.risk.leakNowhere,
        -(leak.credibility ?? 0),
      ),
    });
  }
  // above a boiling worst case (below a rupture): a no on the stump is likely, and costs months
  for (const held of onStump.values()) {
    const until = held.until < ctx.scenario.months ? monthLabel(monthOfTurn(ctx.scenario.start, held.until)) : null;
    const text = words.risk.stump(ALLY_NAMES[held.ally], held.card, until, REJECTION.stumpWait);
    risks.push({ weight: 5, size: REJECTION.stumpWait, text });
  }
  const megaphone = megaphoneCredibility(facts.stance) * publicLaunches;
  if (megaphone)
    risks.push({
      weight: 2,
      size: -megaphone,
      text: words.risk.megaphone(facts.stance, publicLaunches, -megaphone),
    });
  // 3. The answers: every delegation may say anything; the stance now counts this month's pressure.
  const settleFacts: RegionFacts = {
    ...facts,
    stance: stanceOf([
      ...ctx.pressureHistory,
      monthlyPressure(plan.posture.seoul + plan.posture.tokyo, publicLaunches),
    ]),
  };
  const conceded = { seoul: 0, tokyo: 0 };
  for (const p of monthProposals(ctx, plan)) {
    const outcomes = [
      ...settlementOutcomes(planCtx, lo, p, settleFacts),
      ...settlementOutcomes(planCtx, hi, p, settleFacts),
    ];
    applyRange(
      lo,
      hi,
      outcomes.map((o) => o.effects),
      cause('answer', p.initiative),
    );
    for (const ally of ALLIES) {
      conceded[ally] += Math.max(0, ...outcomes.map((o) => o.conceded[ally]));
      caps[ally].answers += Math.max(0, ...outcomes.map((o) => o.effects[ALLY_METERS[ally].backlash] ?? 0));
    }
  }
  // 4. This month's votes (the result is drawn at the month's close).
  const votes = voteTurns(ctx.scenario.elections, ctx.scenario.start);
  ctx.scenario.elections.forEach((e, i) => {
    if (votes[i] !== ctx.turn || e.who === 'washington') return;
    const keys = ALLY_METERS[e.who];
    const [won, lost] = [resultEffects(e, true), resultEffects(e, false)];
    const fx = (r: typeof won): Effects => {
      const out: Effects = {};
      out[keys.backlash] = r.backlash;
      out[keys.approval] = r.approval;
      out[keys.willingness] = r.willingness;
      return out;
    };
    applyRange(lo, hi, [fx(won), fx(lost)], cause('election', e.id));
    caps[e.who].vote = { name: e.name, win: won.backlash, loss: lost.backlash };
  });
  // 5. The month's drift: cooling, then resentment at the range of imbalances the answers allow.
  for (const ally of ALLIES) {
    const other: AllyId = ally === 'seoul' ? 'tokyo' : 'seoul';
    const key = ALLY_METERS[ally].backlash;
    caps[ally].peak = hi.meters[key];
    const base = ctx.concessions[ally] - ctx.concessions[other];
    const baseline = ctx.scenario.startValues[ally];
    const season = facts.seasons[ally];
    for (const [d, imbalance] of [
      [lo, base - conceded[other]],
      [hi, base + conceded[ally]],
    ] as const) {
      applyDelta(d, key, allyDrift(ally, d.meters, season, baseline, imbalance).cooling, 'drift.cooling');
      applyDelta(d, key, allyDrift(ally, d.meters, season, baseline, imbalance).resentment, 'drift.reciprocity');
    }
    caps[ally].after = { low: Math.floor(lo.meters[key]), high: Math.ceil(hi.meters[key]) };
  }
  applyDelta(lo, 'momentum', momentumDecay(lo.meters.momentum), 'drift.momentum');
  applyDelta(hi, 'momentum', momentumDecay(hi.meters.momentum), 'drift.momentum');

  for (const ally of ALLIES) {
    const c = caps[ally];
    const name = ALLY_NAMES[ally];
    if (c.peak >= RUPTURE) risks.push({ weight: 6, size: c.peak, text: words.risk.rupture(name) });
    else if (c.after.high >= 75)
      risks.push({
        weight: 4,
        size: c.after.high,
        text: words.risk.boiling(name, c.after.high),
      });
    if (c.pressure.backlash >= 5) {
      risks.push({
        weight: 3,
        size: c.pressure.backlash,
        text: words.risk.pressure(name, r1(c.pressure.backlash), r1(c.pressure.multiplier)),
      });
    }
    if (c.answers > 0) risks.push({ weight: 1, size: c.answers, text: words.risk.answers(name, r1(c.answers)) });
    if (c.vote) {
      risks.push({
        weight: 3,
        size: Math.max(-c.vote.win, c.vote.loss),
        text: words.risk.vote(name, r1(-c.vote.win), r1(c.vote.loss)),
      });
    }
  }
  risks.sort((a, b) => b.weight - a.weight || b.size - a.size);
  return {
    capitals: caps,
    momentum: {
      now: ctx.meters.momentum,
      after: { low: Math.floor(lo.meters.momentum), high: Math.ceil(hi.meters.momentum) },
    },
    risks: risks.map((r) => r.text),
    leavesOut: FORECAST_LEAVES_OUT,
  };
}
