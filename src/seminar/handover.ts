// The hand-over screen's view model: which human delegation must answer next, and that
// delegation's private brief (true values, red lines, election clock, the asks). Also the
// guarantee that Washington's view carries no true hidden value. Pure.

import { multipliers } from '../model/context';
import { BOILING, RUPTURE, round1 } from '../model/rules/bounds';
import { concessionCost, heldOnStump, REJECTION } from '../model/rules/proposals';
import { selectAwaitingSeats, selectDelegationBrief, selectPhase, selectWashingtonView } from '../model/selectors';
import type { SnapshotLike } from '../model/selectors';
import { ALLIES, ALLY_NAMES, type AllyId, type GameContext, otherAlly } from '../model/types';
import { passTo } from '../strings/seminar';

export interface RedLine {
  proposal: string;
  initiative: string;
  domesticCost: number;
  /** Backlash a full yes would add at home, and a private yes (settlement's own concession cost). */
  backlashIfAccepted: number;
  backlashIfAcceptedPrivately: number;
  /** A full yes would push the public past boiling. */
  crossesBoiling: boolean;
  crossesRupture: boolean;
  /** Months a no would hold the card back beyond an ordinary no: a fresh ask on the campaign trail. */
  noHoldsLonger: number;
}

export interface HandoverView {
  seat: AllyId;
  seatName: string;
  /** The screen shown before the brief, while the device changes hands. */
  passTo: string;
  brief: ReturnType<typeof selectDelegationBrief>;
  /** The backlash at which a public boils, and at which it ruptures (the model's bands). */
  lines: { boiling: number; rupture: number };
  /** Backlash headroom before boiling and before rupture. */
  headroom: { boiling: number; rupture: number };
  redLines: RedLine[];
  /** Other human delegations still to answer after this one. */
  thenWaiting: AllyId[];
}

/** Human delegations that still owe an answer, in seat order. */
export function humanSeatsWaiting(ctx: GameContext): AllyId[] {
  const waiting = new Set(selectAwaitingSeats(ctx).map((w) => w.seat));
  return ALLIES.filter((a) => waiting.has(a) && ctx.settings.seats[a] === 'human');
}

/** Null unless the machine waits for a human delegation's answer. */
export function selectHandover(s: SnapshotLike): HandoverView | null {
  if (selectPhase(s) !== 'awaitingAnswers') return null;
  const ctx = s.context;
  const [seat, ...rest] = humanSeatsWaiting(ctx);
  if (!seat) return null;
  const brief = selectDelegationBrief(ctx, seat);
  const redLines = redLinesFor(ctx, seat, brief);
  return {
    seat,
    seatName: ALLY_NAMES[seat],
    passTo: passTo(ALLY_NAMES[seat], ALLY_NAMES[otherAlly(seat)]),
    brief,
    lines: { boiling: BOILING, rupture: RUPTURE },
    headroom: { boiling: round1(Math.max(0, BOILING - brief.backlash)), rupture: round1(RUPTURE - brief.backlash) },
    redLines,
    thenWaiting: rest,
  };
}

/** What a yes to each open ask would cost this delegation at home. */
export function redLinesFor(
  ctx: GameContext,
  seat: AllyId,
  brief: ReturnType<typeof selectDelegationBrief> = selectDelegationBrief(ctx, seat),
): RedLine[] {
  const mult = multipliers(ctx)[seat];
  const season = ctx.politics[seat].season;
  return brief.asks.map((ask): RedLine => {
    const full = round1(concessionCost(ask.domesticCost, 'accept', mult).backlash);
    const quiet = round1(concessionCost(ask.domesticCost, 'acceptPrivately', mult).backlash);
    return {
      proposal: ask.key,
      initiative: ask.initiative,
      domesticCost: ask.domesticCost,
      backlashIfAccepted: full,
      backlashIfAcceptedPrivately: quiet,
      crossesBoiling: brief.backlash + full >= BOILING,
      crossesRupture: brief.backlash + full >= RUPTURE,
      // what a no would do, by settlement's own rule
      noHoldsLonger: heldOnStump('reject', season, ask.carried) ? REJECTION.stumpWait : 0,
    };
  });
}

export function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

/**
 * The hidden true values that appear in Washington's view although they differ from its
 * estimates. Empty means the view is clean. Round true values can collide with public numbers by
 * chance, so tests set unusual values (63.7) before checking.
 */
export function washingtonLeaks(ctx: GameContext, view: unknown = selectWashingtonView(ctx)): string[] {
  const seen = new Set(numbersIn(view));
  const leaks: string[] = [];
  for (const a of ALLIES) {
    const est = ctx.estimates[a];
    for (const k of ['backlash', 'willingness'] as const) {
      const truth = ctx.meters[`${a}.${k}`];
      if (truth !== est[k] && seen.has(truth)) leaks.push(`${a}.${k}`);
    }
  }
  return leaks;
}
