// The BroadcastChannel protocol between the game window and the facilitator console, checked with
// zod on arrival. Every message names its session, so two sessions on one machine never cross; a
// message that is malformed, from another session or from the wrong side is ignored with a reason.

import { z } from 'zod';
import { meterSchema, seatKindSchema } from '../model/gameEvents';
import { METER_MAX, METER_MIN } from '../model/rules/bounds';
import { FILE_LIMITS } from '../report/fileLimits';
import { replaySchema } from '../report/replayFile';
import { neutraliseControls, TEXT_LIMITS } from '../report/safeText';
import { protocol as P } from '../strings/session';

export const PROTOCOL_VERSION = 1;

export const sessionIdSchema = z.string().regex(/^[A-Za-z0-9._~-]{1,80}$/, P.sessionId);
const base = {
  v: z.literal(PROTOCOL_VERSION),
  session: sessionIdSchema,
  id: z.string().min(1).max(64),
};
/** Free text from the console: capped, bidi controls removed. */
const text = (max: number) => z.string().max(max).transform(neutraliseControls);
/** Why the facilitator did it; shown in the session log. */
const reason = text(TEXT_LIMITS.reason).optional();

const meter = meterSchema;
export const customEventSchema = z.object({
  title: text(TEXT_LIMITS.injectTitle),
  text: text(TEXT_LIMITS.injectText),
  effects: z.record(z.string(), z.number().finite()),
});

export const consoleMessageSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('pause'), reason }),
  z.object({ ...base, kind: z.literal('resume'), reason }),
  z.object({ ...base, kind: z.literal('timer.adjust'), minutes: z.number().int().min(-60).max(60), reason }),
  z.object({ ...base, kind: z.literal('inject'), event: z.string().min(1).max(120), reason }),
  z.object({ ...base, kind: z.literal('injectCustom'), custom: customEventSchema, reason }),
  z.object({
    ...base,
    kind: z.literal('adjust'),
    meter,
    value: z.number().min(METER_MIN).max(METER_MAX),
    reason: text(TEXT_LIMITS.reason),
  }),
  z.object({ ...base, kind: z.literal('reveal'), on: z.boolean(), reason }),
  /** Seat changes are the facilitator's alone: the game window's own controls cannot make them. */
  z.object({ ...base, kind: z.literal('seat'), seat: z.enum(['seoul', 'tokyo']), to: seatKindSchema, reason }),
  z.object({ ...base, kind: z.literal('undo'), reason }),
  z.object({ ...base, kind: z.literal('end'), reason }),
  /** Private notes stay in the console; the game never stores their text. */
  z.object({ ...base, kind: z.literal('note'), text: z.string().max(4000) }),
  z.object({ ...base, kind: z.literal('requestState') }),
]);
export type ConsoleMessage = z.infer<typeof consoleMessageSchema>;
export type ConsoleKind = ConsoleMessage['kind'];

export const logEntrySchema = z.object({
  seq: z.number().int(),
  turn: z.number().int(),
  month: z.string(),
  /** Wall time in ms from the game window's clock. */
  at: z.number(),
  kind: z.string(),
  detail: z.string(),
  reason: z.string(),
  outcome: z.enum(['applied', 'refused']),
});
export type LogEntry = z.infer<typeof logEntrySchema>;

export const seminarStateSchema = z.object({
  paused: z.boolean(),
  /** When the month's turn timer runs out (ms, game clock); null when no timer runs or while paused. */
  deadline: z.number().nullable(),
  /** Time left on the timer (ms) at the moment the state was sent. */
  remainingMs: z.number().nullable(),
  minutesPerMonth: z.number(),
  revealed: z.boolean(),
  undoDepth: z.number().int(),
  log: z.array(logEntrySchema),
  sentAt: z.number(),
});
export type SeminarState = z.infer<typeof seminarStateSchema>;

/**
 * The game as a replay, which the console rebuilds; the hash names the scenario's content. A game
 * from a scenario file carries the file, which the console has no other way to get.
 */
export const gameRecordSchema = z.object({
  replay: replaySchema,
  scenarioHash: z.string().min(1).max(64),
  scenarioFile: z.object({ name: z.string().min(1).max(260), text: z.string().max(FILE_LIMITS.scenario) }).optional(),
});

export const gameMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('state'),
    game: gameRecordSchema,
    seminar: seminarStateSchema,
  }),
  z.object({ ...base, kind: z.literal('ack'), re: z.string(), of: z.string() }),
  z.object({ ...base, kind: z.literal('refused'), re: z.string(), of: z.string(), reason: z.string() }),
]);
export type GameMessage = z.infer<typeof gameMessageSchema>;

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: string };

function parseWith<T>(schema: z.ZodType<T>, data: unknown, session: string): Parsed<T> {
  if (typeof data !== 'object' || data === null) return { ok: false, reason: P.notObject };
  const d = data as Record<string, unknown>;
  if (d.v !== PROTOCOL_VERSION) return { ok: false, reason: P.version(String(d.v), PROTOCOL_VERSION) };
  if (d.session !== session) return { ok: false, reason: P.otherSession(String(d.session)) };
  const r = schema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    return {
      ok: false,
      reason: P.malformed(String(d.kind), first.path.join('.') || P.wholeMessage, first.message),
    };
  }
  return { ok: true, message: r.data };
}

/** A message the game window receives from the console. */
export function parseConsoleMessage(data: unknown, session: string): Parsed<ConsoleMessage> {
  return parseWith(consoleMessageSchema, data, session);
}

/** A message the console receives from the game window. */
export function parseGameMessage(data: unknown, session: string): Parsed<GameMessage> {
  return parseWith(gameMessageSchema, data, session);
}

/** Distributes Omit over a union so each message kind keeps its own fields. */
type Body<T> = T extends unknown ? Omit<T, 'v' | 'session' | 'id'> : never;
export type ConsoleBody = Body<ConsoleMessage>;
export type GameBody = Body<GameMessage>;

export function envelope<T extends object>(
  session: string,
  id: string,
  body: T,
): T & { v: 1; session: string; id: string } {
  return { v: PROTOCOL_VERSION, session, id, ...body };
}
