// Month-by-month series for the debrief's charts: every meter at each month's end, Washington's
// estimates, the postures, the stance, and the markers (events, elections, milestones) that the
// charts pin to the time axis. Read from the closed months in context.history; pure.

import { monthLabel, startMeters } from '../model';
import type { AllyId, Estimate, GameContext, MeterKey, Meters, Posture, WashingtonStance } from '../model';
import { eventTitle } from './labels';

export interface SeriesRow {
  turn: number;
  month: string;
  label: string;
  meters: Meters;
  estimates: Record<AllyId, Estimate>;
  posture: Record<AllyId, Posture>;
  /** Sum of both posture dials (0–6): the pressure line of the chart. */
  pressure: number;
  stance: WashingtonStance;
}

export type MarkerKind = 'event' | 'election' | 'milestone';

export interface Marker {
  turn: number;
  kind: MarkerKind;
  id: string;
  title: string;
}

export interface Series {
  start: Meters;
  rows: SeriesRow[];
  markers: Marker[];
}

export function buildSeries(ctx: GameContext): Series {
  const rows = ctx.history.map((h) => ({
    turn: h.turn,
    month: h.month,
    label: monthLabel(h.month),
    meters: h.meters,
    estimates: h.estimates,
    posture: h.posture,
    pressure: h.posture.seoul + h.posture.tokyo,
    stance: h.stance,
  }));
  const markers: Marker[] = [];
  for (const h of ctx.history) {
    for (const e of h.events)
      markers.push({ turn: h.turn, kind: 'event', id: e.id, title: eventTitle(ctx, e.id, h.turn) });
    for (const r of h.elections) {
      const name = ctx.scenario.elections.find((e) => e.id === r.id)?.name ?? r.id;
      markers.push({ turn: h.turn, kind: 'election', id: r.id, title: name });
    }
    for (const id of h.milestones) {
      markers.push({ turn: h.turn, kind: 'milestone', id, title: ctx.scenario.milestones[id]?.name ?? id });
    }
  }
  return { start: startMeters(ctx.scenario), rows, markers };
}

/** One meter's values: the start value, then each closed month's end value. */
export function meterLine(series: Series, meter: MeterKey): number[] {
  return [series.start[meter], ...series.rows.map((r) => r.meters[meter])];
}

/** The first turn at which two games' month-end meters differ, or null if they agree throughout. */
export function firstDivergence(a: Series, b: Series): number | null {
  const n = Math.max(a.rows.length, b.rows.length);
  for (let i = 0; i < n; i++) {
    const ra = a.rows[i];
    const rb = b.rows[i];
    if (!ra || !rb) return ra?.turn ?? rb?.turn ?? i;
    for (const k of Object.keys(ra.meters) as MeterKey[]) if (ra.meters[k] !== rb.meters[k]) return ra.turn;
  }
  return null;
}
