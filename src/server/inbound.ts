// Every message a networked client may send, as zod schemas: the handshake, a player's or a
// delegation's game event, a facilitator's console action, a seat change and a message between
// delegations. Nothing reaches a table unparsed; free text is capped and its bidi controls removed.

import { z } from 'zod';
import { ANSWERS, CHANNELS } from '../model/types';
import { AUDIENCES } from '../report/messages';
import { neutraliseControls, TEXT_LIMITS } from '../report/safeText';
import { consoleMessageSchema } from '../seminar/protocol';
import { inbound as I } from '../strings/server';

export { AUDIENCES, type Audience, ROLES, type Role } from '../report/messages';

const credential = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, I.credential);
const text = (max: number, what: string) =>
  z
    .string()
    .max(max, I.tooLong(what, max))
    .transform((s) => neutraliseControls(s).trim());

/** What a socket presents when it connects: a seat's join code, a device token, or the facilitator's key. */
export const handshakeSchema = z.union([
  z.object({ token: credential }).strict(),
  z.object({ join: credential }).strict(),
  /** The facilitator's key; `table` narrows the socket to one table (an assistant at that table). */
  z
    .object({
      key: credential,
      table: z
        .string()
        .regex(/^[0-9]{1,3}$/)
        .optional(),
    })
    .strict(),
]);
export type Handshake = z.infer<typeof handshakeSchema>;

const id = z.string().min(1).max(120);
const tableId = z.string().regex(/^[0-9]{1,3}$/, I.tableId);

/** Game events a seat may send. The seat of an answer is the socket's own; a client never names another. */
export const playSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('briefing.done') }).strict(),
  z
    .object({
      type: z.literal('posture.set'),
      ally: z.enum(['seoul', 'tokyo']),
      posture: z.number().int().min(0).max(3),
    })
    .strict(),
  z.object({ type: z.literal('initiative.queue'), initiative: id, channel: z.enum(CHANNELS) }).strict(),
  z.object({ type: z.literal('initiative.cancel'), initiative: id }).strict(),
  z.object({ type: z.literal('turn.commit') }).strict(),
  z.object({ type: z.literal('event.choose'), event: id, choice: id }).strict(),
  z.object({ type: z.literal('turn.next') }).strict(),
  z
    .object({
      type: z.literal('proposal.answer'),
      proposal: id,
      answer: z.enum(ANSWERS),
      rationale: text(TEXT_LIMITS.rationale, I.rationale).optional(),
    })
    .strict(),
]);
export type PlayMessage = z.infer<typeof playSchema>;

/** A console action for one table: today's console protocol without its envelope. */
const consoleBodySchema = z
  .object({ kind: z.string() })
  .passthrough()
  .transform((b, ctx) => {
    const r = consoleMessageSchema.safeParse({ ...b, v: 1, session: 'x', id: 'x' });
    if (!r.success) {
      const first = r.error.issues[0];
      ctx.addIssue({ code: 'custom', message: I.inAction(first.path.join('.') || I.action, first.message) });
      return z.NEVER;
    }
    const { v: _v, session: _s, id: _i, ...body } = r.data;
    return body;
  });

export const consoleSchema = z.object({ table: tableId, action: consoleBodySchema }).strict();
export const seatSchema = z
  .object({ table: tableId, seat: z.enum(['seoul', 'tokyo']), kind: z.enum(['human', 'computer']) })
  .strict();

export const saySchema = z
  .object({
    /** Only the facilitator names a table; a seat always writes to its own. */
    table: tableId.optional(),
    to: z.enum(AUDIENCES),
    text: text(TEXT_LIMITS.message, I.message).pipe(z.string().min(1, I.emptyMessage)),
  })
  .strict();
export const tableOnlySchema = z.object({ table: tableId }).strict();

/** Parse or give one readable reason. */
export function parse<T>(schema: z.ZodType<T>, data: unknown): { ok: true; value: T } | { ok: false; reason: string } {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  const first = r.error.issues[0];
  const where = first.path.join('.');
  return { ok: false, reason: I.malformed(where, first.message) };
}
