// Which events fire in a month. Scheduled events fire on their historical month when their
// conditions hold; random events may fire from their anchor month to their last month with their
// monthly probability (scaled by the session's event density). At most MAX_RANDOM random events
// fire in one month so a seminar turn stays readable. Under the historical calendar (a setting), a
// random event with a historical month fires in that month as if scheduled, and a counterfactual
// card never fires; the default calendar draws every random event.

import type { EventDef } from '../../content/schema';
import { monthNumber } from './calendar';
import { allHold, type ConditionState } from './conditions';

export const MAX_RANDOM_PER_MONTH = 2;

/** How random events are timed: drawn each month (the default) or fired in their real month. */
export type EventCalendar = 'drawn' | 'historical';

/** The months (as month numbers, both included) in which an event may fire. */
interface EventWindow {
  id: string;
  def: EventDef;
  from: number;
  to: number;
  /** Fires whenever open in its window, with no draw (scheduled, or anchored under the historical calendar). */
  certain: boolean;
}

function windowOf(id: string, e: EventDef, endMonth: string, calendar: EventCalendar = 'drawn'): EventWindow {
  if (calendar === 'historical' && e.kind === 'random') {
    if (e.counterfactual) return { id, def: e, from: 1, to: 0, certain: false };
    if (e.historicalMonth) {
      const m = monthNumber(e.historicalMonth);
      return { id, def: e, from: m, to: m, certain: true };
    }
  }
  const from = monthNumber(e.month);
  const to = e.kind === 'scheduled' ? from : monthNumber(e.until ?? endMonth);
  return { id, def: e, from, to, certain: e.kind === 'scheduled' };
}

function inWindow(w: EventWindow, now: number): boolean {
  return now >= w.from && now <= w.to;
}

/** Not yet fired (or repeatable) and its conditions hold: the part of eligibility that is not the calendar. */
function isOpen(e: EventDef, s: ConditionState): boolean {
  if (!e.repeatable && e.id in s.firedEvents) return false;
  return allHold(e.conditions, s);
}

const windowCache = new WeakMap<
  Record<string, EventDef>,
  { endMonth: string; calendar: EventCalendar; windows: readonly EventWindow[] }
>();

/** Every event's window, in deck order; worked out once per deck (scenario data is never mutated). */
function windowsOf(
  events: Record<string, EventDef>,
  endMonth: string,
  calendar: EventCalendar,
): readonly EventWindow[] {
  const cached = windowCache.get(events);
  if (cached?.endMonth === endMonth && cached.calendar === calendar) return cached.windows;
  const windows: EventWindow[] = [];
  for (const id in events) windows.push(windowOf(id, events[id], endMonth, calendar));
  windowCache.set(events, { endMonth, calendar, windows });
  return windows;
}

/**
 * The ids of the events that fire in month number `now` (see `monthNumber`), in deck order. `draw`
 * gives uniform numbers in [0, 1); exactly one is consumed per eligible random event, so the
 * sequence is reproducible.
 */
export function eventsInMonth(
  events: Record<string, EventDef>,
  now: number,
  endMonth: string,
  s: ConditionState,
  density: number,
  draw: () => number,
  calendar: EventCalendar = 'drawn',
): string[] {
  const fired: string[] = [];
  let randoms = 0;
  for (const w of windowsOf(events, endMonth, calendar)) {
    const e = w.def;
    if (!inWindow(w, now) || !isOpen(e, s)) continue;
    if (w.certain) {
      fired.push(w.id);
    } else {
      const u = draw();
      if (randoms < MAX_RANDOM_PER_MONTH && u < Math.min(1, e.probability * density)) {
        fired.push(w.id);
        randoms++;
      }
    }
  }
  return fired;
}
