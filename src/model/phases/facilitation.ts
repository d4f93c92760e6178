// Changes that come from outside the turn cycle: settings chosen at setup, seats switched between
// human and computer, and the facilitator's adjustments (always within the meters' bounds and with
// a stated reason, recorded in the ledger like any other change). Pure.

import { EVENT_DENSITY } from '../gameEvents';
import { seedRng } from '../random';
import * as refuse from '../../strings/refusals';
import { setMeter } from '../rules/effects';
import {
  DIFFICULTIES,
  type Difficulty,
  type GameContext,
  METERS,
  type MeterKey,
  SEATS,
  type SeatId,
  type SeatKind,
  type Settings,
} from '../types';
import { draftOf, openSeasons } from '../context';

export function settingsProblem(s: Partial<Settings> | undefined): string | null {
  if (!s || typeof s !== 'object') return refuse.settings.notObject;
  if (s.seed !== undefined && !Number.isInteger(s.seed)) return refuse.settings.seed(String(s.seed));
  if (s.difficulty !== undefined && !DIFFICULTIES.includes(s.difficulty as Difficulty)) {
    return refuse.settings.difficulty(String(s.difficulty));
  }
  const { min, max } = EVENT_DENSITY;
  if (s.eventDensity !== undefined && !(s.eventDensity >= min && s.eventDensity <= max)) {
    return refuse.settings.density(min, max, String(s.eventDensity));
  }
  if (s.seats !== undefined) {
    for (const seat of SEATS) {
      const problem = seatProblem(seat, s.seats[seat]);
      if (problem) return problem;
    }
  }
  return null;
}

/** New settings at setup: the generator is re-seeded and the first month's bandwidth recomputed. */
export function configure(ctx: GameContext, s: Partial<Settings>): GameContext {
  const settings = { ...ctx.settings, ...s };
  return openSeasons({ ...ctx, settings, rng: s.seed !== undefined ? seedRng(s.seed) : ctx.rng });
}

export function seatProblem(seat: unknown, kind: unknown): string | null {
  if (!SEATS.includes(seat as SeatId)) return refuse.settings.unknownSeat(String(seat));
  if (kind !== 'human' && kind !== 'computer') return refuse.settings.seatKind(String(kind));
  if (seat === 'washington' && kind !== 'human') return refuse.settings.washingtonHuman;
  return null;
}

export function assignSeat(ctx: GameContext, seat: SeatId, kind: SeatKind): GameContext {
  return { ...ctx, settings: { ...ctx.settings, seats: { ...ctx.settings.seats, [seat]: kind } } };
}

export function adjustProblem(meter: unknown, value: unknown, reason: unknown): string | null {
  if (!METERS.includes(meter as MeterKey)) return refuse.settings.unknownMeter(String(meter));
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    return refuse.settings.meterRange(String(value));
  }
  if (typeof reason !== 'string' || reason.trim() === '') return refuse.settings.adjustReason;
  return null;
}

export function adjustMeter(ctx: GameContext, meter: MeterKey, value: number, reason: string): GameContext {
  const draft = draftOf(ctx);
  setMeter(draft, meter, value, `facilitator.adjust: ${reason.slice(0, 200)}`);
  return { ...ctx, meters: draft.meters, monthLedger: draft.ledger };
}
