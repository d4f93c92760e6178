// Which events fire in a month. Scheduled events fire on their historical month when their
// conditions hold; random events may fire from their anchor month to their last month with their
// monthly probability (scaled by the session's event density). At most MAX_RANDOM random events
// fire in one month so a seminar turn stays readable.

import type { EventDef } from '../../content/schema';
import { monthNumber } from './calendar';
import { allHold, type ConditionState } from './conditions';

export const MAX_RANDOM_PER_MONTH = 2;

export function isEligible(e: EventDef, month: string, endMonth: string, s: ConditionState): boolean {
  if (!e.repeatable && e.id in s.firedEvents) return false;
  const now = monthNumber(month);
  if (e.kind === 'scheduled') {
    if (monthNumber(e.month) !== now) return false;
  } else {
    if (now < monthNumber(e.month) || now > monthNumber(e.until ?? endMonth)) return false;
  }
  return allHold(e.conditions, s);
}

/**
 * The ids of the events that fire this month, in deck order. `draw` gives uniform numbers in
 * [0, 1); exactly one is consumed per eligible random event, so the sequence is reproducible.
 */
export function eventsThisMonth(
  events: Record<string, EventDef>,
  month: string,
  endMonth: string,
  s: ConditionState,
  density: number,
  draw: () => number,
): string[] {
  const fired: string[] = [];
  let randoms = 0;
  for (const id in events) {
    const e = events[id];
    if (!isEligible(e, month, endMonth, s)) continue;
    if (e.kind === 'scheduled') {
      fired.push(id);
    } else {
      const u = draw();
      if (randoms < MAX_RANDOM_PER_MONTH && u < Math.min(1, e.probability * density)) {
        fired.push(id);
        randoms++;
      }
    }
  }
  return fired;
}
