// Player preferences in local storage, apart from the saved game: reduced motion, sound (a
// volume, and mute for solo play and for seminars apart: a seminar starts muted), and whether the
// guided first month was finished or skipped. Each field is read on its own, so one bad value loses
// only itself.

import type { KeyValueStore } from './save';

export const PREFS_KEY = 'mending-fences/prefs';

/** The volume steps a player cycles through, and the first one. */
export const VOLUMES = [0.25, 0.5, 0.75, 1] as const;
export const DEFAULT_VOLUME = 0.5;

export interface Prefs {
  reducedMotion: boolean;
  volume: number;
  /** Muted in solo play. */
  muted: boolean;
  /** Muted while a seminar runs (a projector in a classroom: on by choice only). */
  seminarMuted: boolean;
  /** The guided first month was finished or skipped: it no longer opens by itself. */
  guideDone: boolean;
}

/** The preferences the player set (each valid field on its own: a bad one is dropped, not the rest). */
function storedPrefs(store: KeyValueStore): Partial<Prefs> {
  let data: Partial<Record<keyof Prefs, unknown>> | null = null;
  try {
    data = JSON.parse(store.getItem(PREFS_KEY) ?? 'null');
  } catch {
    // unreadable preferences fall back to the defaults
  }
  const out: Partial<Prefs> = {};
  if (!data || typeof data !== 'object') return out;
  for (const k of ['reducedMotion', 'muted', 'seminarMuted', 'guideDone'] as const) {
    if (typeof data[k] === 'boolean') out[k] = data[k];
  }
  if ((VOLUMES as readonly unknown[]).includes(data.volume)) out.volume = data.volume as number;
  return out;
}

/** The player's preferences over the defaults; reduced motion follows the system's until set here. */
export function readPrefs(store: KeyValueStore, systemReducedMotion: boolean): Prefs {
  const defaults = {
    reducedMotion: systemReducedMotion,
    volume: DEFAULT_VOLUME,
    muted: false,
    seminarMuted: true,
    guideDone: false,
  };
  return { ...defaults, ...storedPrefs(store) };
}

/** Remembers the settings in `change` (and only what the player has set, so the rest keep following their defaults). */
export function writePrefs(store: KeyValueStore, change: Partial<Prefs>): void {
  store.setItem(PREFS_KEY, JSON.stringify({ ...storedPrefs(store), ...change }));
}

/** The next volume step after `volume` (wrapping to the quietest). */
export function nextVolume(volume: number): number {
  const i = VOLUMES.findIndex((v) => v > volume + 1e-9);
  return i < 0 ? VOLUMES[0] : VOLUMES[i];
}

/** The level sound plays at now: 0 when the current mode is muted. */
export function soundLevel(prefs: Prefs, seminar: boolean): number {
  return (seminar ? prefs.seminarMuted : prefs.muted) ? 0 : prefs.volume;
}
