// Saved games in local storage: one slot with a schema version. Reading is pure over a minimal
// storage interface, so tests can hand in a Map. A save that cannot be read is never overwritten
// silently: it is copied aside under a backup key first, and the player is told in plain words.

import type { Settings } from '../model';
import { sizeProblem } from '../report/fileLimits';

export const SAVE_KEY = 'mending-fences/save';
export const SAVE_VERSION = 1;
export const BACKUP_PREFIX = `${SAVE_KEY}.corrupt-`;

export interface SaveFile {
  version: typeof SAVE_VERSION;
  scenarioId: string;
  settings: Settings;
  /** `actor.getPersistedSnapshot()`, as JSON. */
  snapshot: unknown;
  savedAt: string;
}

/** The part of `Storage` we use. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveRead =
  | { kind: 'none' }
  | { kind: 'ok'; save: SaveFile }
  | { kind: 'corrupt'; raw: string; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

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
  if (data.version !== SAVE_VERSION) {
    return { kind: 'corrupt', raw, reason: `it was saved by another version of the game (${String(data.version)})` };
  }
  if (typeof data.scenarioId !== 'string' || !isObject(data.settings) || !isObject(data.snapshot)) {
    return { kind: 'corrupt', raw, reason: 'parts of the saved game are missing' };
  }
  const snap = data.snapshot;
  if (!isObject(snap.context) || snap.value === undefined) {
    return { kind: 'corrupt', raw, reason: 'the saved game state is incomplete' };
  }
  return { kind: 'ok', save: data as unknown as SaveFile };
}

export function readSave(store: KeyValueStore): SaveRead {
  const raw = store.getItem(SAVE_KEY);
  return raw === null ? { kind: 'none' } : parseSave(raw);
}

export function makeSave(scenarioId: string, settings: Settings, snapshot: unknown, now: Date): SaveFile {
  return { version: SAVE_VERSION, scenarioId, settings, snapshot, savedAt: now.toISOString() };
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
