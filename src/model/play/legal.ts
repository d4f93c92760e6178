// The decisions open to Washington at a point of the game, enumerated from the same acceptance
// rule the machine's guards use (acceptance.ts). Strategies, the property tests and the monkey test draw from this list,
// and "some action is always possible until the ending" is checked against it.

import { problemOf } from '../acceptance';
import { pendingChoices } from '../phases/events';
import { offeredChoices } from '../rules/cardVariants';
import { selectPhase, selectSeasons, type SnapshotLike } from '../selectors';
import { ALLIES, type AllyId, CHANNELS, type GameContext, type PlayerEvent, POSTURES, type Season } from '../types';

/** Planning decisions the acceptance rule takes; `seasons` are the season regions' states when known. */
export function legalPlanning(ctx: GameContext, seasons?: Record<AllyId, Season>): PlayerEvent[] {
  const out: PlayerEvent[] = [];
  for (const ally of ALLIES) {
    for (const posture of POSTURES)
      if (posture !== ctx.plan.posture[ally]) out.push({ type: 'posture.set', ally, posture });
  }
  for (const id in ctx.scenario.initiatives) {
    for (const channel of CHANNELS) {
      const e: PlayerEvent = { type: 'initiative.queue', initiative: id, channel };
      if (problemOf(ctx, e, seasons) === null) out.push(e);
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
      return legalPlanning(s.context, selectSeasons(s));
    case 'events':
      return legalChoices(s.context);
    case 'report':
      return [{ type: 'turn.next' }];
    default:
      return [];
  }
}
