// Read models for the views: plain objects derived from a snapshot's context. Washington's view
// shows estimates, never an ally's true backlash or willingness; a delegation's brief shows its own
// true values; the facilitator sees everything. Pure; no rule is recomputed in a view.

import { cardOf, offeredChoices } from './rules/cardVariants';
import { moodOf, round1, threatBandOf, trustBandOf } from './rules/bounds';
import { monthLabel, monthOfTurn, turnOf } from './rules/calendar';
import { inCampaign, monthsToElection } from './rules/elections';
import { BOILING, score, TENDED_MOMENTUM } from './rules/endings';
import { recommendationsOpen, type Situation, situationFor, situationsOf } from './rules/advisors';
import { capstoneSteps, securedMilestones } from './rules/milestones';
import { stanceOf } from './rules/washington';
import { bandwidthUsed, launchState } from './phases/planning';
import { blockReason } from './rules/initiatives';
import type { InitiativeDef } from '../content/schema';
import type { SnapshotLike } from './snapshot';
import { type Answerable, whyNot } from './whyNot';
import { pendingChoices } from './phases/events';
import { isLastMonth, startMeters } from './context';
import { estimatesBefore } from './explain';
import { forecastPlan } from './forecast';
import { selectSeasons } from './snapshot';
import { summitName } from '../strings/prerequisites';
import {
  type AllyId,
  CHANNELS,
  type Channel,
  ELECTORATES,
  type GameContext,
  type MeterKey,
  type Proposal,
  type Season,
  PUBLIC_METERS,
} from './types';

export type { Phase } from './tags';

export { selectPhase, selectSeasons, type SnapshotLike } from './snapshot';

export function selectMonth(ctx: GameContext) {
  const month = monthOfTurn(ctx.scenario.start, ctx.turn);
  return { turn: ctx.turn, months: ctx.scenario.months, month, label: monthLabel(month) };
}

/**
 * What Washington can see: public meters, polls of approval, and estimates of the hidden values.
 * `seasons` are the season regions' states (`selectSeasons`); the context's when none are given.
 */
export function selectWashingtonView(
  ctx: GameContext,
  seasons: Record<AllyId, Season> = { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season },
) {
  const m = ctx.meters;
  const ally = (a: AllyId) => ({
    approval: m[`${a}.approval`],
    backlash: ctx.estimates[a],
    willingness: { willingness: ctx.estimates[a].willingness, uncertainty: ctx.estimates[a].uncertainty },
    season: seasons[a],
    mood: moodOf(ctx.estimates[a].backlash),
    electionIn: monthsToElection(ctx.scenario.elections, ctx.scenario.start, a, ctx.turn),
  });
  return {
    seoul: ally('seoul'),
    tokyo: ally('tokyo'),
    trust: m.trust,
    momentum: m.momentum,
    threat: m.threat,
    threatBand: threatBandOf(m.threat),
    trustBand: trustBandOf(m.trust),
    credibility: m.credibility,
    bandwidth: ctx.bandwidth,
    bandwidthUsed: bandwidthUsed(ctx),
    stance: stanceOf(ctx.pressureHistory),
    posture: ctx.plan.posture,
  };
}

/** A delegation's private brief: its own true values, its clock and what is asked of it. */
export function selectDelegationBrief(ctx: GameContext, ally: AllyId) {
  const asks = ctx.proposals
    .filter((p) => p.asks.includes(ally) && p.answers[ally] === undefined)
    .map((p) => describeProposal(ctx, p, ally));
  return {
    ally,
    backlash: ctx.meters[`${ally}.backlash`],
    approval: ctx.meters[`${ally}.approval`],
    willingness: ctx.meters[`${ally}.willingness`],
    season: ctx.politics[ally].season,
    electionIn: monthsToElection(ctx.scenario.elections, ctx.scenario.start, ally, ctx.turn),
    trust: ctx.meters.trust,
    threat: ctx.meters.threat,
    credibility: ctx.meters.credibility,
    asks,
  };
}

function describeProposal(ctx: GameContext, p: Proposal, ally: AllyId) {
  const def = ctx.scenario.initiatives[p.initiative];
  return {
    key: p.key,
    initiative: def.name,
    ask: def.proposal?.ask ?? '',
    channel: p.channel,
    domesticCost: def.proposal?.domesticCost[ally] ?? 0,
    alsoAsked: p.asks.filter((a) => a !== ally),
    carried: p.carried,
  };
}

/** Proposals waiting for a human delegation, with the seat that must answer. */
export function selectAwaitingSeats(ctx: GameContext): { seat: AllyId; proposal: string }[] {
  const out: { seat: AllyId; proposal: string }[] = [];
  for (const p of ctx.proposals) {
    for (const a of p.asks) if (p.answers[a] === undefined) out.push({ seat: a, proposal: p.key });
  }
  return out;
}

