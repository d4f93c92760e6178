// Who may do what at a networked table: Washington plans and moves the game on, a delegation
// answers only what is asked of it, the facilitator alone holds the console powers and the seat
// switches. Checked before the model's own acceptance rule (whyNot), which still has the last word.

import type { GameEvent, SeatId } from '../model/types';
import type { PlayMessage, Role } from './inbound';
import { refuse } from '../strings/server';

const WASHINGTON = new Set([
  'briefing.done',
  'posture.set',
  'initiative.queue',
  'initiative.cancel',
  'turn.commit',
  'event.choose',
  'turn.next',
]);

/** The model event a seat's message becomes, or why the seat may not send it. */
export function eventFor(role: Role, msg: PlayMessage): { ok: true; event: GameEvent } | { ok: false; reason: string } {
  if (role === 'facilitator') return { ok: false, reason: refuse.facilitatorConsole };
  if (msg.type === 'proposal.answer') {
    if (role === 'washington') return { ok: false, reason: refuse.delegationAnswers };
    return { ok: true, event: { ...msg, seat: role as SeatId } };
  }
  if (role !== 'washington') return { ok: false, reason: refuse.notForSeat(role) };
  if (!WASHINGTON.has(msg.type)) return { ok: false, reason: refuse.notForSeat(role) };
  return { ok: true, event: msg as GameEvent };
}
