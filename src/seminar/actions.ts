// What each console message means for the model: the facilitator event it becomes (if any) and
// the line the session log shows for it. Pure; the session decides whether and when to apply.

import { monthLabel, monthOfTurn } from '../model';
import type { FacilitatorEvent, GameContext, GameEvent } from '../model';
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
      return 'paused the session';
    case 'resume':
      return 'resumed the session';
    case 'timer.adjust':
      return `${msg.minutes >= 0 ? 'added' : 'took'} ${Math.abs(msg.minutes)} min ${msg.minutes >= 0 ? 'to' : 'from'} the turn timer`;
    case 'inject':
      return `injected "${ctx.scenario.events[msg.event]?.title ?? msg.event}"`;
    case 'injectCustom':
      return `injected a custom event "${msg.custom.title}"`;
    case 'adjust':
      return `set ${msg.meter} from ${ctx.meters[msg.meter]} to ${msg.value}`;
    case 'reveal':
      return msg.on ? 'revealed hidden values to the room' : 'hid the hidden values again';
    case 'seat':
      return `made the ${msg.seat === 'seoul' ? 'Seoul' : 'Tokyo'} seat ${msg.to === 'human' ? 'a human team' : 'the computer'} (was ${ctx.settings.seats[msg.seat]})`;
    case 'undo':
      return 'undid to the previous saved point';
    case 'end':
      return 'ended the session';
    case 'note':
      return 'took a private note';
    case 'requestState':
      return 'asked for the state';
  }
}

export function monthOf(ctx: GameContext): string {
  return monthLabel(monthOfTurn(ctx.scenario.start, ctx.turn));
}

/** The reason the log shows: the adjustment's own reason, else the optional one sent along. */
export function reasonOf(msg: ConsoleMessage): string {
  return 'reason' in msg && typeof msg.reason === 'string' ? msg.reason : '';
}
