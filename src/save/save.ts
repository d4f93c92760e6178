// Saved games in local storage: one slot holding a replay, not a snapshot. A save names the scenario
// (id and content hash), the settings with the seed, and every accepted decision; a game from a
// scenario file also carries that file. Loading replays the decisions (app/savedGame.ts). Reading
// is pure over a minimal storage interface, so tests can hand in a Map. Version 1 saves (a whole
// persisted XState snapshot) are read into the same shape, with the fingerprint the replay must
// reach. A save that cannot be read is never overwritten silently: it is copied aside under a
// backup key first, and the player is told in plain words.

import { z } from 'zod';
import type { GameContext } from '../model';
import type { ResolvedScenario } from '../model';
import { checkReplay, REPLAY_FORMAT, REPLAY_VERSION, type ReplayFile } from '../report/replayFile';
import { snapshotHash } from '../report/replay';
import { scenarioHash } from '../report/scenarioHash';
import { sizeProblem } from '../report/fileLimits';

export const SAVE_KEY = 'mending-fences/save';
export const SAVE_VERSION = 2;
export const BACKUP_PREFIX = `${SAVE_KEY}.corrupt-`;
/** No save text is read past this size (a finished flagship game is well under 20 kB). */
export const MAX_SAVE_CHARS = 2_000_000;

/** The scenario file a game was played from, kept in its save so the save loads without it. */
export interface ScenarioSource {
  name: string;
  text: string;
}

export interface SaveFile {
  version: typeof SAVE_VERSION;
  /** The game so far as a replay: scenario id, settings (with the seed) and the decisions. */
  replay: ReplayFile;
  /** `scenarioHash` of the scenario the decisions were played with. */
  scenarioHash: string;
  /** Only for a game played from a scenario file. */
  scenarioFile?: ScenarioSource;
  savedAt: string;
}

/** What a migrated old save must reach when replayed, to count as the same game. */
export interface LegacyCheck {
  from: 1;
  /** `snapshotHash` of the old save's context. */
  fingerprint: string;
}

/** The part of `Storage` we use. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveRead =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveFile; legacy?: LegacyCheck }
  | { kind: 'corrupt'; raw: string; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const saveSchema = z.object({
  version: z.literal(SAVE_VERSION),
  replay: z.unknown(),
  scenarioHash: z.string().min(1).max(64),
  scenarioFile: z.object({ name: z.string().min(1).max(260), text: z.string() }).optional(),
  savedAt: z.string().max(64),
});

/** Checks the shape of a save's text without touching storage. */
export function parseSave(raw: string): SaveRead {
  const big = sizeProblem('save', raw);
  if (big) return { kind: 'corrupt', raw, reason: big };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', raw, reason: 'the saved data is not valid JSON' };
  }
  if (!isObject(data)) return { kind: 'corrupt', raw, reason: 'the saved data is not a saved game' };
  if (data.version === 1) return migrateV1(raw, data);
  if (data.version !== SAVE_VERSION) {
    return { kind: 'corrupt', raw, reason: `it was saved by another version of the game (${String(data.version)})` };
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) return { kind: 'corrupt', raw, reason: 'parts of the saved game are missing' };
  const replay = checkReplay(parsed.data.replay, 'the saved game');
  if (!replay.ok) return { kind: 'corrupt', raw, reason: replay.message.replace(/\.$/, '') };
  return { kind: 'ok', save: { ...parsed.data, replay: replay.replay } };
}

/**
 * A version 1 save held `actor.getPersistedSnapshot()`. Its context has what a replay needs: the
 * settings the game started from, the decisions and the resolved scenario (for the content hash).
 */
function migrateV1(raw: string, data: Record<string, unknown>): SaveRead {
  const snap = data.snapshot;
  if (typeof data.scenarioId !== 'string' || !isObject(snap) || !isObject(snap.context)) {
    return { kind: 'corrupt', raw, reason: 'parts of the saved game are missing' };
  }
  const ctx = snap.context;
  const decisions = Array.isArray(ctx.decisions) ? ctx.decisions.map((d) => (isObject(d) ? d.event : d)) : undefined;
  const settings = isObject(ctx.inputSettings) ? ctx.inputSettings : undefined;
  const replay = checkReplay(
    {
      format: REPLAY_FORMAT,
      version: REPLAY_VERSION,
      scenario: data.scenarioId,
      seed: settings?.seed,
      settings,
      decisions,
    },
    'the saved game (an older kind of save)',
  );
  if (!replay.ok) return { kind: 'corrupt', raw, reason: replay.message.replace(/\.$/, '') };
  if (!isObject(ctx.scenario)) return { kind: 'corrupt', raw, reason: 'the saved game state is incomplete' };
  let hash: string;
  let fingerprint: string;
  try {
    hash = scenarioHash(ctx.scenario as unknown as ResolvedScenario);
    fingerprint = snapshotHash(ctx as unknown as GameContext);
  } catch {
    return { kind: 'corrupt', raw, reason: 'the saved game state is incomplete' };
  }
  const savedAt = typeof data.savedAt === 'string' ? data.savedAt : '';
  return {
    kind: 'ok',
    save: { version: SAVE_VERSION, replay: replay.replay, scenarioHash: hash, savedAt },
    legacy: { from: 1, fingerprint },
  };
}

export function readSave(store: KeyValueStore): SaveRead {
  const raw = store.getItem(SAVE_KEY);
  return raw === null ? { kind: 'none' } : parseSave(raw);
}

export function makeSave(replay: ReplayFile, hash: string, now: Date, scenarioFile?: ScenarioSource): SaveFile {
  const save: SaveFile = { version: SAVE_VERSION, replay, scenarioHash: hash, savedAt: now.toISOString() };
  return scenarioFile ? { ...save, scenarioFile } : save;
}

export function writeSave(store: KeyValueStore, save: SaveFile): void {
  store.setItem(SAVE_KEY, JSON.stringify(save));
}

/** The first free backup key: `mending-fences/save.corrupt-1`, `-2`, … */
export function nextBackupKey(store: KeyValueStore): string {
  let n = 1;
  while (store.getItem(`${BACKUP_PREFIX}${n}`) !== null) n++;
  return `${BACKUP_PREFIX}${n}`;
}

/** Moves an unreadable save aside (copy first, then clear the slot). Returns the backup key. */
export function quarantineSave(store: KeyValueStore, raw: string): string {
  const key = nextBackupKey(store);
  store.setItem(key, raw);
  if (store.getItem(key) === raw) store.removeItem(SAVE_KEY);
  return key;
}

/** Plain words for the title screen. */
export function corruptMessage(reason: string, backupKey: string): string {
  return (
    `Your saved game could not be opened: ${reason}. ` +
    `Nothing was deleted: it has been kept aside in this browser under "${backupKey}". ` +
    'You can start a new game.'
  );
}
