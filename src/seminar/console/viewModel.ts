// What the facilitator console shows, derived from the persisted snapshot the game window sent:
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

function isSnapshotLike(
  s: Record<string, unknown>,
): s is Record<string, unknown> & { context: GameContext; value: unknown; status: string } {
  const ctx = s.context as Partial<GameContext> | undefined;
  return !!ctx && typeof ctx === 'object' && !!ctx.meters && !!ctx.scenario && typeof s.status === 'string';
}

export function facilitatorView(snapshot: Record<string, unknown>) {
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
