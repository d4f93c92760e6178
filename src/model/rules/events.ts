// Which events fire in a month. Scheduled events fire on their historical month when their
// conditions hold; random events may fire from their anchor month to their last month with their
// monthly probability (scaled by the session's event density). At most MAX_RANDOM random events
// fire in one month so a seminar turn stays readable.

import type { EventDef } from '../../content/schema';
import { monthNumber } from './calendar';
import { allHold, type ConditionState } from './conditions';

export const MAX_RANDOM_PER_MONTH = 2;

/** The months (as month numbers, both included) in which an event may fire. */
interface EventWindow {
  id: string;
  def: EventDef;
  from: number;
  to: number;
}

function windowOf(id: string, e: EventDef, endMonth: string): EventWindow {
  const from = monthNumber(e.month);
  const to = e.kind === 'scheduled' ? from : monthNumber(e.until ?? endMonth);
  return { id, def: e, from, to };
}

function inWindow(w: EventWindow, now: number): boolean {
  return now >= w.from && now <= w.to;
}

/** Not yet fired (or repeatable) and its conditions hold: the part of eligibility that is not the calendar. */
function isOpen(e: EventDef, s: ConditionState): boolean {
  if (!e.repeatable && e.id in s.firedEvents) return false;
  return allHold(e.conditions, s);
}

const windowCache = new WeakMap<Record<string, EventDef>, { endMonth: string; windows: readonly EventWindow[] }>();

/** Every event's window, in deck order; worked out once per deck (scenario data is never mutated). */
function windowsOf(events: Record<string, EventDef>, endMonth: string): readonly EventWindow[] {
  const cached = windowCache.get(events);
  if (cached?.endMonth === endMonth) return cached.windows;
  const windows: EventWindow[] = [];
  for (const id in events) windows.push(windowOf(id, events[id], endMonth));
  windowCache.set(events, { endMonth, windows });
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
): string[] {
  const fired: string[] = [];
  let randoms = 0;
  for (const w of windowsOf(events, endMonth)) {
    const e = w.def;
    if (!inWindow(w, now) || !isOpen(e, s)) continue;
    if (e.kind === 'scheduled') {
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
