// The events phase: the month's scheduled and random events fire and apply their effects; events
// with choices wait for Washington's pick. The facilitator can inject a library event or a custom
// one at any point of planning. Pure.

import { CUSTOM_EVENT_LIMITS } from '../gameEvents';
import { type RngState, startDraws } from '../random';
import { monthNumber } from '../rules/calendar';
import * as refuse from '../../strings/refusals';
import { applyEffects, cause } from '../rules/effects';
import { cardOf, isOffered, offeredChoices, variantIdFor } from '../rules/cardVariants';
import { eventsInMonth } from '../rules/events';
import { type CustomEvent, type FiredEvent, type GameContext, METERS, type MeterKey } from '../types';
import { draftOf, nextContext } from '../context';

export function drawEvents(ctx: GameContext): GameContext {
  const { scenario } = ctx;
  const draws = startDraws(ctx.rng);
  const now = monthNumber(scenario.start) + ctx.turn;
  const calendar = ctx.settings.historicalCalendar ? 'historical' : 'drawn';
  const ids = eventsInMonth(scenario.events, now, scenario.end, ctx, ctx.settings.eventDensity, draws.next, calendar);
  const rng = draws.done();
  return ids.length === 0 ? nextContext(ctx, { rng }) : fireWithRng(ctx, ids, false, rng);
}

/** Fire library events now: their effects apply, and each waits for a choice if it has any. */
export function fireEvents(ctx: GameContext, ids: readonly string[], injected: boolean): GameContext {
  return ids.length === 0 ? ctx : fireWithRng(ctx, ids, injected, ctx.rng);
}

/** The context after `ids` fire, with the generator state `rng`. */
function fireWithRng(ctx: GameContext, ids: readonly string[], injected: boolean, rng: RngState): GameContext {
  const draft = draftOf(ctx);
  const firedNow: Record<string, number> = {};
  const monthEvents = [...ctx.monthEvents];
  // A card's variant sees the events of its own month too (the record barrage before Phnom Penh).
  const seen = { ...ctx, firedEvents: { ...ctx.firedEvents, ...Object.fromEntries(ids.map((id) => [id, ctx.turn])) } };
  for (const id of ids) {
    const variant = variantIdFor(ctx.scenario.events[id], seen);
    applyEffects(draft, cardOf(ctx.scenario.events[id], variant).effects, cause('event', id));
    firedNow[id] = ctx.turn;
    monthEvents.push({ id, ...(injected && { injected }), ...(variant !== undefined && { variant }) });
  }
  // Merged in one spread: V8 is slower to add keys one by one to a copy of this large record.
  const firedEvents = { ...ctx.firedEvents, ...firedNow };
  return nextContext(ctx, { rng, meters: draft.meters, monthLedger: draft.ledger, firedEvents, monthEvents });
}

export function fireEvent(ctx: GameContext, id: string, injected: boolean): GameContext {
  return fireEvents(ctx, [id], injected);
}

export function injectProblem(ctx: GameContext, id: unknown): string | null {
  if (typeof id !== 'string' || !(id in ctx.scenario.events)) return refuse.event.unknown(String(id));
  // Once a month: a second copy could never get its own choice (choices are made by event id).
  if (ctx.monthEvents.some((e) => e.id === id)) return refuse.event.alreadyThisMonth(ctx.scenario.events[id].title);
  return null;
}

export const CUSTOM_EFFECT_LIMIT = 25;

export function customProblem(custom: unknown): string | null {
  const c = custom as Partial<CustomEvent> | undefined;
  if (!c || typeof c.title !== 'string' || c.title.trim() === '') return refuse.event.customNeedsTitle;
  if (typeof c.text !== 'string') return refuse.event.customNeedsText;
  if (c.title.length > CUSTOM_EVENT_LIMITS.title || c.text.length > CUSTOM_EVENT_LIMITS.text)
    return refuse.event.customTooLong(CUSTOM_EVENT_LIMITS.title, CUSTOM_EVENT_LIMITS.text.toLocaleString('en-US'));
  const effects = c.effects ?? {};
  for (const [k, v] of Object.entries(effects)) {
    if (!METERS.includes(k as MeterKey)) return refuse.event.unknownMeter(k);
    if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > CUSTOM_EFFECT_LIMIT) {
      return refuse.event.effectRange(k, CUSTOM_EFFECT_LIMIT);
    }
  }
  return null;
}

export function injectCustom(ctx: GameContext, custom: CustomEvent): GameContext {
  const id = `custom-${ctx.turn}-${ctx.monthEvents.length + 1}`;
  const draft = draftOf(ctx);
  applyEffects(draft, custom.effects, cause('event', id));
  return nextContext(ctx, {
    meters: draft.meters,
    monthLedger: draft.ledger,
    monthEvents: [...ctx.monthEvents, { id, injected: true, custom }],
  });
}

export function pendingChoices(ctx: GameContext): FiredEvent[] {
  return ctx.monthEvents.filter(
    (e) => !e.custom && !e.choice && offeredChoices(ctx.scenario.events[e.id], ctx).length > 0,
  );
}

export function chooseProblem(ctx: GameContext, id: unknown, choice: unknown): string | null {
  const fired = ctx.monthEvents.find((e) => e.id === id);
  if (!fired || fired.custom) return refuse.event.notWaiting(String(id));
  if (fired.choice) return refuse.event.alreadyChosen(String(id));
  const def = ctx.scenario.events[fired.id];
  if (!def.choices.some((c) => c.id === choice)) return refuse.event.notAChoice(String(choice), def.title);
  if (!isOffered(def, String(choice), ctx)) return refuse.event.notOffered(String(choice));
  return null;
}

export function chooseEvent(ctx: GameContext, id: string, choiceId: string): GameContext {
  const def = ctx.scenario.events[id];
  const choice = def.choices.find((c) => c.id === choiceId);
  if (!choice) return ctx;
  const draft = draftOf(ctx);
  applyEffects(draft, choice.effects, cause('choice', id, choiceId));
  return nextContext(ctx, {
    meters: draft.meters,
    monthLedger: draft.ledger,
    bandwidthDebt: ctx.bandwidthDebt + choice.bandwidth,
    monthEvents: ctx.monthEvents.map((e) => (e.id === id ? { ...e, choice: choiceId } : e)),
  });
}
