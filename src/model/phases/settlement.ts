// Settling the month's proposals once every delegation has answered. A yes from everyone asked
// lands the proposal (and its milestone, when ready); a no costs momentum, trust and, when it was
// asked in public, the broker's credibility; a yes beside a no is a one-sided concession that the
// conceding public resents; a stall is asked again next month, once. Pure.

import { ALLY_METERS } from '../rules/allyMeters';
import { applyDelta, applyEffects } from '../rules/effects';
import { milestoneReady } from '../rules/milestones';
import {
  acceptanceScale,
  concessionCost,
  isYes,
  MAX_CARRY,
  oneSidedCost,
  REJECTION,
  refusalWait,
  refusedOnStump,
  STALL,
} from '../rules/proposals';
import type { GameContext, Proposal } from '../types';
import type { RegionFacts } from '../regions';
import { draftOf, multipliers, nextContext } from '../context';

/** Settles the answered proposals; `facts` are the regions' seasons and stance (derived when absent). */
export function settleProposals(ctx: GameContext, facts?: RegionFacts): GameContext {
  if (ctx.proposals.length === 0) return ctx;
  const draft = draftOf(ctx);
  const mult = multipliers(ctx, facts);
  const seasons = facts?.seasons ?? { seoul: ctx.politics.seoul.season, tokyo: ctx.politics.tokyo.season };
  const concessions = { seoul: ctx.concessions.seoul, tokyo: ctx.concessions.tokyo };
  let milestones = ctx.milestones;
  let lastLaunched = ctx.lastLaunched;
  const carried: Proposal[] = [];
  for (const p of ctx.proposals) {
    const def = ctx.scenario.initiatives[p.initiative];
    const prop = def.proposal;
    if (!prop) continue;
    const answers = p.asks.map((a) => p.answers[a]);
    const cause = `answer.${def.id}`;
    if (answers.every(isYes)) {
      applyEffects(draft, prop.onAccept, cause, acceptanceScale(answers));
      for (const ally of p.asks) {
        const cost = concessionCost(prop.domesticCost[ally] ?? 0, p.answers[ally] ?? 'accept', mult[ally]);
        applyDelta(draft, ALLY_METERS[ally].backlash, cost.backlash, cause);
        applyDelta(draft, ALLY_METERS[ally].approval, cost.approval, cause);
        concessions[ally] += cost.remembered;
      }
      const m = prop.milestone ? ctx.scenario.milestones[prop.milestone] : undefined;
      const state = { meters: draft.meters, milestones, firedEvents: ctx.firedEvents, politics: ctx.politics };
      if (m && milestoneReady(m, state)) {
        if (milestones === ctx.milestones) milestones = { ...ctx.milestones };
        milestones[m.id] = ctx.turn;
        // A step taken privately is announced quietly: its milestone lands at the same scale.
        applyEffects(draft, m.effects, `milestone.${m.id}`, acceptanceScale(answers));
      }
    } else if (answers.includes('reject')) {
      // The card's wait restarts later: its cooldown counts from `refusalWait` months after now,
      // longer after a no on the campaign trail (`heldOnStump`).
      if (lastLaunched === ctx.lastLaunched) lastLaunched = { ...ctx.lastLaunched };
      lastLaunched[def.id] = ctx.turn + refusalWait(refusedOnStump(p, seasons));
      applyDelta(draft, 'momentum', REJECTION.momentum, cause);
      applyDelta(draft, 'trust', REJECTION.trust, cause);
      const cred = p.channel === 'public' ? REJECTION.credibilityPublic : REJECTION.credibilityPrivate;
      applyDelta(draft, 'credibility', cred, cause);
      for (const ally of p.asks) {
        if (p.answers[ally] === 'reject')
          applyDelta(draft, ALLY_METERS[ally].willingness, REJECTION.willingness, cause);
        if (!isYes(p.answers[ally])) continue;
        const cost = oneSidedCost(prop.domesticCost[ally] ?? 0);
        applyDelta(draft, ALLY_METERS[ally].backlash, cost.backlash, cause);
        applyDelta(draft, 'trust', cost.trust, cause);
        applyDelta(draft, 'momentum', cost.momentum, cause);
        concessions[ally] += cost.remembered;
      }
    } else {
      applyDelta(draft, 'momentum', STALL.momentum, cause);
      if (p.carried < MAX_CARRY) carried.push(p);
      else applyDelta(draft, 'credibility', STALL.credibilityExpired, cause);
    }
  }
  return nextContext(ctx, {
    meters: draft.meters,
    monthLedger: draft.ledger,
    concessions,
    milestones,
    carried,
    lastLaunched,
  });
}