/** What a card says whatever the month: its name, summary, kind, cost, channels and who it asks. */
export interface CardBasics {
  id: string;
  name: string;
  summary: string;
  kind: string;
  bandwidth: number;
  /** The channels the card can ever go through. */
  channels: readonly Channel[];
  asks: readonly AllyId[];
}

export function cardBasics(def: InitiativeDef): CardBasics {
  const { id, name, summary, kind, bandwidth, channels } = def;
  return { id, name, summary, kind, bandwidth, channels, asks: def.proposal?.to ?? [] };
}

export interface InitiativeCard extends CardBasics {
  queued: Channel | null;
  /** Null when that channel can be used now, otherwise why not. */
  blocked: Record<Channel, string | null>;
}

/** The initiative cards, each channel enabled exactly when the machine would accept the queue now. */
export function selectInitiatives(s: SnapshotLike & Answerable): InitiativeCard[] {
  const ctx = s.context;
  const blocked = (initiative: string, channel: Channel) =>
    whyNot(s, { type: 'initiative.queue', initiative, channel });
  return Object.values(ctx.scenario.initiatives).map((def) => {
    const queued = ctx.plan.initiatives.find((q) => q.id === def.id)?.channel ?? null;
    return {
      ...cardBasics(def),
      queued,
      blocked: { private: blocked(def.id, 'private'), public: blocked(def.id, 'public') },
    };
  });
}

/** The months ahead with campaign windows, elections and summits, for the calendar strip. */
export function selectCalendar(ctx: GameContext, ahead = 8) {
  const { scenario } = ctx;
  const out = [];
  for (let t = ctx.turn; t < Math.min(scenario.months, ctx.turn + ahead); t++) {
    const month = monthOfTurn(scenario.start, t);
    out.push({
      turn: t,
      month,
      label: monthLabel(month),
      campaigns: ELECTORATES.filter((w) => inCampaign(scenario.elections, scenario.start, w, t)),
      elections: scenario.elections.filter((e) => turnOf(scenario.start, e.month) === t).map((e) => e.name),
      summits: scenario.summits.filter((x) => x.month === month).map((x) => summitName(x.name, x.leaders)),
    });
  }
  return out;
}

/** Situations Washington can see (from estimates), for the advisers. */
export function activeSituations(ctx: GameContext): Set<Situation> {
  const { scenario, turn } = ctx;
  const electionIn = (a: AllyId) => monthsToElection(scenario.elections, scenario.start, a, turn);
  return situationsOf({
    estimatedBacklash: { seoul: ctx.estimates.seoul.backlash, tokyo: ctx.estimates.tokyo.backlash },
    seasons: { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season },
    electionIn: { seoul: electionIn('seoul'), tokyo: electionIn('tokyo') },
    usCampaign: inCampaign(scenario.elections, scenario.start, 'washington', turn),
    threatBand: threatBandOf(ctx.meters.threat),
    momentum: ctx.meters.momentum,
    credibility: ctx.meters.credibility,
    stance: stanceOf(ctx.pressureHistory),
    concessions: ctx.concessions,
  });
}

/**
 * Each adviser's counsel this month. A line that recommends an initiative locked this month (by
 * its prerequisites, cooldown, season or the month's bandwidth, before anything is queued) is
 * passed over for the adviser's next concern, so no adviser recommends what cannot be done.
 */
export function selectAdvisors(ctx: GameContext) {
  const active = activeSituations(ctx);
  const opening = launchState(ctx, []);
  const launchable = (def: InitiativeDef) => CHANNELS.some((c) => blockReason(def, c, opening, ctx.scenario) === null);
  return ctx.scenario.advisors.map((a) => {
    const recs = (s: Situation) => a.recommends?.[s] ?? [];
    const sayable = (s: Situation) => recommendationsOpen(recs(s), ctx.scenario.initiatives, launchable);
    const situation = situationFor(a.outlook, active, sayable);
    const line = a.lines[situation] ?? a.lines.default ?? '';
    return { id: a.id, role: a.role, title: a.title, situation, line, recommends: recs(situation) };
  });
}

/** Headlines of this month's events (or last month's, once the month has closed). */
export function selectNews(ctx: GameContext) {
  const fired = ctx.monthEvents.length ? ctx.monthEvents : (ctx.history.at(-1)?.events ?? []);
  return fired.map((f) => {
    if (f.custom) return { id: f.id, title: f.custom.title, text: f.custom.text, headlines: null, injected: true };
    const card = cardOf(ctx.scenario.events[f.id], f.variant);
    return { id: f.id, title: card.title, text: card.text, headlines: card.headlines, injected: !!f.injected };
  });
}

