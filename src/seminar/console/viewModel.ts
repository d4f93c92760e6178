// What the facilitator console shows, derived from the game as rebuilt from the game window's replay:
// every true value beside Washington's estimate, both delegations' briefs, who must answer, the
// scenario's event library and this month's news. Pure; the console renders it as text.

import { selectHandover } from '../handover';
import {
  selectAwaitingSeats,
  selectDelegationBrief,
  selectEnding,
  selectMonth,
  selectNews,
  selectPhase,
  type SnapshotLike,
} from '../../model/selectors';
import { type AllyId, type GameContext, HIDDEN_METERS, METER_NAMES, METERS, type MeterKey } from '../../model/types';

export interface MeterRow {
  key: MeterKey;
  label: string;
  truth: number;
  /** Washington's estimate and its ± band, for the hidden values only. */
  estimate: number | null;
  uncertainty: number | null;
}

/** A meter's name in the console; the values Washington only estimates are marked hidden. */
export function meterLabel(key: MeterKey): string {
  return HIDDEN_METERS.includes(key) ? `${METER_NAMES[key]} (hidden)` : METER_NAMES[key];
}

export function meterRows(ctx: GameContext): MeterRow[] {
  return METERS.map((key) => {
    const [ally, part] = key.split('.') as [AllyId, string];
    const hidden = part === 'backlash' || part === 'willingness';
    const est = hidden ? ctx.estimates[ally] : null;
    return {
      key,
      label: meterLabel(key),
      truth: ctx.meters[key],
      estimate: est ? est[part as 'backlash' | 'willingness'] : null,
      uncertainty: est ? est.uncertainty : null,
    };
  });
}

/** A machine snapshot (the console's rebuilt game): its tags and regions answer as in the game window. */
function isSnapshotLike(s: unknown): s is SnapshotLike & { status: string } {
  if (typeof s !== 'object' || s === null) return false;
  const { context: ctx, status, hasTag } = s as { context?: Partial<GameContext>; status?: unknown; hasTag?: unknown };
  return (
    !!ctx &&
    typeof ctx === 'object' &&
    !!ctx.meters &&
    !!ctx.scenario &&
    typeof status === 'string' &&
    typeof hasTag === 'function'
  );
}

export function facilitatorView(snapshot: unknown) {
  if (!isSnapshotLike(snapshot)) return null;
  const ctx = snapshot.context;
  return {
    phase: selectPhase(snapshot),
    month: selectMonth(ctx),
    scenarioTitle: ctx.scenario.title,
    seats: ctx.settings.seats,
    meters: meterRows(ctx),
    briefs: { seoul: selectDelegationBrief(ctx, 'seoul'), tokyo: selectDelegationBrief(ctx, 'tokyo') },
    awaiting: selectAwaitingSeats(ctx),
    handover: selectHandover(snapshot),
    library: Object.values(ctx.scenario.events).map((e) => ({ id: e.id, title: e.title })),
    news: selectNews(ctx),
    ending: selectEnding(ctx),
  };
}
export type FacilitatorView = NonNullable<ReturnType<typeof facilitatorView>>;
