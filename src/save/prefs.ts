// Player preferences (reduced motion; whether the guided first month was finished or skipped) in
// local storage, apart from the saved game. Each field is read on its own, so one bad value loses
// only itself.

import type { KeyValueStore } from './save';

export const PREFS_KEY = 'mending-fences/prefs';

export interface Prefs {
  reducedMotion: boolean;
  /** The guided first month was finished or skipped: it no longer opens by itself. */
  guideDone: boolean;
}

function stored(store: KeyValueStore): Partial<Record<keyof Prefs, unknown>> | null {
  try {
    return JSON.parse(store.getItem(PREFS_KEY) ?? 'null') as Partial<Record<keyof Prefs, unknown>> | null;
  } catch {
    return null; // unreadable preferences fall back to the defaults
  }
}

export function readPrefs(store: KeyValueStore, systemReducedMotion: boolean): Prefs {
  const data = stored(store);
  return {
    reducedMotion: typeof data?.reducedMotion === 'boolean' ? data.reducedMotion : systemReducedMotion,
    guideDone: data?.guideDone === true,
  };
}

export function writePrefs(store: KeyValueStore, prefs: Prefs): void {
  store.setItem(PREFS_KEY, JSON.stringify(prefs));
}
