// The month's turn timer as plain data and pure functions of an injected `now` (ms), so tests
// are deterministic. A running timer has a deadline; a paused one keeps only the time left.
// Running out does nothing by itself: the room sees zero and the facilitator decides.

export interface TurnTimer {
  /** When the time runs out (ms); null while paused or when no timer runs. */
  deadline: number | null;
  /** Time left while paused (ms); null while running or when no timer runs. */
  frozen: number | null;
}

export const NO_TIMER: TurnTimer = { deadline: null, frozen: null };
const MINUTE = 60_000;

export function startTimer(minutes: number, now: number, paused: boolean): TurnTimer {
  const ms = minutes * MINUTE;
  return paused ? { deadline: null, frozen: ms } : { deadline: now + ms, frozen: null };
}

export function isRunning(t: TurnTimer): boolean {
  return t.deadline !== null || t.frozen !== null;
}

/** Time left (ms, never negative), or null when no timer runs. */
export function remainingMs(t: TurnTimer, now: number): number | null {
  if (t.frozen !== null) return t.frozen;
  if (t.deadline !== null) return Math.max(0, t.deadline - now);
  return null;
}

export function pauseTimer(t: TurnTimer, now: number): TurnTimer {
  return t.deadline === null ? t : { deadline: null, frozen: Math.max(0, t.deadline - now) };
}

export function resumeTimer(t: TurnTimer, now: number): TurnTimer {
  return t.frozen === null ? t : { deadline: now + t.frozen, frozen: null };
}

/** Add (or with a negative number take away) minutes; time left never goes below zero. */
export function adjustTimer(t: TurnTimer, minutes: number, now: number): TurnTimer {
  const delta = minutes * MINUTE;
  if (t.frozen !== null) return { deadline: null, frozen: Math.max(0, t.frozen + delta) };
  if (t.deadline !== null) return { deadline: Math.max(now, t.deadline + delta), frozen: null };
  return t;
}

/** "4:05" for the display; "–" when no timer runs. */
export function formatRemaining(ms: number | null): string {
  if (ms === null) return '–';
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
