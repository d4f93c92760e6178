// The decisions open to Washington at a point of the game, enumerated from the same validators the
// machine's guards use. Strategies, the property tests and the monkey test draw from this list,
// and "some action is always possible until the ending" is checked against it.

import { pendingChoices } from '../phases/events';
import { offeredChoices } from '../rules/cardVariants';
import { queueProblem } from '../phases/planning';
import { selectPhase, type SnapshotLike } from '../selectors';
import { CHANNELS, type GameContext, type PlayerEvent, POSTURES } from '../types';

export function legalPlanning(ctx: GameContext): PlayerEvent[] {
  const out: PlayerEvent[] = [];
  for (const ally of ['seoul', 'tokyo'] as const) {
    for (const posture of POSTURES)
      if (posture !== ctx.plan.posture[ally]) out.push({ type: 'posture.set', ally, posture });
  }
  for (const id in ctx.scenario.initiatives) {
    for (const channel of CHANNELS) {
      if (queueProblem(ctx, id, channel) === null) out.push({ type: 'initiative.queue', initiative: id, channel });
    }
  }
  for (const q of ctx.plan.initiatives) out.push({ type: 'initiative.cancel', initiative: q.id });
  out.push(...legalChoices(ctx));
  if (pendingChoices(ctx).length === 0) out.push({ type: 'turn.commit' });
  return out;
}

export function legalChoices(ctx: GameContext): PlayerEvent[] {
  const out: PlayerEvent[] = [];
  for (const f of pendingChoices(ctx)) {
    for (const c of offeredChoices(ctx.scenario.events[f.id], ctx))
      out.push({ type: 'event.choose', event: f.id, choice: c.id });
  }
  return out;
}

/** Every decision Washington may send now (delegation answers are not Washington's). */
export function legalDecisions(s: SnapshotLike): PlayerEvent[] {
  switch (selectPhase(s)) {
    case 'setup':
      return [{ type: 'setup.confirm' }];
    case 'briefing':
      return [{ type: 'briefing.done' }];
    case 'planning':
      return legalPlanning(s.context);
    case 'events':
      return legalChoices(s.context);
    case 'report':
      return [{ type: 'turn.next' }];
    default:
      return [];
  }
}
