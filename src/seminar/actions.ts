// What each console message means for the model: the facilitator event it becomes (if any) and
// the line the session log shows for it. Pure; the session decides whether and when to apply.

import { monthLabel, monthOfTurn } from '../model';
import type { FacilitatorEvent, GameContext, GameEvent } from '../model';
import { ALLY_NAMES } from '../model';
import { action as A } from '../strings/session';
import type { ConsoleMessage } from './protocol';

/** The model event behind a console message, or null for session-only actions (pause, timer, …). */
export function modelEventFor(
  msg: ConsoleMessage,
): FacilitatorEvent | Extract<GameEvent, { type: 'seat.assign' }> | null {
  switch (msg.kind) {
    case 'inject':
      return { type: 'facilitator.inject', event: msg.event };
    case 'injectCustom':
      return { type: 'facilitator.injectCustom', custom: msg.custom };
    case 'adjust':
      return { type: 'facilitator.adjust', meter: msg.meter, value: msg.value, reason: msg.reason };
    case 'end':
      return { type: 'facilitator.end' };
    case 'seat':
      return { type: 'seat.assign', seat: msg.seat, kind: msg.to };
    default:
      return null;
  }
}

export function describeAction(msg: ConsoleMessage, ctx: GameContext): string {
  switch (msg.kind) {
    case 'pause':
      return A.pause;
    case 'resume':
      return A.resume;
    case 'timer.adjust':
      return A.timer(msg.minutes);
    case 'inject':
      return A.inject(ctx.scenario.events[msg.event]?.title ?? msg.event);
    case 'injectCustom':
      return A.injectCustom(msg.custom.title);
    case 'adjust':
      return A.adjust(msg.meter, ctx.meters[msg.meter], msg.value);
    case 'reveal':
      return A.reveal(msg.on);
    case 'seat':
      return A.seat(ALLY_NAMES[msg.seat], msg.to === 'human', ctx.settings.seats[msg.seat]);
    case 'undo':
      return A.undo;
    case 'end':
      return A.end;
    case 'note':
      return A.note;
    case 'requestState':
      return A.requestState;
  }
}

export function monthOf(ctx: GameContext): string {
  return monthLabel(monthOfTurn(ctx.scenario.start, ctx.turn));
}

/** The reason the log shows: the adjustment's own reason, else the optional one sent along. */
export function reasonOf(msg: ConsoleMessage): string {
  return 'reason' in msg && typeof msg.reason === 'string' ? msg.reason : '';
}
