// The single-machine seminar's autosave: one slot per session id in local storage, holding the game
// as a save (a replay, save/save.ts, with the scenario file for a file game), the seminar's own
// memory (facilitator log, pause, reveal, timer, undo points) and the keys that pair the console
// and the brief windows with this game. Reading checks every part and never throws: a slot that
// cannot be read is reported in plain words and the seminar starts afresh (the slot is kept aside).
// An index keeps the newest few seminars' slots; older ones are dropped when a new one is written.

import { z } from 'zod';
import { logEntrySchema } from '../seminar/protocol';
import type { SessionMemory } from '../seminar/session';
import { type KeyValueStore, parseSave, type SaveFile } from '../save/save';
import { app as A } from '../strings';

export const SEMINAR_SAVE_PREFIX = 'mending-fences/seminar:';
export const SEMINAR_SAVE_VERSION = 1;

/** The secrets a seminar window hands out: the console's, and one per delegation's brief window. */
export interface SeminarKeys {
  facilitator: string;
  seoul: string;
  tokyo: string;
}

export interface SeminarSave {
  version: typeof SEMINAR_SAVE_VERSION;
  sessionId: string;
  game: SaveFile;
  memory: SessionMemory;
  keys: SeminarKeys;
  /** Delegations whose private brief opens in its own window (the projected window never draws it). */
  briefWindows: ('seoul' | 'tokyo')[];
}

const key = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
const timerSchema = z.object({ deadline: z.number().nullable(), frozen: z.number().nullable() });
const memorySchema = z.object({
  log: z.array(logEntrySchema).max(5_000),
  controls: z.object({ paused: z.boolean(), revealed: z.boolean(), timer: timerSchema }),
  undo: z.array(z.number().int().min(0)).max(1_000),
  planningTurn: z.number().int().nullable(),
});
const slotSchema = z.object({
  version: z.literal(SEMINAR_SAVE_VERSION),
  sessionId: z.string().max(80),
  game: z.unknown(),
  memory: memorySchema,
  keys: z.object({ facilitator: key, seoul: key, tokyo: key }),
  briefWindows: z.array(z.enum(['seoul', 'tokyo'])).max(2),
});

export const seminarSaveKey = (sessionId: string) => `${SEMINAR_SAVE_PREFIX}${sessionId}`;
/** The session ids with a slot, newest last. */
export const SEMINAR_INDEX_KEY = 'mending-fences/seminars';
/** Seminars kept in this browser (a class rarely needs more than the last few). */
export const SEMINARS_KEPT = 5;

function readIndex(store: KeyValueStore): string[] {
  try {
    const ids: unknown = JSON.parse(store.getItem(SEMINAR_INDEX_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(-50) : [];
  } catch {
    return [];
  }
}

export type SeminarRead = { kind: 'none' } | { kind: 'ok'; save: SeminarSave } | { kind: 'bad'; reason: string };

export function readSeminarSave(store: KeyValueStore, sessionId: string): SeminarRead {
  const raw = store.getItem(seminarSaveKey(sessionId));
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'bad', reason: A.seminar.autosaveNotJson };
  }
  const slot = slotSchema.safeParse(data);
  if (!slot.success) return { kind: 'bad', reason: A.seminar.autosavePartsMissing };
  if (slot.data.sessionId !== sessionId) return { kind: 'bad', reason: A.seminar.autosaveOtherSession };
  const game = parseSave(JSON.stringify(slot.data.game));
  if (game.kind !== 'ok')
    return { kind: 'bad', reason: game.kind === 'corrupt' ? game.reason : A.seminar.autosaveNoGame };
  return { kind: 'ok', save: { ...slot.data, game: game.save } };
}

/** Writes the slot (it may throw when storage is full) and drops the slots of older seminars. */
export function writeSeminarSave(store: KeyValueStore, save: SeminarSave): void {
  const index = [...readIndex(store).filter((id) => id !== save.sessionId), save.sessionId];
  for (const old of index.slice(0, -SEMINARS_KEPT)) store.removeItem(seminarSaveKey(old));
  const kept = index.slice(-SEMINARS_KEPT);
  if (kept.join() !== readIndex(store).join()) store.setItem(SEMINAR_INDEX_KEY, JSON.stringify(kept));
  store.setItem(seminarSaveKey(save.sessionId), JSON.stringify(save));
}

/** Moves an unreadable slot aside (under `…corrupt`) so a fresh seminar does not overwrite it. */
export function setSeminarSaveAside(store: KeyValueStore, sessionId: string): string {
  const from = seminarSaveKey(sessionId);
  const to = `${from}.corrupt`;
  const raw = store.getItem(from);
  if (raw !== null) store.setItem(to, raw);
  store.removeItem(from);
  return to;
}