/** Events that wait for Washington's choice. */
export function selectPendingChoices(ctx: GameContext) {
  return pendingChoices(ctx).map((f) => {
    const def = ctx.scenario.events[f.id];
    const card = cardOf(def, f.variant);
    return {
      id: f.id,
      title: card.title,
      text: card.text,
      choices: offeredChoices(def, ctx).map((c) => ({
        id: c.id,
        label: c.label,
        text: c.text,
        // what it takes from next month's bandwidth: nothing in the last month
        bandwidth: isLastMonth(ctx) ? 0 : (c.bandwidth ?? 0),
      })),
    };
  });
}

/** The closed month: what moved, by how much and why (largest causes first). */
export function selectReport(ctx: GameContext) {
  const last = ctx.history.at(-1);
  if (!last) return null;
  const before = ctx.history.at(-2)?.meters ?? startMeters(ctx.scenario);
  const deltas = {} as Record<MeterKey, number>;
  for (const k of Object.keys(last.meters) as MeterKey[]) deltas[k] = round1(last.meters[k] - before[k]);
  const causes = [...last.ledger].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta)).slice(0, 8);
  return {
    month: last.month,
    label: monthLabel(last.month),
    deltas,
    causes,
    proposals: last.proposals.map((p) => ({
      key: p.key,
      name: ctx.scenario.initiatives[p.initiative].name,
      answers: p.answers,
      rationales: p.rationales,
    })),
    milestones: last.milestones.map((id) => ctx.scenario.milestones[id].name),
    elections: last.elections,
    ending: ctx.ending,
  };
}

/** The scenario's milestones, with the turn each was reached (null while not yet). */
export function selectMilestones(ctx: GameContext) {
  return Object.values(ctx.scenario.milestones).map((m) => ({
    id: m.id,
    name: m.name,
    reached: m.id in ctx.milestones ? ctx.milestones[m.id] : null,
    capstone: m.id === ctx.scenario.capstone,
  }));
}

/**
 * The scenario's goal as the planning screen states it: the capstone, the steps it still needs
 * (itself included) and the first of them that can be taken now; once it is reached, what the end
 * asks of the framework (both publics below boiling, momentum still at TENDED_MOMENTUM) and when.
 */
export function selectGoal(ctx: GameContext) {
  const { scenario } = ctx;
  const track = Object.values(scenario.milestones).map((m) => ({
    id: m.id,
    requires: m.requires,
    reached: m.id in ctx.milestones,
  }));
  const steps = capstoneSteps(track, scenario.capstone);
  const next = steps.find((id) => scenario.milestones[id].requires.every((r) => r in ctx.milestones));
  return {
    capstone: scenario.milestones[scenario.capstone].name,
    reached: scenario.capstone in ctx.milestones,
    stepsLeft: steps.length,
    next: next ? scenario.milestones[next].name : null,
    end: monthLabel(scenario.end),
    boiling: BOILING,
    momentum: TENDED_MOMENTUM,
  };
}

export function selectEnding(ctx: GameContext) {
  if (!ctx.ending) return null;
  const def = ctx.scenario.endings[ctx.ending];
  const secured = securedMilestones(ctx.milestones, ctx.scenario.alreadyReached).length;
  return {
    id: ctx.ending,
    title: def.title,
    text: def.text,
    debrief: def.debrief,
    score: score(ctx.meters, secured, ctx.ending),
  };
}

/**
 * The closed month as Washington may see it: changes of the public meters, changes of its own
 * estimates of the hidden ones, and the largest causes among public meters only.
 */
export function selectWashingtonReport(ctx: GameContext) {
  const r = selectReport(ctx);
  if (!r) return null;
  const last = ctx.history.at(-1);
  // The first month compares with the opening estimates (drawn when the game was created).
  const before = last ? estimatesBefore(ctx, last) : null;
  const estimateDelta = (a: AllyId, k: 'backlash' | 'willingness') =>
    last && before ? round1(last.estimates[a][k] - before[a][k]) : 0;
  const visible = new Set<string>(PUBLIC_METERS);
  return {
    month: r.month,
    label: r.label,
    publicDeltas: Object.fromEntries(PUBLIC_METERS.map((k) => [k, r.deltas[k]])) as Record<
      (typeof PUBLIC_METERS)[number],
      number
    >,
    estimateDeltas: {
      seoul: { backlash: estimateDelta('seoul', 'backlash'), willingness: estimateDelta('seoul', 'willingness') },
      tokyo: { backlash: estimateDelta('tokyo', 'backlash'), willingness: estimateDelta('tokyo', 'willingness') },
    },
    causes: (last?.ledger ?? [])
      .filter((e) => visible.has(e.meter))
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
      .slice(0, 8),
    proposals: r.proposals,
    milestones: r.milestones,
    elections: r.elections,
    ending: r.ending,
  };
}

/** The forecast of the month's plan as it stands, in the seasons the machine's regions are in. */
export function selectForecast(s: SnapshotLike) {
  return forecastPlan(s.context, s.context.plan, selectSeasons(s));
}
