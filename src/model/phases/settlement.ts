// Settling the month's proposals once every delegation has answered. A yes from everyone asked
// lands the proposal (and its milestone, when ready); a no costs momentum, trust and, when it was
// asked in public, the broker's credibility; a yes beside a no is a one-sided concession that the
// conceding public resents; a stall is asked again next month, once. Pure.

import { ALLY_METERS } from '../rules/allyMeters';
import { applyDelta, applyEffects } from '../rules/effects';
import { milestoneReady } from '../rules/milestones';
import { acceptanceScale, concessionBacklash, isYes, MAX_CARRY, ONE_SIDED, REJECTION, STALL } from '../rules/proposals';
import type { AllyId, GameContext, Proposal } from '../types';
import type { RegionFacts } from '../regions';
import { draftOf, multipliers, nextContext } from './context';

/** Share of a concession's domestic cost that turns into backlash (before the multiplier). */
export const CONCESSION_TO_BACKLASH = 0.6;
/** Approval points a leader spends per point of domestic cost. */
export const CONCESSION_TO_APPROVAL = 0.15;

/** Settles the answered proposals; `facts` are the regions' seasons and stance (derived when absent). */
export function settleProposals(ctx: GameContext, facts?: RegionFacts): GameContext {
  if (ctx.proposals.length === 0) return ctx;
  const draft = draftOf(ctx);
  const mult = multipliers(ctx, facts);
  const concessions = { seoul: ctx.concessions.seoul, tokyo: ctx.concessions.tokyo };
  let milestones = ctx.milestones;
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
        const cost = prop.domesticCost[ally] ?? 0;
        const answer = p.answers[ally] ?? 'accept';
        applyDelta(
          draft,
          ALLY_METERS[ally].backlash,
          cost * CONCESSION_TO_BACKLASH * concessionBacklash(answer) * mult[ally],
          cause,
        );
        applyDelta(draft, ALLY_METERS[ally].approval, -cost * CONCESSION_TO_APPROVAL, cause);
        concessions[ally] += cost;
      }
      const m = prop.milestone ? ctx.scenario.milestones[prop.milestone] : undefined;
      const state = { meters: draft.meters, milestones, firedEvents: ctx.firedEvents, politics: ctx.politics };
      if (m && milestoneReady(m, state)) {
        if (milestones === ctx.milestones) milestones = { ...ctx.milestones };
        milestones[m.id] = ctx.turn;
        applyEffects(draft, m.effects, `milestone.${m.id}`);
      }
    } else if (answers.includes('reject')) {
      applyDelta(draft, 'momentum', REJECTION.momentum, cause);
      applyDelta(draft, 'trust', REJECTION.trust, cause);
      const cred = p.channel === 'public' ? REJECTION.credibilityPublic : REJECTION.credibilityPrivate;
      applyDelta(draft, 'credibility', cred, cause);
      for (const ally of p.asks) {
        if (!isYes(p.answers[ally])) continue;
        oneSided(draft, ally, prop.domesticCost[ally] ?? 0, cause);
        concessions[ally] += (prop.domesticCost[ally] ?? 0) * 0.5;
      }
    } else {
      applyDelta(draft, 'momentum', STALL.momentum, cause);
      if (p.carried < MAX_CARRY) carried.push(p);
    }
  }
  return nextContext(ctx, { meters: draft.meters, monthLedger: draft.ledger, concessions, milestones, carried });
}

function oneSided(draft: ReturnType<typeof draftOf>, ally: AllyId, cost: number, cause: string): void {
  applyDelta(draft, ALLY_METERS[ally].backlash, ONE_SIDED.backlash + cost * 0.3, cause);
  applyDelta(draft, 'trust', ONE_SIDED.trust, cause);
  applyDelta(draft, 'momentum', ONE_SIDED.momentum, cause);
}
