// What the seminar HUD shows, as plain strings: the turn timer, the revealed true values and the
// facilitator's injects. Pure; the HUD scene draws them and puts them in the live region.

import { ALLIES, ALLY_NAMES, type GameContext, round1, selectNews } from '../../model';
import { seminar as M } from '../../strings';

const one = (n: number) => round1(n).toString();

export interface TimerModel {
  label: string;
  /** ≤ 1 minute left: shown in amber. */
  warn: boolean;
  up: boolean;
}

/** "03:42"; amber from one minute; "time!" at zero. Null when no timer runs. */
export function timerModel(ms: number | null): TimerModel | null {
  if (ms === null) return null;
  const s = Math.ceil(ms / 1000);
  if (s <= 0) return { label: M.timeUp, warn: true, up: true };
  const label = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return { label, warn: s <= 60, up: false };
}

/** The true hidden values beside Washington's estimates, one line per capital. */
export function revealLines(ctx: GameContext): string[] {
  return ALLIES.map((a) => {
    const est = ctx.estimates[a];
    return M.revealLine(
      ALLY_NAMES[a],
      one(ctx.meters[`${a}.backlash`]),
      Math.round(est.backlash),
      Math.round(est.uncertainty),
      one(ctx.meters[`${a}.willingness`]),
      one(ctx.meters[`${a}.approval`]),
    );
  });
}

/** This month's events the facilitator injected, as "Title: text" (shown as plain text). */
export function injectedNews(ctx: GameContext): string[] {
  return selectNews(ctx)
    .filter((n) => n.injected)
    .map((n) => M.injectedItem(n.title, n.text));
}

/**
 * The lines the live region says before and after the screen's own text. `ctx` is null off the game
 * screens; `onRoom` is false on the hand-over, where a delegation reads its brief: the revealed true
 * values (both capitals') are not said there, as the reveal box is not drawn there.
 */
export function liveBanners(opts: {
  paused: boolean;
  /** Another window of this browser runs this seminar. */
  elsewhere?: boolean;
  revealed: boolean;
  timeUp: boolean;
  ctx: GameContext | null;
  onRoom: boolean;
}): {
  before: string;
  after: string;
} {
  const before = opts.elsewhere ? M.elsewhereSaid : opts.paused ? M.pausedSaid : '';
  const after: string[] = [];
  if (opts.ctx) {
    const injected = injectedNews(opts.ctx);
    if (injected.length) after.push(M.injectedSaid(injected));
    if (opts.revealed && opts.onRoom) after.push(M.revealedSaid(revealLines(opts.ctx)));
  }
  if (opts.timeUp) after.push(M.timeUpSaid);
  return { before, after: after.join('\n') };
}
