// The records a table's log holds, one per accepted action: a seat's game event, a facilitator's
// console action, and a message between delegations. Replaying them in order, with their times as
// the clock, rebuilds the table exactly. Checked with zod when a log is read back.

import { z } from 'zod';
import { AUDIENCES, ROLES } from './inbound';

const base = { seq: z.number().int().min(1), at: z.number().finite(), by: z.enum(ROLES) };

export const recordSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('play'), event: z.record(z.string(), z.unknown()) }),
  z.object({ ...base, kind: z.literal('console'), action: z.record(z.string(), z.unknown()) }),
  z.object({ ...base, kind: z.literal('say'), to: z.enum(AUDIENCES), text: z.string().max(2000) }),
]);
export type TableRecord = z.infer<typeof recordSchema>;
export type NewRecord = TableRecord extends infer R ? (R extends TableRecord ? Omit<R, 'seq'> : never) : never;

export const headerSchema = z.object({
  kind: z.literal('table'),
  v: z.literal(1),
  code: z.string(),
  table: z.string(),
  createdAt: z.number(),
});
export type TableHeader = z.infer<typeof headerSchema>;

export function parseRecord(value: unknown): TableRecord | null {
  const r = recordSchema.safeParse(value);
  return r.success ? r.data : null;
}
