// The scenario's summits as the cards read them: whether the three leaders meet at one this month,
// and the next month they do. A trilateral is convened on a summit's sidelines, so a card marked
// `atLeadersSummit` waits for such a month. Pure.

import type { ScenarioFile } from '../../content/schema';
import { monthLabel, monthOfTurn, turnOf } from './calendar';

/** A scenario's summit: its month, its name, and whether all three leaders attend. */
export type Summit = ScenarioFile['summits'][number];

/** What a card that needs the three leaders together can see of the calendar in month `turn`. */
export interface SummitState {
  /** The summit the three leaders attend this month, by name, or null. */
  now: string | null;
  /**
   * The next summit they attend after this month and before the scenario's end (its month as
   * "Nov 2022", and its name), or null.
   */
  next: { month: string; name: string } | null;
}

/** `months`: the scenario's length; a summit from then on is past the game's end. */
export function summitState(
  summits: readonly Summit[],
  start: string,
  turn: number,
  months = Number.POSITIVE_INFINITY,
): SummitState {
  const month = monthOfTurn(start, turn);
  const now = summits.find((s) => s.leaders && s.month === month)?.name ?? null;
  let next: Summit | undefined;
  for (const s of summits) {
    const at = turnOf(start, s.month);
    if (!s.leaders || at <= turn || at >= months) continue;
    if (!next || at < turnOf(start, next.month)) next = s;
  }
  return { now, next: next ? { month: monthLabel(next.month), name: next.name } : null };
}
