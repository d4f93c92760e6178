// Why the machine would refuse an event now, in words a view can show. The machine's guards use
// the same validators, so `snapshot.can(event)` is false exactly when this returns a reason.

import { chooseProblem, customProblem, injectProblem, pendingChoices } from './phases/events';
import { adjustProblem, seatProblem, settingsProblem } from './phases/facilitation';
import { cancelProblem, planProblem, postureProblem, queueProblem } from './phases/planning';
import { answerProblem } from './phases/resolution';
import { selectPhase, type SnapshotLike } from './selectors';
import type { GameEvent } from './types';

interface CanSnapshot extends SnapshotLike {
  can(event: GameEvent): boolean;
}

/** Null when the event would be accepted; otherwise the reason it is not. */
export function whyNot(s: CanSnapshot, event: GameEvent): string | null {
  if (s.can(event)) return null;
  const ctx = s.context;
  const phase = selectPhase(s);
  const e = event as GameEvent & Record<string, unknown>;
  const reason = (() => {
    switch (event.type) {
      case 'setup.configure':
        return settingsProblem(event.settings);
      case 'posture.set':
        return postureProblem(e.ally, e.posture);
      case 'initiative.queue':
        return queueProblem(ctx, e.initiative, e.channel);
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
        if (pendingChoices(ctx).length) return 'an event is waiting for your choice';
        return event.plan === undefined ? null : planProblem(ctx, event.plan);
      default:
        return null;
    }
  })();
  return reason ?? `not possible now: the game is in the ${phase} phase`;
}
