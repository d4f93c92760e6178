// The resolving phase: the month's postures and initiatives take effect, initiatives that ask
// something become proposals (with last month's stalled ones asked again), and computer
// delegations answer theirs. Human delegations answer later through `answerProposal`. Pure.

import { startDraws } from '../random';
import { ALLY_METERS } from '../rules/allyMeters';
import { applyDelta, applyEffects } from '../rules/effects';
import { launchEffects, leakChance, leakEffects, megaphoneCredibility } from '../rules/initiatives';
import { postureEffects } from '../rules/pressure';
import { type AnswerInputs, askEffects, campaignCharged, computerAnswer } from '../rules/proposals';
import type { InitiativeDef } from '../../content/schema';
import { DIFFICULTY } from '../rules/difficulty';
import { monthlyPressure, stanceOf } from '../rules/washington';
import {
  ALLIES,
  ANSWERS,
  type AllyId,
  type Answer,
  type Channel,
  type GameContext,
  type Proposal,
  type SeatId,
} from '../types';
import type { RegionFacts } from '../regions';
import { backlashContext, draftOf, multipliers, nextContext } from '../context';
import { answer as refuse } from '../../strings/refusals';

/** The month's plan takes effect; `facts` are the regions' seasons and stance (derived when absent). */
export function resolveMonth(ctx: GameContext, facts?: RegionFacts): GameContext {
  const draft = draftOf(ctx);
  const { posture, initiatives } = ctx.plan;
  for (const ally of ALLIES) {
    applyEffects(
      draft,
      postureEffects(ally, posture[ally], backlashContext(ctx, ally, facts), ctx.meters.credibility),
      `posture.${ally}`,
    );
  }
  const mult = multipliers(ctx, facts);
  const draws = startDraws(ctx.rng);
  const proposals: Proposal[] = ctx.carried.map(askedAgain);
  const seasons = facts ? facts.seasons : { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season };
  const lastLaunched = { ...ctx.lastLaunched };
  let publicLaunches = 0;
  let privateCount = 0;
  const charged = new Set<AllyId>();
  for (const q of initiatives) if (q.channel === 'private') privateCount++;
  const postureSum = posture.seoul + posture.tokyo;
  const stance = facts ? facts.stance : stanceOf(ctx.pressureHistory);
  const megaphone = megaphoneCredibility(stance);
  for (const q of initiatives) {
    const def = ctx.scenario.initiatives[q.id];
    const cause = `initiative.${def.id}.${q.channel}`;
    applyEffects(draft, launchEffects(def, q.channel, mult, draft.meters.threat), cause);
    if (q.channel === 'public') {
      publicLaunches++;
      if (megaphone) applyDelta(draft, 'credibility', megaphone, `megaphone.${def.id}`);
    } else if (draws.next() < leakChance(def.leakChance, privateCount, postureSum))
      applyEffects(draft, leakEffects(def, mult), `leak.${def.id}`);
    lastLaunched[def.id] = ctx.turn;
    if (def.proposal) {
      applyEffects(draft, askEffects(def.proposal.to, seasons, mult, charged), `ask.${def.id}`);
      for (const a of campaignCharged(def.proposal.to, seasons, charged)) charged.add(a);
      proposals.push(newProposal(ctx.turn, def, q.channel));
    }
  }
  const pressure = monthlyPressure(postureSum, publicLaunches);
  const next = nextContext(ctx, {
    meters: draft.meters,
    monthLedger: draft.ledger,
    lastLaunched,
    proposals,
    carried: [],
    pressureHistory: [...ctx.pressureHistory, pressure],
  });
  // Computer seats answer every open ask addressed to them at once, one of the month's draws each.
  next.proposals = computerAnswers(next, draws.next);
  next.rng = draws.done();
  return next;
}

/** A stalled proposal, asked again this month with its answers cleared. */
export function askedAgain(p: Proposal): Proposal {
  return { ...p, answers: {}, rationales: {}, carried: p.carried + 1 };
}

/** The proposal an initiative that asks something puts on the table in month `turn`. */
export function newProposal(turn: number, def: InitiativeDef, channel: Channel): Proposal {
  return {
    key: `${turn}.${def.id}`,
    initiative: def.id,
    channel,
    asks: def.proposal ? [...def.proposal.to] : [],
    answers: {},
    rationales: {},
    carried: 0,
  };
}

export function answerInputs(ctx: GameContext, p: Proposal, ally: AllyId): AnswerInputs {
  const def = ctx.scenario.initiatives[p.initiative];
  const other: AllyId = ally === 'seoul' ? 'tokyo' : 'seoul';
  return {
    willingness: ctx.meters[ALLY_METERS[ally].willingness],
    backlash: ctx.meters[ALLY_METERS[ally].backlash],
    credibility: ctx.meters.credibility,
    trust: ctx.meters.trust,
    threat: ctx.meters.threat,
    season: ctx.politics[ally].season,
    domesticCost: def.proposal?.domesticCost[ally] ?? 0,
    kind: def.kind,
    channel: p.channel,
    imbalance: ctx.concessions[ally] - ctx.concessions[other],
    bias: DIFFICULTY[ctx.settings.difficulty].answerBias,
    momentum: ctx.meters.momentum,
    approval: ctx.meters[ALLY_METERS[ally].approval],
  };
}

/** The proposals with the computer seats' answers, one draw each; the same list when none was due. */
function computerAnswers(ctx: GameContext, draw: () => number): Proposal[] {
  let changed = false;
  const proposals = ctx.proposals.map((p) => {
    let answers = p.answers;
    for (const ally of p.asks) {
      if (answers[ally] || ctx.settings.seats[ally] !== 'computer') continue;
      if (answers === p.answers) answers = { ...p.answers };
      answers[ally] = computerAnswer(answerInputs(ctx, p, ally), draw());
      changed = true;
    }
    return answers === p.answers ? p : { ...p, answers };
  });
  return changed ? proposals : ctx.proposals;
}

export function allAnswered(ctx: GameContext): boolean {
  return ctx.proposals.every((p) => p.asks.every((a) => p.answers[a] !== undefined));
}

/** Why `seat` may not give this answer now, or null. */
export function answerProblem(ctx: GameContext, seat: unknown, key: unknown, answer: unknown): string | null {
  const p = ctx.proposals.find((x) => x.key === key);
  if (!p) return refuse.noProposal(String(key));
  if (!ANSWERS.includes(answer as Answer)) {
    return refuse.kind(ANSWERS.slice(0, -1).join(', '), String(ANSWERS.at(-1)), String(answer));
  }
  if (seat === 'washington' || !p.asks.includes(seat as AllyId)) return refuse.notAddressed(String(seat));
  if (ctx.settings.seats[seat as SeatId] !== 'human') return refuse.computer(String(seat));
  if (p.answers[seat as AllyId]) return refuse.answered(String(seat));
  return null;
}

export function answerProposal(
  ctx: GameContext,
  seat: AllyId,
  key: string,
  answer: Answer,
  rationale: string,
): GameContext {
  const proposals = ctx.proposals.map((p) =>
    p.key === key
      ? { ...p, answers: { ...p.answers, [seat]: answer }, rationales: { ...p.rationales, [seat]: rationale } }
      : p,
  );
  return nextContext(ctx, { proposals });
}
