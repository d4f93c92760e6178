// The room controls the facilitator holds outside the model: pause, the turn timer and whether
// hidden values are revealed on the projector. Pure functions of the current controls, the
// console message and an injected `now`.

import type { ConsoleMessage } from './protocol';
import { refuse } from '../strings/session';
import * as timer from './timer';

export interface Controls {
  paused: boolean;
  revealed: boolean;
  timer: timer.TurnTimer;
}

export const INITIAL_CONTROLS: Controls = { paused: false, revealed: false, timer: timer.NO_TIMER };

type ControlMessage = Extract<ConsoleMessage, { kind: 'pause' | 'resume' | 'timer.adjust' | 'reveal' }>;

export function isControl(msg: ConsoleMessage): msg is ControlMessage {
  return msg.kind === 'pause' || msg.kind === 'resume' || msg.kind === 'timer.adjust' || msg.kind === 'reveal';
}

export function applyControl(
  c: Controls,
  msg: ControlMessage,
  now: number,
): { ok: true; next: Controls } | { ok: false; reason: string } {
  switch (msg.kind) {
    case 'pause':
      if (c.paused) return { ok: false, reason: refuse.alreadyPaused };
      return { ok: true, next: { ...c, paused: true, timer: timer.pauseTimer(c.timer, now) } };
    case 'resume':
      if (!c.paused) return { ok: false, reason: refuse.notPaused };
      return { ok: true, next: { ...c, paused: false, timer: timer.resumeTimer(c.timer, now) } };
    case 'timer.adjust':
      if (!timer.isRunning(c.timer)) return { ok: false, reason: refuse.noTimer };
      return { ok: true, next: { ...c, timer: timer.adjustTimer(c.timer, msg.minutes, now) } };
    case 'reveal':
      return { ok: true, next: { ...c, revealed: msg.on } };
  }
}
