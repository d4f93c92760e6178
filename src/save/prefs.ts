// Player preferences (reduced motion) in local storage, apart from the saved game.

import type { KeyValueStore } from './save';

export const PREFS_KEY = 'mending-fences/prefs';

export interface Prefs {
  reducedMotion: boolean;
}

export function readPrefs(store: KeyValueStore, systemReducedMotion: boolean): Prefs {
  try {
    const data = JSON.parse(store.getItem(PREFS_KEY) ?? 'null') as Partial<Prefs> | null;
    if (data && typeof data.reducedMotion === 'boolean') return { reducedMotion: data.reducedMotion };
  } catch {
    // unreadable preferences fall back to the system setting
  }
  return { reducedMotion: systemReducedMotion };
}

export function writePrefs(store: KeyValueStore, prefs: Prefs): void {
  store.setItem(PREFS_KEY, JSON.stringify(prefs));
}
