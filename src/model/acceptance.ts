// One acceptance rule per event: why the model would refuse it, in words a view can show, or null.
// The machine's guards, `whyNot`, the legal-decision list, the selectors' `blocked` fields and the
// seat controls all ask `problemOf`; the machine adds only *when* an event is heard (which state
// handles it) and, for history concessions, the season region's `campaigning` state. Pure.

import { chooseProblem, customProblem, injectProblem, pendingChoices } from './phases/events';
import { adjustProblem, seatProblem, settingsProblem } from './phases/facilitation';
import { cancelProblem, planProblem, postureProblem, queueProblem } from './phases/planning';
import { answerProblem } from './phases/resolution';
import type { AllyId, GameContext, GameEvent, Season } from './types';
import { now as refuseNow } from '../strings/refusals';

/**
 * The event's own rule, whatever the phase. `seasons` are the season regions' states (the
 * snapshot's); the context's seasons, which the regions follow, stand in where no snapshot is at hand.
 */
export function problemOf(ctx: GameContext, event: GameEvent, seasons?: Record<AllyId, Season>): string | null {
  const e = event as GameEvent & Record<string, unknown>;
  switch (event.type) {
    case 'setup.configure':
      return settingsProblem(event.settings);
    case 'posture.set':
      return postureProblem(e.ally, e.posture);
    case 'initiative.queue':
      return queueProblem(seasons ? withSeasons(ctx, seasons) : ctx, e.initiative, e.channel);
    case 'initiative.cancel':
      return cancelProblem(ctx, e.initiative);
    case 'event.choose':
      return chooseProblem(ctx, e.event, e.choice);
    case 'proposal.answer':
      return answerProblem(ctx, e.seat, e.proposal, e.answer);
    case 'facilitator.inject':
      return injectProblem(ctx, e.event);
    case 'facilitator.injectCustom':
      return customProblem(e.custom);
    case 'facilitator.adjust':
      return adjustProblem(e.meter, e.value, e.reason);
    case 'seat.assign':
      return seatProblem(e.seat, e.kind);
    case 'turn.commit':
      if (pendingChoices(ctx).length) return refuseNow.choicePending;
      return event.plan === undefined ? null : planProblem(ctx, event.plan);
    default:
      return null;
  }
}

/** The machine's guard: the event passes its acceptance rule. */
export function accepts(ctx: GameContext, event: { type: string }): boolean {
  return problemOf(ctx, event as GameEvent) === null;
}

/** True when `event` queues a history concession that asks something of `ally`. */
export function historyAskOf(ctx: GameContext, event: { type: string }, ally: AllyId): boolean {
  if (event.type !== 'initiative.queue') return false;
  const def = ctx.scenario.initiatives[(event as unknown as { initiative: string }).initiative];
  return def?.kind === 'history' && def.proposal !== undefined && def.proposal.to.includes(ally);
}

function withSeasons(ctx: GameContext, seasons: Record<AllyId, Season>): GameContext {
  if (ctx.politics.seoul.season === seasons.seoul && ctx.politics.tokyo.season === seasons.tokyo) return ctx;
  return {
    ...ctx,
    politics: {
      seoul: { ...ctx.politics.seoul, season: seasons.seoul },
      tokyo: { ...ctx.politics.tokyo, season: seasons.tokyo },
    },
  };
}
