// The events the machine accepts, defined once as zod schemas; their TypeScript types are inferred
// from them. The replay file and the seminar protocol parse with these schemas, so a field added
// here is checked everywhere it travels. Event names are dot.case, namespaced by who sends them.

import { z } from 'zod';
import { ALLIES, ANSWERS, CHANNELS, DIFFICULTIES, METERS, POSTURES, SEAT_KINDS, SEATS } from './vocabulary';

export const meterSchema = z.enum(METERS);
export const allySchema = z.enum(ALLIES);
export const seatSchema = z.enum(SEATS);
export const seatKindSchema = z.enum(SEAT_KINDS);
export const postureSchema = z.literal(POSTURES);
export const channelSchema = z.enum(CHANNELS);
export const answerSchema = z.enum(ANSWERS);

/** Slowest and fastest random-event density a game may be set to (seminar length presets). */
export const EVENT_DENSITY = { min: 0.25, max: 2 } as const;

export const settingsSchema = z.object({
  seed: z.number().int(),
  difficulty: z.enum(DIFFICULTIES),
  seats: z.object({ washington: seatKindSchema, seoul: seatKindSchema, tokyo: seatKindSchema }),
  /** Scales random events' monthly probability (seminar length presets). */
  eventDensity: z.number().min(EVENT_DENSITY.min).max(EVENT_DENSITY.max),
  /** Fire anchored random events in their real month (rules/events.ts); absent means drawn. */
  historicalCalendar: z.boolean().optional(),
});

/** The longest title and text of a facilitator's own event. */
export const CUSTOM_EVENT_LIMITS = { title: 120, text: 2000 } as const;
/** The longest id, delegation rationale and facilitator reason an event may carry, and the most initiatives a plan may hold. */
export const EVENT_LIMITS = { id: 120, rationale: 200, reason: 500, planInitiatives: 50 } as const;
const id = z.string().max(EVENT_LIMITS.id);

export const customEventSchema = z.object({
  title: z.string().max(CUSTOM_EVENT_LIMITS.title),
  text: z.string().max(CUSTOM_EVENT_LIMITS.text),
  effects: z.partialRecord(meterSchema, z.number()),
});

export const planSchema = z.object({
  posture: z.object({ seoul: postureSchema, tokyo: postureSchema }),
  initiatives: z.array(z.object({ id, channel: channelSchema })).max(EVENT_LIMITS.planInitiatives),
});

/** Each event's known fields are checked; unknown ones are kept (not stripped) for the machine to judge. */
const event = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

const playerEvents = [
  event({ type: z.literal('setup.configure'), settings: settingsSchema.partial() }),
  event({ type: z.literal('setup.confirm') }),
  event({ type: z.literal('briefing.done') }),
  event({ type: z.literal('posture.set'), ally: allySchema, posture: postureSchema }),
  event({ type: z.literal('initiative.queue'), initiative: id, channel: channelSchema }),
  event({ type: z.literal('initiative.cancel'), initiative: id }),
  /** Ends planning; a `plan` replaces the month's postures and initiatives in one step (scripts). */
  event({ type: z.literal('turn.commit'), plan: planSchema.optional() }),
  event({ type: z.literal('event.choose'), event: id, choice: id }),
  event({ type: z.literal('turn.next') }),
  event({ type: z.literal('seat.assign'), seat: seatSchema, kind: seatKindSchema }),
] as const;

const delegationEvent = event({
  type: z.literal('proposal.answer'),
  seat: seatSchema,
  proposal: id,
  answer: answerSchema,
  rationale: z.string().max(EVENT_LIMITS.rationale).optional(),
});

const facilitatorEvents = [
  event({ type: z.literal('facilitator.inject'), event: id }),
  event({ type: z.literal('facilitator.injectCustom'), custom: customEventSchema }),
  event({
    type: z.literal('facilitator.adjust'),
    meter: meterSchema,
    value: z.number(),
    reason: z.string().max(EVENT_LIMITS.reason),
  }),
  event({ type: z.literal('facilitator.end') }),
] as const;

export const playerEventSchema = z.discriminatedUnion('type', [...playerEvents]);
export const facilitatorEventSchema = z.discriminatedUnion('type', [...facilitatorEvents]);
export const gameEventSchema = z.discriminatedUnion('type', [...playerEvents, delegationEvent, ...facilitatorEvents]);

/** A parsed object's own fields, without the index signature that keeping unknown fields adds. */
type Known<T> = T extends unknown ? { [K in keyof T as string extends K ? never : K]: T[K] } : never;

export type Settings = z.infer<typeof settingsSchema>;
export type CustomEvent = z.infer<typeof customEventSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlayerEvent = Known<z.infer<typeof playerEventSchema>>;
export type DelegationEvent = Known<z.infer<typeof delegationEvent>>;
export type FacilitatorEvent = Known<z.infer<typeof facilitatorEventSchema>>;
export type GameEvent = PlayerEvent | DelegationEvent | FacilitatorEvent;
export type GameEventType = GameEvent['type'];
